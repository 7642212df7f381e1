"""The shape every list page shares: a read-only table of rows sorted in SQL, its row height and column widths (a
column fits its content up to a sensible width and never cuts its header; one column takes the room that is left),
the row the user is on, and the list beside its detail in a splitter (the list as wide as its columns, the detail the rest)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from desktop.models.base import OBJECT_ROLE
from desktop.views.widgets.cells import show_full_text
from desktop.views.widgets.wrap_header import WrapHeader

FIT_SAMPLE_ROWS = 40
"""Rows measured to fit a column (Qt's resize precision): measuring a whole page of 200 rows cost ~80 ms of the first
start; the first rows say as much about a column's width."""


def compact_rows(table: QTableView) -> None:
    """Rows as high as the text needs (the default leaves room for two lines on some platforms)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def fit_columns(table: QTableView, columns: list[int], *, max_chars: int = 28) -> None:
    """Widen `columns` to their loaded content, but not past `max_chars` digits' width unless their header needs it:
    a header is never cut ("Plasseri", "Skal le…"). A cell cut at the limit shows its whole text on hover."""
    limit = table.fontMetrics().horizontalAdvance("0") * max_chars
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    for column in columns:
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, max(min(table.columnWidth(column), limit), header_width(header, column)))


def header_width(header: QHeaderView, column: int) -> int:
    """The width `column`'s header needs for its whole text (each line of it) and the sort arrow."""
    return max(header.sectionSizeHint(column), header.minimumSectionSize())


def fit_headers(table: QTableView) -> None:
    """Widen every column that is narrower than its header's text (after a page sized its columns itself)."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if not header.isSectionHidden(column) and header.sectionSize(column) < header_width(header, column):
            header.resizeSection(column, header_width(header, column))


class _FillColumn(QObject):
    """Gives `column` the room the other columns leave, but never less than its own fitted width: a Stretch column
    is squeezed to nothing when the others fill the view (the location read "…")."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        self._own = table.columnWidth(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if getattr(self, "_filling", False):
            return
        if section == self._column:
            self._own = new  # the user's (or a fit's) width is the least it gets
        self.fill()

    def fill(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self._column and not header.isSectionHidden(c))
        width = max(self._own, self._table.viewport().width() - others)
        self._filling = True
        try:
            header.resizeSection(self._column, width)
        finally:
            self._filling = False


def list_table(model: QAbstractItemModel, name: str, *, stretch: int, two_line_titles: Iterable[int] = ()) -> QTableView:
    """A list of rows to pick one from: whole rows selected, one at a time, nothing edited in place, one line a row
    (a cut cell shows its whole text on hover), column `stretch` taking the room that is left (but never less than
    it was fitted to), sorted by clicking a header (the model sorts, in SQL) and showing the model's own order from
    the start. `name` is its accessible name; the titles of `two_line_titles` take two lines, so those columns
    can be as narrow as their values (dates, counts)."""
    table = QTableView()
    table.setModel(model)
    if two_line_titles:
        table.setHorizontalHeader(WrapHeader(two_line_titles, table))
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
    header.setHighlightSections(False)
    show_full_text(table)
    compact_rows(table)
    _FillColumn(table, stretch)
    header.setSortIndicator(*model.sort_column())
    table.setSortingEnabled(True)
    return table


def list_detail_splitter(name: str, rows: QWidget, detail: QWidget) -> QSplitter:
    """The list on the left, the chosen row's detail on the right (2 : 1: the list's columns need the room more than
    the detail, whose facts wrap); `name` keys its remembered sizes."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.addWidget(rows)
    splitter.addWidget(detail)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 1)
    return splitter


def first_split(splitter: QSplitter, table: QTableView, column: int, column_width: int) -> None:
    """The sizes of a list beside its detail until the user moves the handle: the list two thirds, or as wide as its
    visible columns with `column` at `column_width` when that is more; the detail the rest (never less than its own
    least width). Worked out again as the room changes: a page built before its window is shown does not know its
    width yet."""
    _FirstSplit(splitter, table, column, column_width)


class _FirstSplit(QObject):
    def __init__(self, splitter: QSplitter, table: QTableView, column: int, column_width: int) -> None:
        super().__init__(splitter)
        self._splitter, self._table, self._column, self._width = splitter, table, column, column_width
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._user_moved)
        self.split()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.split()
        return False

    def split(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self._column and not header.isSectionHidden(c))
        chrome = 2 * self._table.frameWidth() + self._table.verticalScrollBar().sizeHint().width()
        room = self._splitter.width() - self._splitter.handleWidth()
        rows = max(others + self._width + chrome, room * 2 // 3)
        self._splitter.setSizes([rows, max(room - rows, 1)])

    def _user_moved(self) -> None:
        self._splitter.removeEventFilter(self)
        self.deleteLater()


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
