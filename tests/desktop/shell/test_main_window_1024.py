"""The window at 1024x768 in Norwegian on the demo portal's data: the cases and products lists show every default
column with no sideways scroll bar (titles take two lines, long cells end in "…" and are whole on hover, the
filling column takes what is left), and choosing a row moves nothing."""

from __future__ import annotations

import pytest

from desktop.models.cases import CasesModel
from desktop.models.products import ProductsModel
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController
from tests.desktop.shell.test_main_window_layout import (  # noqa: F401
    DEMO_CASES,
    PRINTER,
    TYPICAL_SUBJECT,
    norwegian,
)
from tests.desktop.views.widgets.test_cells import hover
from tests.support.cache_rows import insert_rows


@pytest.fixture
def window(qtbot, ctx, norwegian):  # noqa: F811
    insert_rows(ctx.engine, DEMO_CASES, [PRINTER])
    win = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1024, 768)
    qtbot.waitUntil(lambda: win.width() == 1024)
    yield win
    assert ctx.wait_idle()


def shown_width(table) -> int:
    header = table.horizontalHeader()
    return sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))


def assert_no_sideways_scroll(qtbot, table) -> None:
    qtbot.waitUntil(lambda: shown_width(table) <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0


def test_the_cases_list_has_no_sideways_scroll(window, qtbot):
    page = window.show_page("cases")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == len(DEMO_CASES) and table.isVisible())
    assert_no_sideways_scroll(qtbot, table)
    subject = CasesModel.Col.SUBJECT
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).subject == TYPICAL_SUBJECT)
    if table.columnWidth(subject) < table.fontMetrics().horizontalAdvance(TYPICAL_SUBJECT) + 8:
        assert hover(qtbot, table, row, subject) == TYPICAL_SUBJECT
    product_width = table.columnWidth(CasesModel.Col.PRODUCT)
    before = page.splitter.sizes()
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.stack.currentWidget() is not page.detail.placeholder)
    assert page.splitter.sizes() == before
    assert_no_sideways_scroll(qtbot, table)
    window.resize(1600, 900)  # room again: the columns get their own widths back
    qtbot.waitUntil(lambda: table.columnWidth(CasesModel.Col.PRODUCT) > product_width)
    assert_no_sideways_scroll(qtbot, table)


def test_the_products_list_has_no_sideways_scroll(window, qtbot):
    page = window.show_page("products")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and table.isVisible())
    assert_no_sideways_scroll(qtbot, table)
    model = ProductsModel.Col.MODEL
    row = next(r for r in range(page.model.rowCount()) if len(page.model.row_at(r).model) > 20)
    long_model = page.model.row_at(row).model
    assert table.columnWidth(model) < table.fontMetrics().horizontalAdvance(long_model)
    assert hover(qtbot, table, row, model) == long_model
    before = page.splitter.sizes()
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.product is not None and page.detail.heading.isVisible())
    assert page.splitter.sizes() == before
    assert_no_sideways_scroll(qtbot, table)
