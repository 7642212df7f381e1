"""The frozen-column table: the first columns stay in view when the others scroll sideways, one selection and one
vertical scroll for both views, matching widths and header height, one sort indicator, and a cell scrolled to is
never left under the frozen columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt

from desktop.views.widgets.frozen_columns import FrozenColumnsTable

ROWS, COLUMNS, FROZEN = 60, 14, 2


class Grid(QAbstractTableModel):
    """Text cells "r07c3", sortable by any column (a Python model: filling a QStandardItemModel cell by cell costs
    a call per cell)."""

    def __init__(self) -> None:
        super().__init__()
        self.cells = [[f"r{row:02}c{column}" for column in range(COLUMNS)] for row in range(ROWS)]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.cells[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return f"Column\n{section}" if section >= FROZEN else f"Key {section}"

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.cells.sort(key=lambda cells: cells[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def remove_all(self) -> None:
        self.beginRemoveRows(QModelIndex(), 0, len(self.cells) - 1)
        self.cells = []
        self.endRemoveRows()


@pytest.fixture
def model():
    return Grid()


@pytest.fixture
def table(qtbot, model):
    view = FrozenColumnsTable(FROZEN)
    view.setModel(model)
    for column in range(COLUMNS):
        view.setColumnWidth(column, 110)
    view.setSortingEnabled(True)
    qtbot.addWidget(view)
    view.resize(520, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_in_frozen(table: FrozenColumnsTable, row: int, column: int) -> bool:
    frozen = table.frozen_view
    rect = frozen.visualRect(table.model().index(row, column))
    return frozen.isVisible() and not frozen.isColumnHidden(column) and frozen.viewport().rect().contains(rect)


def test_the_frozen_columns_stay_in_view_when_the_others_scroll(table, qtbot, qtmodeltester, model):
    frozen = table.frozen_view
    assert [c for c in range(COLUMNS) if not frozen.isColumnHidden(c)] == list(range(FROZEN))
    before = frozen.mapTo(table, frozen.visualRect(model.index(0, 0)).topLeft())
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: table.columnViewportPosition(0) < 0)  # the table's own key columns went left
    assert shown_in_frozen(table, 0, 0) and shown_in_frozen(table, 0, 1)
    assert frozen.mapTo(table, frozen.visualRect(model.index(0, 0)).topLeft()) == before
    assert frozen.width() == table.frozen_width() == 220
    assert frozen.horizontalHeader().height() == table.horizontalHeader().height()  # two-line titles in the table
    qtmodeltester.check(model)


def test_one_selection_and_one_vertical_scroll(table, qtbot, model):
    frozen = table.frozen_view
    assert frozen.selectionModel() is table.selectionModel()
    table.verticalScrollBar().setValue(20)
    qtbot.waitUntil(lambda: frozen.verticalScrollBar().value() == 20)
    assert frozen.rowAt(0) == table.rowAt(0) > 0
    target = frozen.visualRect(model.index(frozen.rowAt(0) + 2, 1)).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert table.currentIndex() == model.index(frozen.rowAt(0) + 2, 1)
    frozen.verticalScrollBar().setValue(5)  # the wheel over the frozen part moves the table too
    assert table.verticalScrollBar().value() == 5


def test_widths_follow_each_other(table, qtbot):
    table.setColumnWidth(1, 150)
    assert table.frozen_view.columnWidth(1) == 150
    qtbot.waitUntil(lambda: table.frozen_view.width() == 260)
    table.frozen_view.setColumnWidth(0, 90)  # the user dragged the edge of a frozen title
    assert table.columnWidth(0) == 90


def test_a_cell_scrolled_to_is_not_under_the_frozen_columns(table, qtbot, model):
    bar = table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    index = model.index(3, FROZEN)
    table.setCurrentIndex(index)
    table.scrollTo(index)
    assert table.visualRect(index).left() >= table.frozen_width()
    sideways = bar.value()
    table.scrollTo(model.index(50, 0))  # a frozen cell: down only
    assert bar.value() == sideways and shown_in_frozen(table, 50, 0)


def test_a_click_on_a_frozen_title_sorts_and_both_show_it(table, qtbot, model):
    header = table.frozen_view.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(1) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert table.horizontalHeader().sortIndicatorSection() == 1
    first = model.index(0, 1).data()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert table.horizontalHeader().sortIndicatorOrder() == header.sortIndicatorOrder()
    assert model.index(0, 1).data() != first  # sorted the other way
    table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 5


def test_no_rows_leaves_the_table_body_free(qtbot, model):
    view = FrozenColumnsTable(FROZEN)
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.frozen_view.height() > view.horizontalHeader().height()
    model.remove_all()
    qtbot.waitUntil(lambda: view.frozen_view.height() == view.horizontalHeader().height())
