"""The one shape every table model in the app has.

A model holds a list of frozen row dataclasses (what the `sync` feature queries return) and describes its columns with `Column`
specs: the raw value of a cell (for sorting and editing), how it is shown, whether it is a number (right-aligned) and
which SQL sort a click on its header asks for. Subclasses get, for free:

- `Qt.DisplayRole` formatted through `desktop.formatting` (dates and numbers in the user's locale),
- `SORT_ROLE` (the raw value), `OBJECT_ROLE` (the row's dataclass), `ID_ROLE` (its id),
- right alignment for numbers, tooltips and palette-friendly tints (`Tint`) per cell,
- `set_rows()` inside begin/endResetModel,
- lazy paging: override `fetch_page(after, limit)` and the view pulls pages through `canFetchMore`/`fetchMore`,
- in-place refresh: connect with `watch(ctx, entity)`; on `cache_changed(entity, ids)` only those rows are re-read
  (override `fetch_row(id)`) and announced with `dataChanged`, so selection and scroll stay where they were.
  `ids is ALL` (after a pull) re-reads the loaded rows and resets only if their order or membership changed.

Sorting never happens in Python: `sort()` (a header click) calls `apply_sort(key, descending)`, which a paged model
implements by changing its SQL filter and reloading.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Generic, Iterable, Iterator, Sequence, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.colours import Tint, tint_background, tint_foreground
from desktop.formatting import format_date, format_datetime, format_number

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")

Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's raw value (int, date, str …): what a sort or a test compares."""
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole row's dataclass, the same for every column of the row."""
ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""The row's id (`Model.row_id(row)`)."""

PAGE_SIZE = 200

UNANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.SizeHintRole))
"""Roles a view asks every painted cell for that a column spec never answers: `data` says None at once (a model
whose `cell_data` answers one names it in `cell_roles`). Half the Python time of painting a page went to them."""

AnyIndex = QModelIndex | QPersistentModelIndex


def format_value(value: object) -> str:
    """The default display text of a raw cell value, in the user's locale."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Models", "Yes") if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, (int, float)):
        return format_number(value)
    return str(value)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column of a table model.

    `title` is the untranslated header, marked with `QT_TRANSLATE_NOOP(context, ...)` where it is declared and
    translated with the model's `tr_context` when shown."""
    key: str
    title: str
    value: Callable[[Any], object]
    text: Callable[[object], str] = format_value
    numeric: bool = False
    sort: str | None = None
    tooltip: Callable[[Any], str | None] | None = None
    tint: Callable[[Any], Tint | None] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """See the module docstring. Subclasses set `columns` (or call `set_columns` inside a reset) and `tr_context`."""

    columns: Sequence[Column] = ()
    tr_context = "Models"
    page_size = PAGE_SIZE
    cell_roles: frozenset[int] = frozenset()
    """The roles of UNANSWERED_ROLES that this model's `cell_data` answers (a bold unread case: FontRole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column, ...] = tuple(type(self).columns)
        self._rows: list[Row] = []
        self._index_of: dict[str, int] = {}
        self._has_more = False
        self._changing = False
        self._watched: set[str] = set()
        self._related: set[str] = set()
        self._watching: Any = None

    # --- what a subclass provides ------------------------------------------------------------------------------

    def fetch_page(self, after: Row | None, limit: int) -> list[Row] | None:
        """The next `limit` rows after `after` (None: the first page). None means "not a paged model": it is filled
        with `set_rows` only."""
        return None

    def fetch_row(self, row_id: str) -> Row | None:
        """One row re-read from the cache, None when it is gone. Raise NotImplementedError to re-read all instead."""
        raise NotImplementedError

    def row_id(self, row: Row) -> str:
        return getattr(row, "id")

    def apply_sort(self, key: str, descending: bool) -> None:
        """A header click asked for SQL sort `key`; a paged model changes its query and reloads."""

    def cell_data(self, row: Row, column: Column, index: QModelIndex, role: int) -> object:
        """Hook for extra roles; return None to fall back to the column spec."""
        return None

    # --- rows --------------------------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[Row]:
        return tuple(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int | None:
        return self._index_of.get(row_id)

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self._columns) if c.key == key), None)

    def set_rows(self, rows: Iterable[Row], *, has_more: bool = False,
                 columns: Sequence[Column] | None = None) -> None:
        """Replace every row (and, when given, the columns) in one model reset."""
        with self.changing():
            self.beginResetModel()
            if columns is not None:
                self._columns = tuple(columns)
            self._rows = list(rows)
            self._reindex()
            self._has_more = has_more
            self.endResetModel()

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Marks a structural change (reset, insert, remove) until its end signal has been delivered. A `fetchMore`
        asked for by a slot of that signal (a view or Qt's model tester re-checking the model) is ignored rather than
        nested inside the change; the view asks again on its next layout or scroll."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the columns; call only between beginResetModel and endResetModel (or pass them to `set_rows`)."""
        self._columns = tuple(columns)

    @property
    def visible_columns(self) -> tuple[Column, ...]:
        return self._columns

    def reload(self) -> None:
        """Start over with the first page (after a filter or sort change)."""
        page = self.fetch_page(None, self.page_size)
        if page is not None:
            self.set_rows(page, has_more=len(page) >= self.page_size)

    def load_all(self) -> None:
        """Fetch every remaining page (for reports and tests; views page lazily)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # --- refresh on cache changes ------------------------------------------------------------------------------

    def watch(self, ctx: Any, *entities: str) -> None:
        """Refresh in place whenever `ctx.cache_changed` names one of `entities`."""
        self._watched.update(entities)
        self._listen(ctx)

    def watch_related(self, ctx: Any, entity: str) -> None:
        """Re-read the loaded rows when all of `entity` may have changed (a pull) — for rows that show something of
        another entity (a product's last reading). Changes to a few known ids come with a notice for our own entity
        from whoever made them (queueing a reading also announces its product), so they need nothing here."""
        self._related.add(entity)
        self._listen(ctx)

    def _listen(self, ctx: Any) -> None:
        if self._watching is not ctx:  # a bound slot: Qt drops the connection when the model goes away
            ctx.cache_changed.connect(self._cache_changed)
            self._watching = ctx

    def _cache_changed(self, entity: str, ids: frozenset[str] | None) -> None:
        if entity in self._watched:
            self.refresh(ids)
        elif entity in self._related and ids is None:
            self.refresh_all()

    def refresh(self, ids: Iterable[str] | None) -> None:
        """Re-read the rows with these ids (None: everything loaded) and announce them with dataChanged."""
        if ids is None:
            self.refresh_all()
            return
        ids = set(ids)
        try:
            for row_id in sorted(ids & self._index_of.keys(), key=self._index_of.__getitem__, reverse=True):
                self._refresh_one(row_id)
        except NotImplementedError:
            self.refresh_all()
            return
        unknown = ids - self._index_of.keys()
        if unknown:
            self.rows_appeared(unknown)

    def rows_appeared(self, ids: set[str]) -> None:
        """Ids that changed but are not loaded: maybe new rows. Paged lists ignore them (a new row's place in the
        order is the query's business; the next pull says ALL); small lists override this to reload."""

    def refresh_all(self) -> None:
        loaded = len(self._rows)
        limit = max(loaded, self.page_size)
        fresh = self.fetch_page(None, limit)
        if fresh is None:
            return
        same_rows = [self.row_id(r) for r in fresh[:loaded]] == [self.row_id(r) for r in self._rows]
        if same_rows and (len(fresh) == loaded or self._has_more):
            self._rows = fresh[:loaded]
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(loaded - 1, self.columnCount() - 1))
            return
        self.set_rows(fresh, has_more=len(fresh) >= limit)

    def _refresh_one(self, row_id: str) -> None:
        position = self._index_of[row_id]
        fresh = self.fetch_row(row_id)
        if fresh is None:
            with self.changing():
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self._reindex()
                self.endRemoveRows()
            return
        self._rows[position] = fresh
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def _reindex(self) -> None:
        self._index_of = {self.row_id(r): i for i, r in enumerate(self._rows)}

    # --- Qt model interface ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._has_more or self._changing:
            return
        page = self.fetch_page(self._rows[-1] if self._rows else None, self.page_size) or []
        self._has_more = len(page) >= self.page_size
        known = self._index_of.keys()
        page = [r for r in page if self.row_id(r) not in known]
        if not page:
            self._has_more = False
            return
        start = len(self._rows)
        with self.changing():
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            for offset, row in enumerate(page):
                self._index_of[self.row_id(row)] = start + offset
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.numeric)
        return None

    def header_text(self, column: Column) -> str:
        return translate(self.tr_context, column.title)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in UNANSWERED_ROLES and role not in self.cell_roles:
            return None
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        special = self.cell_data(row, column, index, role)
        if special is not None:
            return special
        return self._column_data(row, column, role)

    def _column_data(self, row: Row, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(column.value(row))
        if role == SORT_ROLE:
            return column.value(row)
        if role == OBJECT_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.numeric)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column.tint:
            tint = column.tint(row)
            return tint_background(tint) if role == Qt.ItemDataRole.BackgroundRole else tint_foreground(tint)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._columns[column].sort:
            self.apply_sort(self._columns[column].sort, order == Qt.SortOrder.DescendingOrder)


_ALIGNED = {numeric: ((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                      | Qt.AlignmentFlag.AlignVCenter).value for numeric in (False, True)}
"""Worked out once: combining Qt flags builds Python enum members, and every painted cell asks for its alignment."""


def _alignment(numeric: bool) -> int:
    return _ALIGNED[numeric]
