"""A short supplies history for the demo: a few orders in every state, placed and moved on through the same code the
routes use, so their numbers, stamps and feed entries are what a real order would have."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from domain.wire import OrderIn, OrderLineIn
from portal import orders
from portal.auth import Principal
from portal.catalogue import articles_for_model
from portal.db import Store, assignments, products, users
from portal.db import orders as order_table
from portal.demo_orders import CARRIER, tracking_ref

# (customer e-mail, which of their machines, [(which fitting article, quantity)], days ago, steps taken)
DEMO_ORDERS = [
    ("kari@example.no", 0, [(0, 2), (1, 1)], 45, ["confirm", "ship", "deliver"]),
    ("kari@example.no", 1, [(0, 1)], 12, ["confirm", "ship", "deliver"]),
    ("kari@example.no", 2, [(0, 1), (2, 1)], 3, ["confirm", "ship"]),
    ("kari@example.no", 0, [(3, 1)], 1, ["confirm"]),
    ("ola@example.no", 0, [(0, 3)], 20, ["confirm", "ship", "deliver"]),
    ("ola@example.no", 1, [(0, 1)], 2, []),
    ("admin@example.no", 5, [(0, 1)], 8, ["cancel"]),
]


def seed_demo_orders(store: Store, now: datetime) -> bool:
    """Place the demo orders unless the database already has orders. Returns whether it placed them."""
    with store.write() as conn:
        if conn.execute(select(func.count()).select_from(order_table)).scalar_one():
            return False
        for index, (email, machine, lines, days_ago, steps) in enumerate(DEMO_ORDERS):
            customer = _principal(conn, email)
            product_id = _machine(conn, customer, machine)
            model = conn.execute(select(products.c.model).where(products.c.id == product_id)).scalar_one()
            fitting = articles_for_model(conn, customer, model)
            chosen = {fitting[i % len(fitting)].id: q for i, q in reversed(lines)}  # a small catalogue: one line each
            body = OrderIn(id=str(uuid.UUID(int=0x0D_E0 + index, version=4)), product_id=product_id,
                           lines=[OrderLineIn(article=a, quantity=q) for a, q in reversed(chosen.items())])
            placed = now - timedelta(days=days_ago)
            orders.create(conn, customer, body, now=placed)
            for step_no, action in enumerate(steps, start=1):
                orders.move(conn, body.id, action, now=placed + timedelta(hours=20 * step_no),
                            carrier=CARRIER if action == "ship" else None,
                            tracking_ref=tracking_ref(body.id) if action == "ship" else None)
        return True


def _principal(conn: Connection, email: str) -> Principal:
    row = conn.execute(select(users).where(users.c.email == email)).one()
    return Principal(row.id, row.account_id, row.email, row.role)


def _machine(conn: Connection, principal: Principal, index: int) -> str:
    if principal.is_admin:
        query = select(products.c.id).where(products.c.account_id == principal.account_id)
    else:
        query = select(assignments.c.product_id).where(assignments.c.user_id == principal.user_id)
    ids = list(conn.execute(query.order_by(query.selected_columns[0])).scalars())
    return ids[index % len(ids)]
