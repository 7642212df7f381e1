"""Order rows to wire models, and which orders a caller may see. The order routes and the delta feed read here.

A customer sees the orders of products assigned to them (whoever ordered); an administrator every order of the
account; an agent (the supplies desk) every order, but only through `/v1/agent`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import ColumnElement, Connection, and_, select, true

from domain.consumables import format_order_number
from domain.wire import Delivery, Order, OrderLine
from portal.auth import Principal
from portal.db import assignments, change_log, order_lines, orders, sites


def visible_orders(principal: Principal) -> ColumnElement[bool]:
    if principal.role == "agent":
        return true()
    in_account = orders.c.account_id == principal.account_id
    if principal.is_admin:
        return in_account
    assigned = select(assignments.c.product_id).where(assignments.c.user_id == principal.user_id)
    return and_(in_account, orders.c.product_id.in_(assigned))


def feed_visibility(assigned) -> ColumnElement[bool]:
    """The order entries of a customer's feed: those of products assigned to them (`assigned`: their ids)."""
    return and_(change_log.c.entity == "order", change_log.c.product_id.in_(assigned))


def orders_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[Order]:
    """Visible orders, newest first."""
    rows = conn.execute(select(orders, sites.c.name.label("site_name"), sites.c.address, sites.c.postcode,
                               sites.c.city)
                        .join(sites, sites.c.id == orders.c.site_id)
                        .where(visible_orders(principal), condition)
                        .order_by(orders.c.created_at.desc(), orders.c.id)).all()
    lines = _lines_of(conn, [r.id for r in rows])
    return [_order(row, lines.get(row.id, [])) for row in rows]


def orders_by_id(conn: Connection, principal: Principal, ids: Iterable[str]) -> dict[str, Order]:
    return {o.id: o for o in orders_where(conn, principal, orders.c.id.in_(list(ids)))}


def visible_order(conn: Connection, principal: Principal, order_id: str) -> Order | None:
    return orders_by_id(conn, principal, [order_id]).get(order_id)


def load_for_feed(conn: Connection, principal: Principal, ids: list[str]) -> dict[str, dict]:
    return {o.id: o.model_dump(mode="json") for o in orders_by_id(conn, principal, ids).values()}


def _lines_of(conn: Connection, order_ids: list[str]) -> dict[str, list[OrderLine]]:
    found: dict[str, list[OrderLine]] = {}
    if not order_ids:
        return found
    rows = conn.execute(select(order_lines).where(order_lines.c.order_id.in_(order_ids))
                        .order_by(order_lines.c.order_id, order_lines.c.position))
    for r in rows:
        found.setdefault(r.order_id, []).append(OrderLine(article=r.article_id, quantity=r.quantity))
    return found


def _order(r, lines: list[OrderLine]) -> Order:
    return Order(id=r.id, number=format_order_number(r.number), product_id=r.product_id, lines=lines,
                 delivery=Delivery(site_id=r.site_id, site_name=r.site_name, address=r.address, postcode=r.postcode,
                                   city=r.city, recipient=r.recipient, phone=r.phone),
                 note=r.note, state=r.state, created_at=_moment(r.created_at), created_by=r.created_by,
                 confirmed_at=_moment(r.confirmed_at), shipped_at=_moment(r.shipped_at),
                 delivered_at=_moment(r.delivered_at), cancelled_at=_moment(r.cancelled_at), carrier=r.carrier,
                 tracking_ref=r.tracking_ref, version=r.version)


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
