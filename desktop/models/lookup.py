"""Cached reads of single rows for code that describes many items at once (Pending changes: the machine of each
reading, the case of each reply, the lines of each order), read once per refresh of a list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.cases import queries as case_queries
from sync.orders import queries as order_queries
from sync.products import queries as product_queries

if TYPE_CHECKING:
    from desktop.context import AppContext
    from sync.cases.queries import CaseRow
    from sync.orders.records import OrderRow
    from sync.products.records import ProductRow


class Lookup:
    """The cached rows a description needs (the machine of a reading, the case of a reply), read once per refresh
    of the list."""

    def __init__(self, ctx: "AppContext") -> None:
        self.ctx = ctx
        self._products: dict[str, ProductRow | None] = {}
        self._cases: dict[str, CaseRow | None] = {}
        self._orders: dict[str, OrderRow | None] = {}

    def product(self, product_id: str | None) -> "ProductRow | None":
        if product_id is None:
            return None
        if product_id not in self._products:
            self._products[product_id] = product_queries.product(self.ctx.engine, product_id, today=self.ctx.today())
        return self._products[product_id]

    def case(self, case_id: str | None) -> "CaseRow | None":
        if case_id is None:
            return None
        if case_id not in self._cases:
            self._cases[case_id] = case_queries.case_row(self.ctx.engine, case_id)
        return self._cases[case_id]

    def order(self, order_id: str) -> "OrderRow | None":
        if order_id not in self._orders:
            self._orders[order_id] = order_queries.order_row(self.ctx.engine, order_id)
        return self._orders[order_id]

    def clear(self) -> None:
        self._products.clear()
        self._cases.clear()
        self._orders.clear()
