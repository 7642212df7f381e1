"""The cases list at 1280x800: the subject keeps a readable width even when the other columns fill the list (it was
squeezed to "Grå striper p…"), takes more when there is room, and every visible header holds its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from desktop.views.cases.cases_page import SUBJECT_CHARS
from tests.desktop.views.cases.test_cases_page import Col, case_cache, ctx, page  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_subject_keeps_its_width_and_takes_the_room_left(page, qtbot):  # noqa: F811
    table = page.table
    qtbot.waitExposed(page)
    least = table.fontMetrics().horizontalAdvance("0") * SUBJECT_CHARS
    assert table.columnWidth(Col.SUBJECT) >= least
    wide = table.viewport().width() + 600
    page.resize(page.width() + 900, page.height())
    page.splitter.setSizes([page.width() - 450, 450])
    qtbot.waitUntil(lambda: table.viewport().width() >= wide)
    header = table.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(header.count())
                 if c != Col.SUBJECT and not header.isSectionHidden(c))
    qtbot.waitUntil(lambda: table.columnWidth(Col.SUBJECT) == max(least, table.viewport().width() - others))


def test_every_visible_header_holds_its_text(page):  # noqa: F811
    header = page.table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 2 * margin, title
