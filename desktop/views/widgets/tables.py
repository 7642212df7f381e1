"""The shape every list page shares: a read-only table of rows sorted in SQL, its row height and column widths, the
row the user is on, and the list beside its detail in a splitter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from desktop.models.base import OBJECT_ROLE

FIT_SAMPLE_ROWS = 40
"""Rows measured to fit a column (Qt's resize precision): measuring a whole page of 200 rows cost ~80 ms of the first
start; the first rows say as much about a column's width."""


def compact_rows(table: QTableView) -> None:
    """Rows as high as the text needs (the default leaves room for two lines on some platforms)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def fit_columns(table: QTableView, columns: list[int], *, max_chars: int = 28) -> None:
    """Widen `columns` to their loaded content (and header), but never past `max_chars` digits' width."""
    limit = table.fontMetrics().horizontalAdvance("0") * max_chars
    table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    for column in columns:
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column), limit))


def list_table(model: QAbstractItemModel, name: str, *, stretch: int) -> QTableView:
    """A list of rows to pick one from: whole rows selected, one at a time, nothing edited in place, one line a row,
    column `stretch` taking the room that is left, sorted by clicking a header (the model sorts, in SQL) and showing
    the model's own order from the start. `name` is its accessible name."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    compact_rows(table)
    header.setSortIndicator(*model.sort_column())
    table.setSortingEnabled(True)
    return table


def list_detail_splitter(name: str, rows: QWidget, detail: QWidget) -> QSplitter:
    """The list on the left, the chosen row's detail on the right (3 : 2); `name` keys its remembered sizes."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.addWidget(rows)
    splitter.addWidget(detail)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


def current_object(table: QTableView) -> Any:
    """The row object (the model's OBJECT_ROLE) the user is on, or None."""
    index = table.selectionModel().currentIndex()
    return index.data(OBJECT_ROLE) if index.isValid() else None


def select_row(table: QTableView, row: int, *, scroll: bool = True) -> None:
    """Make `row` the current and only selected row (which shows its detail)."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    if scroll:
        table.scrollTo(index)
