"""Pending changes at 1024x768 in Norwegian (the page gets ~790 px beside the navigation): every column in view
with no sideways scroll, the change's summary wide enough to name its machine (it was cut at "Målerstand 3…" while
the reason column was wide), and a reason that wraps onto more lines in its row instead of being cut."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models.outbox import REASON, STATE, SUMMARY
from desktop.views.pending.pending_page import PendingPage
from domain import clock
from sync.outbox import queue as outbox
from tests.desktop.shell_support import queue_next_reading, unread_product

PAGE_AT_1024 = 790


@pytest.fixture
def page(qtbot, ctx, norwegian_ui):
    skip: set[str] = set()
    items = []
    for _ in range(3):
        product = unread_product(ctx.engine, skip=skip)
        skip.add(product.id)
        items.append((product, queue_next_reading(ctx.engine, product)))
    waiting = items[-1][1]
    outbox.mark_failed(ctx.engine, waiting, "connection refused", clock.utc_now() + timedelta(minutes=5),
                       code="portal.unreachable")
    widget = PendingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(PAGE_AT_1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    widget.items = items
    return widget


def row_of(page: PendingPage, seq: int) -> int:
    row = page.model.row_of(str(seq))
    assert row is not None
    return row


def test_every_column_in_view_and_the_summary_names_its_machine(page, qtbot):
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())) == table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    product, _item = page.items[0]
    machine = f"Målerstand {product.serial} ({product.model})"
    assert table.columnWidth(SUMMARY) >= table.fontMetrics().horizontalAdvance(machine) + 8
    assert table.columnWidth(SUMMARY) > table.columnWidth(REASON)
    state = page.model.index(0, STATE).data()
    assert table.columnWidth(STATE) >= table.fontMetrics().horizontalAdvance(state)  # "Venter på å bli sendt"


def test_the_reason_wraps_in_its_row_and_other_rows_stay_one_line(page, qtbot):
    table, model = page.table, page.model
    waiting = row_of(page, page.items[-1][1].seq)
    reason = model.index(waiting, REASON).data()
    assert reason.startswith("Portalen kunne ikke nås")
    metrics = table.fontMetrics()
    assert metrics.horizontalAdvance(reason) > table.columnWidth(REASON)  # too long for one line here
    lines = metrics.boundingRect(0, 0, table.columnWidth(REASON) - 8, 10_000, Qt.TextFlag.TextWordWrap, reason)
    qtbot.waitUntil(lambda: table.rowHeight(waiting) >= lines.height())  # every line of it shown
    other = row_of(page, page.items[0][1].seq)
    assert table.rowHeight(other) < 2 * metrics.lineSpacing()  # a summary stays on one line, elided
    page.resize(PAGE_AT_1024 + 500, 600)  # wider: the summary takes the room first, the reason the rest
    qtbot.waitUntil(lambda: table.columnWidth(SUMMARY) >= table.sizeHintForColumn(SUMMARY))
    assert table.horizontalScrollBar().maximum() == 0
