"""The app's writes on supplies orders. Each is ONE write transaction: the optimistic rows and their outbox items
together, so an order (or a cart's orders) is either on screen *and* queued for the portal, or neither.

A cart holds lines for several machines and goes as one order per machine (the portal's order is for one product),
all queued in the same transaction: the whole cart is queued, or nothing of it. An order and a cancel of it share the
group key `order:<id>`, so a cancel made before the order was even sent goes after it.

Checked offline with the same rules the portal runs (`domain.consumables`), against the cached catalogue and the
machine's cached contract: what the app queues, the portal takes (unless the catalogue changed meanwhile).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Mapping, Sequence

from sqlalchemy import Connection, Engine, insert, select, update

from domain import consumables as rules
from domain import problems
from domain.clock import utc_now
from domain.problems import Problem
from sync.cache.changed import Written
from sync.cache.db import writer
from sync.cache.schema import article_models, me, orders, products
from sync.cache.stamps import to_iso
from sync.orders.apply import CANCEL_KIND, ORDER_KIND, group_key, refresh_search_text, write_lines
from sync.outbox import queue as outbox


@dataclass(frozen=True)
class Delivery:
    """Who takes the parcel, and a phone number for the driver; empty: the portal fills in the person ordering."""
    recipient: str = ""
    phone: str = ""


class OrderInputError(ValueError):
    """The cart breaks a rule; `problems` holds, per machine (product id; "" for the cart's own texts), what is wrong,
    each with its field, code and params (no sentence: the desktop and the command line word them)."""

    def __init__(self, found: Mapping[str, Sequence[Problem]]) -> None:
        self.problems = {key: tuple(value) for key, value in found.items() if value}
        super().__init__("; ".join(f"{key}: {p}" for key, value in self.problems.items() for p in value))


class UnknownOrder(LookupError):
    """The order is not in the cache (never synced, or no longer visible to this user)."""


def check_order(conn: Connection, product_id: str, lines: Sequence[tuple[str, object]]) -> list[Problem]:
    """Every problem of an order for one machine, from the cache: unknown machine, inactive, articles that do not
    fit, bad quantities, over the contract's limit."""
    product = conn.execute(select(products.c.model, products.c.order_line_limit, products.c.active)
                           .where(products.c.id == product_id)).first()
    if product is None:
        return [Problem("product_id", problems.ORDER_PRODUCT_UNKNOWN)]
    fitting = set(conn.execute(select(article_models.c.article_id)
                               .where(article_models.c.model == product.model)).scalars())
    return rules.check_order([rules.Line(a, q) for a, q in lines], fitting=fitting,
                             line_limit=product.order_line_limit, product_active=bool(product.active))


def queue_order(engine: Engine, product_id: str, lines: Sequence[tuple[str, object]], *, note: str = "",
                delivery: Delivery = Delivery()) -> Written[str]:
    """Queue one order; its id is the value. Raises OrderInputError."""
    written = queue_cart(engine, {product_id: lines}, note=note, delivery=delivery)
    return Written(written.value[0], written.changed)


def queue_cart(engine: Engine, cart: Mapping[str, Sequence[tuple[str, object]]], *, note: str = "",
               delivery: Delivery = Delivery()) -> Written[list[str]]:
    """Queue one order per machine of the cart (machine → its lines), in the cart's order; the new orders' ids are
    the value. Nothing is queued when any machine's lines break a rule: raises OrderInputError naming them all."""
    note, delivery = note.strip(), Delivery(delivery.recipient.strip(), delivery.phone.strip())
    with engine.connect() as conn:
        found = {product_id: check_order(conn, product_id, lines) for product_id, lines in cart.items()}
    found[""] = rules.delivery_problems(recipient=delivery.recipient, phone=delivery.phone, note=note)
    if not cart:
        found[""].insert(0, Problem("lines", problems.ORDER_EMPTY))
    if any(found.values()):
        raise OrderInputError(found)
    ids, seqs = [], set()
    with writer(engine).begin() as conn:
        for product_id, lines in cart.items():
            order_id, seq = _insert_order(conn, product_id, [(a, int(q)) for a, q in lines], note, delivery)
            ids.append(order_id)
            seqs.add(str(seq))
    return Written(ids, {"order": set(ids), "outbox": seqs})


def queue_cancel(engine: Engine, order_id: str) -> Written[str]:
    """Queue the cancel of a submitted order (ours, or any as an administrator). Raises UnknownOrder, or
    OrderRuleError: `order.cancel_not_allowed` (not submitted any more), `order.not_cancellable` (not ours)."""
    with writer(engine).begin() as conn:
        row = conn.execute(select(orders.c.state, orders.c.number, orders.c.created_by)
                           .where(orders.c.id == order_id)).first()
        if row is None:
            raise UnknownOrder(order_id)
        if not may_cancel(conn, row.created_by):
            raise rules.OrderRuleError(problems.ORDER_NOT_CANCELLABLE, "Only the person who placed the order, or "
                                                                       "an administrator, may cancel it.")
        rules.check_transition(row.state, "cancel")
        conn.execute(update(orders).where(orders.c.id == order_id).values(state="cancelled"))
        item = outbox.enqueue(conn, kind=CANCEL_KIND, method="POST", path=f"/orders/{order_id}/cancel",
                              body={"_from_state": row.state}, entity="order", entity_id=order_id,
                              group_key=group_key(order_id), summary=f"Cancel order {row.number or order_id}")
        return Written(order_id, {"order": {order_id}, "outbox": {str(item.seq)}})


def may_cancel(conn: Connection, created_by: str) -> bool:
    """The signed-in user placed the order (by e-mail, case-insensitively) or is an administrator."""
    who = conn.execute(select(me.c.email, me.c.role)).first()
    if who is None:
        return False
    return rules.may_cancel(is_orderer=who.email.casefold() == (created_by or "").casefold(),
                            is_admin=who.role == "admin")


def _insert_order(conn: Connection, product_id: str, lines: list[tuple[str, int]], note: str,
                  delivery: Delivery) -> tuple[str, int]:
    order_id = str(uuid.uuid4())
    who = conn.execute(select(me.c.email, me.c.name)).first()
    product = conn.execute(select(products.c.serial, products.c.site_id, products.c.site_name)
                           .where(products.c.id == product_id)).one()
    shown = {"site_id": product.site_id, "site_name": product.site_name,
             "recipient": delivery.recipient or (who.name if who else ""), "phone": delivery.phone}
    conn.execute(insert(orders).values(
        id=order_id, number=None, product_id=product_id, state="submitted", created_at=to_iso(utc_now()),
        created_by=who.email if who else "", note=note, delivery_json=json.dumps(shown, sort_keys=True), version=0,
        sync_status="pending", portal_state=None, search_text=""))
    write_lines(conn, order_id, lines)
    refresh_search_text(conn, order_id)
    body = {"id": order_id, "product_id": product_id,
            "lines": [{"article": article, "quantity": quantity} for article, quantity in lines],
            "delivery": {"recipient": delivery.recipient, "phone": delivery.phone}, "note": note}
    summary = f"Order for {product.serial}: " + ", ".join(f"{q} × {a}" for a, q in lines)
    item = outbox.enqueue(conn, kind=ORDER_KIND, method="POST", path="/orders", body=body, entity="order",
                          entity_id=order_id, group_key=group_key(order_id), summary=summary)
    return order_id, item.seq
