"""The shape every list page shares: a read-only table of rows sorted in SQL, its row height and column widths (a
column fits its content up to a sensible width and never cuts its header; one column takes the room that is left),
the row the user is on, and the list beside its detail in a splitter (the list as wide as its columns, the detail the rest)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

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
    a header is never cut ("Plasseri", "Skal le…"). A cell cut at the limit shows its whole text on hover.

    The content is measured as the text of the first FIT_SAMPLE_ROWS rows in the view's font plus the margins Qt's
    item view draws around it: the same widths as `resizeColumnToContents` for these plain-text columns (within a
    pixel), for one `data()` call a cell instead of one a role (a third of the products page's first paint)."""
    limit = table.fontMetrics().horizontalAdvance("0") * max_chars
    header, model = table.horizontalHeader(), table.model()
    rows = min(model.rowCount(), FIT_SAMPLE_ROWS)
    for column in columns:
        content = max((cell_width(table, model.index(row, column)) for row in range(rows)), default=0)
        table.setColumnWidth(column, max(min(content, limit), header_width(header, column)))


def cell_width(table: QTableView, index: QModelIndex) -> int:
    """The width the cell at `index` needs for its text in its own font (an italic pending reading is wider)."""
    font = index.data(Qt.ItemDataRole.FontRole)
    return text_width(table, index.data(), font.resolve(table.font()) if isinstance(font, QFont) else None)


def text_width(table: QTableView, text: object, font: QFont | None = None) -> int:
    """The width a cell of `table` needs to show `text` (each line of it) uncut; 0 for no text."""
    if not text:
        return 0
    metrics = QFontMetricsF(font or table.font())  # Qt's text layout rounds the fractional width up, not to nearest
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    grid = 1 if table.showGrid() else 0
    return math.ceil(max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))) + margin + grid


def header_width(header: QHeaderView, column: int) -> int:
    """The width `column`'s header needs for its whole text (each line of it) and the sort arrow."""
    return max(header.sectionSizeHint(column), header.minimumSectionSize())


def fit_headers(table: QTableView) -> None:
    """Widen every column that is narrower than its header's text (after a page sized its columns itself)."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if not header.isSectionHidden(column) and header.sectionSize(column) < header_width(header, column):
            header.resizeSection(column, header_width(header, column))


FILL_LEAST_CHARS = 12
"""The filling column's least width in digits when the view is too narrow for every column's own width."""


def fill_column(table: QTableView, column: int, narrow: Sequence[tuple[int, int]] = ()) -> QObject:
    """`column` takes the room the other columns leave, and `narrow` give up width first in a narrow view (see
    _FillColumn): for a table that is no list_table (a machine's meter history). Delete what it returns to stop."""
    return _FillColumn(table, column, narrow)


class _FillColumn(QObject):
    """Gives `column` the room the other columns leave, but never less than its own fitted width: a Stretch column
    is squeezed to nothing when the others fill the view (the location read "…"). When the view is too narrow for
    every column's own width (1024 wide, beside a detail), the `narrow` columns give up width first, in their order,
    down to their least; then `column`, down to FILL_LEAST_CHARS: no sideways scroll, and a cut cell is whole on
    hover. Each column's own width (a fit's or the user's) is kept, so a wider view gets it back."""

    def __init__(self, table: QTableView, column: int, narrow: Sequence[tuple[int, int]] = ()) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        digit = table.fontMetrics().horizontalAdvance("0")
        self._narrow = [(c, chars * digit) for c, chars in narrow] + [(column, FILL_LEAST_CHARS * digit)]
        self._own: dict[int, int] = {column: table.columnWidth(column)}
        self._filling = False
        self._later = QTimer(self, singleShot=True, interval=0)  # after a fit's steps: it reads widths back
        self._later.timeout.connect(self.fill)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)

    def own_width(self, column: int) -> int:
        """The width `column` was given (fitted or by the user), whatever a narrow view makes of it now."""
        return self._own.get(column, self._table.columnWidth(column))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def least_width(self) -> int:
        """The narrowest the shown columns can go together: the `narrow` ones (and `column`) at their least, the
        others at their own width. A view at least this wide never scrolls sideways."""
        header = self._table.horizontalHeader()
        least = dict(self._narrow)
        return sum(max(least[c], header_width(header, c)) if c in least else self.own_width(c)
                   for c in range(header.count()) if not header.isSectionHidden(c))

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if self._filling:
            return
        self._own[section] = new  # the user's (or a fit's) width is what it gets when there is room
        self._later.start()

    def fill(self) -> None:
        header = self._table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for column in shown:
            self._own.setdefault(column, header.sectionSize(column))  # before this fill changes it
        widths = {c: self._own[c] for c in shown}
        spare = self._table.viewport().width() - sum(widths.values())
        if spare >= 0 and self._column in widths:
            widths[self._column] += spare
        for column, least in self._narrow:
            if spare >= 0:
                break
            if column in widths:
                give = min(-spare, max(widths[column] - max(least, header_width(header, column)), 0))
                widths[column] -= give
                spare += give
        self._filling = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._filling = False


def wrapped_rows(table: QTableView, column: int) -> None:
    """A row whose `column` holds text is as high as its cells wrapped in their widths need (the view's word wrap
    on); every other row keeps the one-line height, its long texts ending in "…" (whole on hover). Measured for
    those rows alone: Qt's ResizeToContents measured every cell of every loaded row on each resize (~0.9 s for 200
    changes)."""
    _WrappedRows(table, column)


class _WrappedRows(QObject):
    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(lambda _parent, first, last: self.fit(first, last))
        model.dataChanged.connect(lambda top, bottom, *_: self.fit(top.row(), bottom.row()))
        table.horizontalHeader().sectionResized.connect(lambda section, *_: self.fit() if section == column else None)

    def fit(self, first: int = 0, last: int | None = None) -> None:
        table, model = self._table, self._table.model()
        one_line = table.verticalHeader().defaultSectionSize()
        last = model.rowCount() - 1 if last is None else min(last, model.rowCount() - 1)
        for row in range(max(first, 0), last + 1):
            wraps = bool(model.index(row, self._column).data())
            height = max(one_line, table.sizeHintForRow(row)) if wraps else one_line
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)


def share_room(table: QTableView, fitted: int, filler: int, *, filler_least: int, filler_share: float = 0.3) -> None:
    """`fitted` and `filler` share what the other columns leave: `fitted` as wide as its first rows' text, up to what
    leaves `filler` its least width or `filler_share` of the room, whichever is more; `filler` the rest (a wrapping
    reason beside a change's summary). Worked out again as the table's width or rows change; once the user drags
    `fitted`'s edge, that is its width."""
    _SharedRoom(table, fitted, filler, filler_least, filler_share)


class _SharedRoom(QObject):
    def __init__(self, table: QTableView, fitted: int, filler: int, filler_least: int, filler_share: float) -> None:
        super().__init__(table)
        self._table, self._fitted, self._filler, self._least = table, fitted, filler, filler_least
        self._filler_share = filler_share
        self._users: int | None = None  # the width the user gave `fitted`
        self._sharing = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        for signal in (table.model().modelReset, table.model().rowsInserted, table.model().layoutChanged):
            signal.connect(self.share)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if self._sharing:
            return
        if section == self._fitted:
            self._users = new
        self.share()

    def share(self, *_args: object) -> None:
        table, header = self._table, self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in (self._fitted, self._filler) and not header.isSectionHidden(c))
        room = table.viewport().width() - others
        if self._users is not None:
            fitted = self._users
        else:
            header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
            wanted = max(table.sizeHintForColumn(self._fitted), header_width(header, self._fitted))
            left = max(self._least, int(room * self._filler_share))
            fitted = max(min(wanted, room - left), header_width(header, self._fitted))
        self._sharing = True
        try:
            for column, width in ((self._fitted, fitted), (self._filler, max(self._least, room - fitted))):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._sharing = False


def list_table(model: QAbstractItemModel, name: str, *, stretch: int, two_line_titles: Iterable[int] = (),
               narrow: Sequence[tuple[int, int]] = ()) -> QTableView:
    """A list of rows to pick one from: whole rows selected, one at a time, nothing edited in place, one line a row
    (a cut cell shows its whole text on hover), column `stretch` taking the room that is left (but never less than
    it was fitted to), sorted by clicking a header (the model sorts, in SQL) and showing the model's own order from
    the start. `name` is its accessible name; the titles of `two_line_titles` take two lines, so those columns
    can be as narrow as their values (dates, counts). `narrow`: (column, least digits) that give up width, in this
    order, when the view is too narrow for every column (see _FillColumn)."""
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
    _FillColumn(table, stretch, narrow)
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
        fill = self._table.findChild(_FillColumn)
        width = fill.own_width if fill is not None else header.sectionSize  # not what a narrow list squeezed
        others = sum(width(c) for c in range(header.count()) if c != self._column and not header.isSectionHidden(c))
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
