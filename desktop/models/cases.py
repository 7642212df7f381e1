"""The cases list: the user's cases and account questions, filtered, searched, sorted and paged in SQL by
`sync.cases.queries`. Unread cases (an agent wrote since the user last looked) are shown in bold."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import IntEnum
from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.context import AppContext
from desktop.formatting import format_datetime
from desktop.models.base import Column, RowTableModel, Tint, tint_background
from desktop.views.cases.case_labels import category_label, state_label
from domain.cases import is_overdue
from domain.clock import utc_now
from sync.cases import queries as case_queries
from sync.cases.queries import CaseQuery, CaseRow

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")


def number_text(row: CaseRow | None) -> str:
    """The case's number, or what stands in for it while the case waits in the outbox (row None: that text)."""
    return row.number if row is not None and row.number else translate("CasesModel", "Not sent yet")


def number_tooltip(row: CaseRow) -> str | None:
    if row.number:
        return None
    return translate("CasesModel", "Not sent yet: the case gets its number when the portal has it.")


def product_text(row: CaseRow) -> str:
    if row.type == "account_question" or row.product_id is None:
        return translate("CasesModel", "Account question")
    if row.serial is None:
        return translate("CasesModel", "Machine no longer in your list")
    return f"{row.serial} {row.model or ''}".strip()


def state_tooltip(row: CaseRow) -> str | None:
    if row.sync_status == "pending":
        return translate("CasesModel", "Queued here; it is sent to the portal when you are online.")
    if row.sync_status == "rejected":
        return translate("CasesModel", "The portal refused this case; the Pending page says why.")
    if row.state == "awaiting_customer":
        return translate("CasesModel", "The service desk is waiting for your answer.")
    return None


def state_tint(row: CaseRow) -> Tint | None:
    if row.sync_status == "rejected":
        return Tint.ERROR
    if row.sync_status == "pending":
        return Tint.PENDING
    if row.state == "awaiting_customer":
        return Tint.WARNING
    if row.state in ("closed", "cancelled"):
        return Tint.MUTED
    return None


class CasesModel(RowTableModel[CaseRow]):
    """Rows are `CaseRow`s; `set_query` re-queries from the first page, a header click re-queries in the new order,
    and `cache_changed` for cases (and their messages and events, which move a case's last activity) refreshes the
    loaded rows in place."""

    query_changed = Signal(object)  # the new CaseQuery, after the model has reloaded

    class Col(IntEnum):
        NUMBER = 0
        SUBJECT = 1
        PRODUCT = 2
        CATEGORY = 3
        STATE = 4
        LAST_ACTIVITY = 5
        EXPECTED_RESPONSE = 6

    tr_context = "CasesModel"
    cell_roles = frozenset({int(Qt.ItemDataRole.FontRole)})  # unread cases in bold
    columns = (
        Column("number", QT_TRANSLATE_NOOP("CasesModel", "Number"), lambda r: r.number, sort="number",
               tooltip=number_tooltip, tint=lambda r: Tint.PENDING if r.number is None else None),
        Column("subject", QT_TRANSLATE_NOOP("CasesModel", "Subject"), lambda r: r.subject, sort="subject"),
        Column("product", QT_TRANSLATE_NOOP("CasesModel", "Product"), lambda r: r.serial, sort="product"),
        Column("category", QT_TRANSLATE_NOOP("CasesModel", "Category"), lambda r: r.category or r.type,
               text=lambda v: category_label(str(v))),
        Column("state", QT_TRANSLATE_NOOP("CasesModel", "State"), lambda r: r.state, sort="state",
               tooltip=state_tooltip, tint=state_tint),
        Column("last_activity", QT_TRANSLATE_NOOP("CasesModel", "Last activity"), lambda r: r.last_activity_at,
               sort="last_activity"),
        Column("expected_response", QT_TRANSLATE_NOOP("CasesModel", "Expected response"),
               lambda r: r.expected_response_at),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, query: CaseQuery | None = None,
                 now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._now = now  # when an expected answer is overdue (tests pass their own clock)
        self._kept: str | None = None  # the case the user looks at (see `keep_shown`)
        self._kept_added = False
        self._query = query or CaseQuery()
        self.watch(ctx, "case")
        self.watch_related(ctx, "case_message")
        self.watch_related(ctx, "case_event")

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self._kept = None  # a new filter or search is the user moving on
        self.reload()
        self.query_changed.emit(query)

    def update_query(self, **changes: object) -> None:
        self.set_query(replace(self._query, **changes))

    def total_count(self) -> int:
        """How many cases match the query (not just the loaded pages)."""
        return case_queries.case_count(self._ctx.engine, self._query)

    def keep_shown(self, case_id: str | None) -> None:
        """The case the user is looking at stays in the list even when the query no longer holds it (resolved while
        open on "Open", reopened on "Resolved"), at the top, until they select another case or change the query."""
        self._kept = case_id

    def fetch_page(self, after: CaseRow | None, limit: int) -> list[CaseRow]:
        page = case_queries.case_page(self._ctx.engine, self._query, after=after, limit=limit)
        if after is not None:
            return [row for row in page if not (self._kept_added and row.id == self._kept)]
        self._kept_added = False
        kept = self._kept
        if kept is None or any(row.id == kept for row in page) \
                or case_queries.case_position(self._ctx.engine, self._query, kept) is not None:
            return page  # not kept, or the query holds it (paging on finds it)
        row = case_queries.case_row(self._ctx.engine, kept)
        if row is None:
            return page
        self._kept_added = True
        return [row, *page]

    def fetch_row(self, row_id: str) -> CaseRow | None:
        return case_queries.case_row(self._ctx.engine, row_id)

    def rows_appeared(self, ids: set[str]) -> None:
        """A case made here (or first pulled) belongs somewhere in the order: re-read what is loaded."""
        self.refresh_all()

    def apply_sort(self, key: str, descending: bool) -> None:
        self.update_query(sort=key, descending=descending)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order that show the current SQL sort."""
        section = next((i for i, c in enumerate(self.visible_columns) if c.sort == self._query.sort), 0)
        return section, Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def load_until(self, case_id: str) -> int | None:
        """Page on until `case_id` is loaded; its row, or None when the query does not hold it."""
        position = case_queries.case_position(self._ctx.engine, self._query, case_id)
        if position is None:
            return None
        while self.row_of(case_id) is None and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self.row_of(case_id)

    def is_overdue(self, row: CaseRow) -> bool:
        return row.sync_status == "synced" and is_overdue(row.state, row.expected_response_at, self._now())

    def cell_data(self, row: CaseRow, column: Column, index: QModelIndex, role: int) -> object:
        if column.key in ("state", "expected_response") and self.is_overdue(row):
            overdue = _overdue_data(row, column.key, role)
            if overdue is not None:
                return overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column.key)
        if role == Qt.ItemDataRole.FontRole and row.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.unread:
            return translate("CasesModel", "Unread")
        return None


def overdue_state_text(state: str) -> str:
    return translate("CasesModel", "{state} – overdue").format(state=state_label(state))


def _overdue_data(row: CaseRow, key: str, role: int) -> object:
    """An overdue case's state and expected-answer cells: they say so, in words and with a warning tint."""
    if role == Qt.ItemDataRole.DisplayRole:
        if key == "state":
            return overdue_state_text(row.state)
        return translate("CasesModel", "{moment} – overdue").format(moment=format_datetime(row.expected_response_at))
    if role == Qt.ItemDataRole.ToolTipRole:
        return translate("CasesModel", "The service desk's answer was expected by {moment}.").format(
            moment=format_datetime(row.expected_response_at))
    if role == Qt.ItemDataRole.BackgroundRole:
        return tint_background(Tint.WARNING)
    return None


def _display(row: CaseRow, key: str) -> str | None:
    """Cells whose text comes from the whole row rather than the raw sort value; None: the column's own text."""
    if key == "number":
        return number_text(row)
    if key == "product":
        return product_text(row)
    if key == "state":
        return state_label(row.state, row.sync_status)
    return None
