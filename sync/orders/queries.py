"""Read-side of supplies: what fits a machine (with when each article was last ordered for it), and the orders list
filtered, searched, sorted and keyset-paged in SQL (like `sync.cases.queries`), so 20,000 orders stay as quick as 20.

An order still in the outbox (not sent yet) is open whatever else: it was submitted as far as the user knows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from sqlalchemy import Engine, and_, case, func, literal, or_, select, tuple_
from sqlalchemy.sql import ColumnElement

from domain.clock import ACCOUNT_TZ
from domain.consumables import OPEN_STATES, STATES
from sync.cache.schema import article_models, articles, order_lines, orders, products
from sync.cache.stamps import from_iso, to_iso
from sync.cache.word_search import sort_key, word_conditions
from sync.orders.records import (
    ArticleRecord,
    OrderCounts,
    OrderLineRecord,
    OrderRow,
    OrderTarget,
)

OrderFilter = Literal["open", "shipped", "all"]
OrderSort = Literal["created", "number", "state", "product"]
ORDER_FILTERS: tuple[str, ...] = get_args(OrderFilter)
ORDER_SORTS: tuple[str, ...] = get_args(OrderSort)
_PENDING_NUMBER = "~"  # sorts after every "OR…" number: an order not sent yet is the newest


@dataclass(frozen=True)
class OrderQuery:
    """What the orders list shows; applied in SQL."""
    filter: OrderFilter = "open"
    text: str = ""
    sort: OrderSort = "created"
    descending: bool = True


_state_rank = case({state: rank for rank, state in enumerate(STATES)}, value=orders.c.state, else_=len(STATES))
_SORT_COLUMNS: dict[str, ColumnElement] = {
    "created": orders.c.created_at,
    "number": func.coalesce(orders.c.number, _PENDING_NUMBER),
    "state": _state_rank,
    "product": func.coalesce(products.c.serial, ""),
}
_lines_json = (select(func.json_group_array(func.json_array(
    order_lines.c.position, order_lines.c.article_id, order_lines.c.quantity, articles.c.name_nb, articles.c.name_en,
    articles.c.colour)))
    .select_from(order_lines.outerjoin(articles, articles.c.id == order_lines.c.article_id))
    .where(order_lines.c.order_id == orders.c.id).correlate(orders)
    .scalar_subquery().label("lines_json"))
"""An order's lines as one JSON array of [position, article, quantity, name_nb, name_en, colour] (put in order in
Python: SQLite before 3.44 does not order an aggregate's input), read in the order's own row, so a page is one
statement; a second query with an IN of 200 ids and a result row per line cost more than the page itself."""
_base = select(orders.c.id, orders.c.number, orders.c.product_id, products.c.serial, products.c.model, orders.c.state,
               orders.c.created_at, orders.c.created_by, orders.c.shipped_at, orders.c.delivered_at,
               orders.c.cancelled_at, orders.c.carrier, orders.c.tracking_ref, orders.c.note, orders.c.delivery_json,
               orders.c.sync_status, _lines_json).select_from(
    orders.outerjoin(products, products.c.id == orders.c.product_id))


def order_target(engine: Engine, product_id: str) -> OrderTarget | None:
    """The machine an order form is for, None when it is not cached."""
    with engine.connect() as conn:
        row = conn.execute(select(products.c.id, products.c.serial, products.c.model, products.c.site_name,
                                  products.c.order_line_limit, products.c.active)
                           .where(products.c.id == product_id)).first()
    if row is None:
        return None
    return OrderTarget(product_id=row.id, serial=row.serial, model=row.model, site_name=row.site_name,
                       line_limit=row.order_line_limit, active=bool(row.active))


def order_targets(engine: Engine) -> list[OrderTarget]:
    """Every cached machine an order can be for, by serial (the order form's machine chooser)."""
    with engine.connect() as conn:
        rows = conn.execute(select(products.c.id, products.c.serial, products.c.model, products.c.site_name,
                                   products.c.order_line_limit, products.c.active)
                            .order_by(products.c.serial, products.c.id)).all()
    return [OrderTarget(product_id=r.id, serial=r.serial, model=r.model, site_name=r.site_name,
                        line_limit=r.order_line_limit, active=bool(r.active)) for r in rows]


def product_by_serial(engine: Engine, serial: str) -> str | None:
    """The id of the cached machine with this serial (case-insensitive, spaces trimmed), None when there is none."""
    with engine.connect() as conn:
        return conn.execute(select(products.c.id).where(func.upper(products.c.serial) == serial.strip().upper())
                            .order_by(products.c.id).limit(1)).scalar()


def fitting_articles(engine: Engine, product_id: str) -> list[ArticleRecord]:
    """The articles that fit the machine, toner first, each with the day (Oslo) it was last ordered for it."""
    fits = (select(article_models.c.article_id)
            .join(products, products.c.model == article_models.c.model).where(products.c.id == product_id))
    with engine.connect() as conn:
        rows = conn.execute(select(articles).where(articles.c.id.in_(fits)).order_by(articles.c.sort_key)).all()
        last = _last_ordered(conn, product_id, [r.id for r in rows])
    return [ArticleRecord(id=r.id, name_nb=r.name_nb, name_en=r.name_en, kind=r.kind, colour=r.colour,
                          page_yield=r.page_yield, last_ordered=last.get(r.id)) for r in rows]


def _last_ordered(conn, product_id: str, article_ids: list[str]) -> dict[str, date]:
    if not article_ids:
        return {}
    rows = conn.execute(select(order_lines.c.article_id, func.max(orders.c.created_at))
                        .join(orders, orders.c.id == order_lines.c.order_id)
                        .where(orders.c.product_id == product_id, orders.c.state != "cancelled",
                               order_lines.c.article_id.in_(article_ids))
                        .group_by(order_lines.c.article_id)).all()
    return {article: from_iso(moment).astimezone(ACCOUNT_TZ).date() for article, moment in rows}


def order_page(engine: Engine, query: OrderQuery, *, after: OrderRow | None = None, limit: int = 200) -> list[OrderRow]:
    """The next `limit` orders in `query`'s order after `after` (None for the first page), each with its lines.
    Ties on the sort value are broken by id, so paging never skips or repeats an order."""
    keys = (select(orders.c.id.label("page_id"), _SORT_COLUMNS[query.sort].label("sort_key"))
            .select_from(_joined(query.sort)).where(*_conditions(query)))
    if after is not None:
        keys = keys.where(_after(query, after))
    page = keys.order_by(*_order(query)).limit(limit).subquery("page")
    stmt = select(*_base.selected_columns).select_from(
        page.join(orders, orders.c.id == page.c.page_id).outerjoin(products, products.c.id == orders.c.product_id))
    order = (page.c.sort_key.desc(), page.c.page_id.desc()) if query.descending else (page.c.sort_key,
                                                                                        page.c.page_id)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(*order)).all()
    return [_order_row(row) for row in rows]


def order_count(engine: Engine, query: OrderQuery) -> int:
    stmt = select(func.count()).select_from(orders).where(*_conditions(query))
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def order_counts(engine: Engine) -> OrderCounts:
    """Every filter's count in one pass."""
    stmt = select(_count_of(_filter_condition("open")), _count_of(_filter_condition("shipped")), func.count())
    with engine.connect() as conn:
        open_, shipped, all_ = conn.execute(stmt.select_from(orders)).one()
    return OrderCounts(open=open_, shipped=shipped, all=all_)


def order_row(engine: Engine, order_id: str) -> OrderRow | None:
    """One order as the list shows it (for an in-place refresh), None when it is gone."""
    with engine.connect() as conn:
        row = conn.execute(_base.where(orders.c.id == order_id)).first()
    return _order_row(row) if row else None


def all_orders(engine: Engine, query: OrderQuery) -> list[OrderRow]:
    """Every order in `query` (the command line's list), page by page."""
    found: list[OrderRow] = []
    while True:
        page = order_page(engine, query, after=found[-1] if found else None, limit=500)
        found += page
        if len(page) < 500:
            return found



def _conditions(query: OrderQuery) -> list[ColumnElement]:
    if query.filter not in ORDER_FILTERS:
        raise ValueError(f"unknown order filter {query.filter!r}")
    if query.sort not in ORDER_SORTS:
        raise ValueError(f"unknown order sort {query.sort!r}")
    found = [_filter_condition(query.filter)] if query.filter != "all" else []
    return found + word_conditions(orders.c.search_text, query.text)


def _filter_condition(flt: str) -> ColumnElement:
    if flt == "open":
        return or_(orders.c.state.in_(sorted(OPEN_STATES)), orders.c.sync_status == "pending")
    if flt == "shipped":
        return and_(orders.c.state == "shipped", orders.c.sync_status != "pending")
    raise ValueError(f"unknown order filter {flt!r}")


def _count_of(condition: ColumnElement) -> ColumnElement:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _joined(sort: str):
    return orders.outerjoin(products, products.c.id == orders.c.product_id) if sort == "product" else orders


def _sort_key(query: OrderQuery) -> tuple[ColumnElement, ColumnElement]:
    return sort_key(_SORT_COLUMNS[query.sort], orders.c.id, query.text)


def _order(query: OrderQuery):
    sort_col, id_col = _sort_key(query)
    return (sort_col.desc(), id_col.desc()) if query.descending else (sort_col, id_col)


def _after(query: OrderQuery, row: OrderRow) -> ColumnElement:
    key = tuple_(*_sort_key(query))
    bound = tuple_(literal(_sort_value(row, query.sort)), literal(row.id))
    return key < bound if query.descending else key > bound


def _sort_value(row: OrderRow, sort: str) -> str | int:
    if sort == "created":
        return to_iso(row.created_at)
    if sort == "number":
        return row.number if row.number is not None else _PENDING_NUMBER
    if sort == "state":
        return STATES.index(row.state) if row.state in STATES else len(STATES)
    return row.serial or ""


def _order_row(row) -> OrderRow:
    lines = tuple(OrderLineRecord(article_id=article_id, quantity=quantity, name_nb=name_nb or "",
                                  name_en=name_en or "", colour=colour)
                  for _position, article_id, quantity, name_nb, name_en, colour
                  in sorted(json.loads(row.lines_json or "[]")))
    return OrderRow(
        id=row.id, number=row.number, product_id=row.product_id, serial=row.serial, model=row.model,
        state=row.state, created_at=from_iso(row.created_at), created_by=row.created_by,
        shipped_at=from_iso(row.shipped_at), delivered_at=from_iso(row.delivered_at),
        cancelled_at=from_iso(row.cancelled_at), carrier=row.carrier, tracking_ref=row.tracking_ref,
        note=row.note, delivery=json.loads(row.delivery_json or "{}"), sync_status=row.sync_status,
        lines=lines)
