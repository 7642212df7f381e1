"""The orders list (filtered, searched, sorted and keyset-paged in SQL by `sync.orders.queries`) and the cart of the
order form (a few lines in memory, across machines). An order not sent yet says so where its number will be."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt

from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.models.base import Column, RowTableModel, Tint
from sync.orders import queries
from sync.orders.queries import OrderQuery
from sync.orders.records import OrderCounts, OrderRow

translate = QCoreApplication.translate  # a bare name lupdate recognises

STATE_NAMES = {
    "submitted": QT_TRANSLATE_NOOP("OrdersModel", "Submitted"),
    "confirmed": QT_TRANSLATE_NOOP("OrdersModel", "Confirmed"),
    "shipped": QT_TRANSLATE_NOOP("OrdersModel", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("OrdersModel", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("OrdersModel", "Cancelled"),
}


def state_label(state: str) -> str:
    return translate("OrdersModel", STATE_NAMES[state]) if state in STATE_NAMES else state


def state_text(row: OrderRow) -> str:
    if row.sync_status == "pending":
        return translate("OrdersModel", "Not sent yet")
    if row.sync_status == "rejected":
        return translate("OrdersModel", "Refused")
    return state_label(row.state)


def lines_text(row: OrderRow) -> str:
    """"2 × Toner svart (C-EXV 58), 1 × …" in the user's language."""
    language = current_language()
    return ", ".join(f"{line.quantity} × {line.name(language)}" for line in row.lines)


def tracking_text(row: OrderRow) -> str:
    return " ".join(part for part in (row.carrier, row.tracking_ref) if part)


def _tint(row: OrderRow) -> Tint | None:
    if row.sync_status == "rejected":
        return Tint.ERROR
    if row.sync_status == "pending":
        return Tint.PENDING
    return Tint.MUTED if row.state == "cancelled" else None


def _state_tooltip(row: OrderRow) -> str | None:
    if row.sync_status == "pending":
        return translate("OrdersModel", "Queued here; it is sent to the portal when you are online.")
    if row.sync_status == "rejected":
        return translate("OrdersModel", "The portal refused this order; Pending changes says why.")
    return None


class OrdersModel(RowTableModel[OrderRow]):
    """Rows are `OrderRow`s; `set_query` re-queries from the first page, a header click re-queries in the new order,
    and `cache_changed` for orders refreshes the loaded rows in place."""

    class Col(IntEnum):
        NUMBER = 0
        PRODUCT = 1
        LINES = 2
        STATE = 3
        ORDERED = 4
        TRACKING = 5

    tr_context = "OrdersModel"
    columns = (
        Column("number", QT_TRANSLATE_NOOP("OrdersModel", "Number"), lambda r: r.number, sort="number",
               text=lambda v: str(v) if v else translate("OrdersModel", "Not sent yet"),
               tint=lambda r: Tint.PENDING if r.number is None else None),
        Column("product", QT_TRANSLATE_NOOP("OrdersModel", "Machine"), lambda r: r.serial, sort="product"),
        Column("lines", QT_TRANSLATE_NOOP("OrdersModel", "Lines"), lines_text),  # whole on hover when cut
        Column("state", QT_TRANSLATE_NOOP("OrdersModel", "State"), lambda r: r.state, sort="state",
               tooltip=_state_tooltip, tint=_tint),
        Column("ordered", QT_TRANSLATE_NOOP("OrdersModel", "Ordered"), lambda r: r.created_at, sort="created"),
        Column("tracking", QT_TRANSLATE_NOOP("OrdersModel", "Tracking"), tracking_text),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, query: OrderQuery | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = query or OrderQuery()
        self.watch(ctx, "order")
        self.watch_related(ctx, "article")

    @property
    def query(self) -> OrderQuery:
        return self._query

    def set_query(self, query: OrderQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def update_query(self, **changes: object) -> None:
        self.set_query(replace(self._query, **changes))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order that show the current SQL sort."""
        section = next((i for i, c in enumerate(self.columns) if c.sort == self._query.sort), 0)
        return section, Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def counts(self) -> OrderCounts:
        return queries.order_counts(self._ctx.engine)

    def fetch_page(self, after: OrderRow | None, limit: int) -> list[OrderRow]:
        return queries.order_page(self._ctx.engine, self._query, after=after, limit=limit)

    def fetch_row(self, row_id: str) -> OrderRow | None:
        return queries.order_row(self._ctx.engine, row_id)

    def rows_appeared(self, ids: set[str]) -> None:
        self.refresh_all()

    def apply_sort(self, key: str, descending: bool) -> None:
        self.update_query(sort=key, descending=descending)

    def cell_data(self, row: OrderRow, column: Column, index: QModelIndex, role: int) -> object:
        if column.key == "state" and role == Qt.ItemDataRole.DisplayRole:
            return state_text(row)
        return None


@dataclass(frozen=True)
class CartLine:
    """One line of the cart: an article for one machine."""
    id: str              # "<product id>/<article id>": a machine takes an article once, with its whole quantity
    product_id: str
    serial: str
    article_id: str
    article_name: str
    quantity: int


class CartModel(RowTableModel[CartLine]):
    """The cart's lines, grouped by machine in the order they were added; it goes as one order per machine."""

    tr_context = "OrdersModel"
    columns = (
        Column("machine", QT_TRANSLATE_NOOP("OrdersModel", "Machine"), lambda r: r.serial),
        Column("article", QT_TRANSLATE_NOOP("OrdersModel", "Article"), lambda r: f"{r.article_name} ({r.article_id})"),
        Column("quantity", QT_TRANSLATE_NOOP("OrdersModel", "Quantity"), lambda r: r.quantity, numeric=True),
    )

    def put(self, line: CartLine) -> None:
        """Add a line, or replace the machine's line of the same article (its quantity is the one now given)."""
        rows = [r for r in self.rows if r.id != line.id]
        at = next((i for i, r in enumerate(self.rows) if r.id == line.id), None)
        if at is None:
            last_of_machine = max((i for i, r in enumerate(rows) if r.product_id == line.product_id), default=None)
            at = len(rows) if last_of_machine is None else last_of_machine + 1
        rows.insert(at, line)
        self.set_rows(rows)

    def remove(self, line_id: str) -> None:
        self.set_rows([r for r in self.rows if r.id != line_id])

    def by_machine(self) -> dict[str, list[tuple[str, object]]]:
        cart: dict[str, list[tuple[str, object]]] = {}
        for line in self.rows:
            cart.setdefault(line.product_id, []).append((line.article_id, line.quantity))
        return cart

    def machines(self) -> int:
        return len({r.product_id for r in self.rows})
