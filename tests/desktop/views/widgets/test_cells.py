"""The tables' shared cells and columns: a cut cell shows its whole text one hover away, a cell's tooltip is shown
as plain text whatever it holds, headers are never cut, and the column that takes the room left is never squeezed
to nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QToolTip

from desktop.models.products import ProductsModel
from desktop.views.widgets.cells import show_full_text
from desktop.views.widgets.tables import (
    FILL_LEAST_CHARS,
    fit_columns,
    fit_headers,
    header_width,
    list_table,
)
from tests.desktop.pages_fixtures import offline_ctx, small_cache  # noqa: F401

LONG = "Canon imageRUNNER ADVANCE DX C5840i with finisher"
MARKUP = "<img src=file:///etc/passwd><a href='https://evil.example'>click</a>"


def hover(qtbot, table: QTableView, row: int, column: int) -> str:
    """The tooltip a hover over the cell shows, as the user reads it (rich text rendered to its plain text)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    document = QTextDocument()
    document.setHtml(shown) if GuiQt.mightBeRichText(shown) else document.setPlainText(shown)
    return document.toPlainText()


def cells_table(qtbot, rows: list[list[tuple[str, str | None]]]) -> QTableView:
    model = QStandardItemModel()
    for cells in rows:
        items = []
        for text, tip in cells:
            item = QStandardItem(text)
            if tip:
                item.setToolTip(tip)
            items.append(item)
        model.appendRow(items)
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(False)
    show_full_text(table)
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    table.setColumnWidth(0, 80)
    table.setColumnWidth(1, 250)
    return table


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot):
    table = cells_table(qtbot, [[(LONG, None), ("short", None)]])
    assert hover(qtbot, table, 0, 0) == LONG
    assert hover(qtbot, table, 0, 1) == ""  # it fits: no tooltip to repeat it


def test_a_cut_cell_with_a_tooltip_shows_both_and_a_whole_one_only_the_tooltip(qtbot):
    table = cells_table(qtbot, [[(LONG, "Read 21.11.2026"), ("short", "Read 21.11.2026")]])
    assert hover(qtbot, table, 0, 0) == f"{LONG}\nRead 21.11.2026"
    assert hover(qtbot, table, 0, 1) == "Read 21.11.2026"


def test_a_tooltip_that_looks_like_markup_is_shown_literally(qtbot):
    table = cells_table(qtbot, [[("x", MARKUP), (MARKUP, None)]])
    assert hover(qtbot, table, 0, 0) == MARKUP
    table.setColumnWidth(1, 40)
    assert hover(qtbot, table, 0, 1) == MARKUP
    assert "<img" not in QToolTip.text() and "&lt;img" in QToolTip.text()


def header_text_width(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")) + 2 * margin


def test_fitted_columns_never_cut_their_header(qtbot):
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Siste avlesning", "Skal leses"])
    model.setItem(0, 0, QStandardItem("1"))
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    qtbot.addWidget(table)
    for column in range(2):
        table.setColumnWidth(column, 30)
    fit_columns(table, [0], max_chars=2)  # the content would want 2 digits: the header wants more
    assert table.columnWidth(0) >= header_text_width(table, 0)
    assert table.columnWidth(1) == 30
    fit_headers(table)
    assert table.columnWidth(1) == header_width(table.horizontalHeader(), 1) >= header_text_width(table, 1)


def test_the_filling_column_takes_the_room_left_but_keeps_its_fitted_width(qtbot, offline_ctx):  # noqa: F811
    model = ProductsModel(offline_ctx)
    model.reload()
    location = ProductsModel.Col.LOCATION
    table = list_table(model, "Products", stretch=location)
    qtbot.addWidget(table)
    table.resize(1400, 300)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table, [location], max_chars=20)
    header = table.horizontalHeader()
    content = max(table.sizeHintForColumn(location), header.sectionSizeHint(location))
    fitted = max(min(content, 20 * table.fontMetrics().horizontalAdvance("0")), header_width(header, location))

    def others() -> int:
        return sum(header.sectionSize(c) for c in range(header.count()) if c != location)

    qtbot.waitUntil(lambda: table.columnWidth(location) == table.viewport().width() - others())
    assert table.columnWidth(location) > fitted  # a wide window: the location gets the room
    table.resize(500, 300)  # narrower than all the columns: it gives up width to its least, never to "…"
    least = max(FILL_LEAST_CHARS * table.fontMetrics().horizontalAdvance("0"), header_width(header, location))
    qtbot.waitUntil(lambda: table.columnWidth(location) == min(fitted, least))
    assert table.horizontalScrollBar().maximum() > 0  # the other columns do not fit either
    table.resize(1400, 300)  # room again: its fitted width and more
    qtbot.waitUntil(lambda: table.columnWidth(location) == table.viewport().width() - others())
    assert table.columnWidth(location) > fitted


@pytest.fixture(autouse=True)
def no_tooltip_left():
    yield
    QToolTip.hideText()
