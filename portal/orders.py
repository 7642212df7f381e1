"""Placing and moving supplies orders: `domain.consumables` decides, this module stores and logs for the feed.

Every change of an order bumps its version and goes into the change log, scoped by the order's product, so
customers see the orders of their machines. The client's order id is a second safety net under the
Idempotency-Key: the same id with the same body by the same user answers with the stored order, never a second one.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from sqlalchemy import Connection, func, insert, select, update

from domain import consumables as rules, problems
from domain.wire import FieldError, Order, OrderIn
from portal import changes
from portal.auth import Principal
from portal.catalogue import fitting_set
from portal.changes import ChangeRecord
from portal.db import order_lines, orders, sites, users
from portal.entities import visible_product
from portal.order_entities import visible_order
from portal.problems import ProblemError, not_found

FIRST_NUMBER = 1001
_STAMPS = {"confirmed": "confirmed_at", "shipped": "shipped_at", "delivered": "delivered_at",
           "cancelled": "cancelled_at"}


def create(conn: Connection, principal: Principal, body: OrderIn, *, now: datetime) -> tuple[Order, bool]:
    """Place the order; returns it and whether it is new (an identical earlier submission of the same id is not)."""
    body_hash = _hash(body)
    existing = conn.execute(select(orders.c.body_hash, orders.c.created_by_user_id)
                            .where(orders.c.id == body.id)).first()
    if existing is not None:
        found = visible_order(conn, principal, body.id)
        if found is None or existing.body_hash != body_hash or existing.created_by_user_id != principal.user_id:
            raise _id_taken()
        return found, False
    product = visible_product(conn, principal, body.product_id)
    if product is None:
        raise not_found("The product")
    _check(conn, body, model=product.model, line_limit=product.contract.order_line_limit, active=product.active)
    site_id = body.delivery.site_id or product.site.id
    _check_site(conn, principal, site_id)
    number = conn.execute(select(func.coalesce(func.max(orders.c.number), FIRST_NUMBER - 1))).scalar_one() + 1
    conn.execute(insert(orders).values(
        id=body.id, number=number, account_id=principal.account_id, product_id=body.product_id, state="submitted",
        site_id=site_id, recipient=body.delivery.recipient.strip() or _name(conn, principal),
        phone=body.delivery.phone.strip(), note=body.note, created_at=_iso(now),
        created_by_user_id=principal.user_id, created_by=principal.email, body_hash=body_hash, version=1))
    conn.execute(insert(order_lines), [{"order_id": body.id, "position": position, "article_id": line.article,
                                        "quantity": line.quantity}
                                       for position, line in enumerate(body.lines, start=1)])
    changes.record(conn, [ChangeRecord(principal.account_id, "order", body.id, body.product_id)])
    return visible_order(conn, principal, body.id), True


def cancel(conn: Connection, principal: Principal, order_id: str, *, now: datetime) -> Order:
    """The customer withdraws an order that is still only submitted: its orderer, or an administrator."""
    order = visible_order(conn, principal, order_id)
    if order is None:
        raise not_found("The order")
    orderer = conn.execute(select(orders.c.created_by_user_id).where(orders.c.id == order_id)).scalar_one()
    if not rules.may_cancel(is_orderer=orderer == principal.user_id, is_admin=principal.is_admin):
        raise ProblemError(403, problems.FORBIDDEN, "Only the person who placed the order, or an administrator, "
                                                    "may cancel it.")
    move(conn, order_id, "cancel", now=now)
    return visible_order(conn, principal, order_id)


def move(conn: Connection, order_id: str, action: str, *, now: datetime, carrier: str | None = None,
         tracking_ref: str | None = None) -> None:
    """Take `action` on the order (the supplies desk's confirm, ship, deliver, or a cancel already allowed)."""
    row = conn.execute(select(orders.c.state, orders.c.account_id, orders.c.product_id)
                       .where(orders.c.id == order_id)).one()
    try:
        target = rules.check_transition(row.state, action)
    except rules.OrderRuleError as refused:
        raise ProblemError(422, refused.code, refused.message,
                           errors=[FieldError(field="state", code=refused.code, message=refused.message)]) from None
    values: dict = {"state": target, _STAMPS[target]: _iso(now)}
    if target == "shipped":
        values.update(carrier=carrier, tracking_ref=tracking_ref)
    conn.execute(update(orders).where(orders.c.id == order_id).values(version=orders.c.version + 1, **values))
    changes.record(conn, [ChangeRecord(row.account_id, "order", order_id, row.product_id)])


def _check(conn: Connection, body: OrderIn, *, model: str, line_limit: int, active: bool) -> None:
    found = rules.check_order([rules.Line(line.article, line.quantity) for line in body.lines],
                              fitting=fitting_set(conn, model), line_limit=line_limit, product_active=active)
    if found:
        errors = [FieldError(field=p.field, code=p.code, message=problems.TITLES.get(p.code, p.code)) for p in found]
        raise ProblemError(422, found[0].code, problems.TITLES.get(found[0].code), errors=errors)


def _check_site(conn: Connection, principal: Principal, site_id: str) -> None:
    known = conn.execute(select(sites.c.id).where(sites.c.id == site_id,
                                                  sites.c.account_id == principal.account_id)).first()
    if known is None:
        code = problems.ORDER_DELIVERY_SITE_UNKNOWN
        raise ProblemError(422, code, problems.TITLES[code],
                           errors=[FieldError(field="delivery.site_id", code=code, message=problems.TITLES[code])])


def _name(conn: Connection, principal: Principal) -> str:
    return conn.execute(select(users.c.name).where(users.c.id == principal.user_id)).scalar_one()


def _hash(body: OrderIn) -> str:
    return hashlib.sha256(body.model_dump_json().encode()).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _id_taken() -> ProblemError:
    return ProblemError(422, problems.VALIDATION_FAILED, "A different order already has this id. Make a new id.",
                        errors=[FieldError(field="id", code=problems.VALIDATION_FAILED,
                                           message="This id belongs to something else.")])
