"""What happens to the optimistic rows of queued orders and cancels when they are sent, refused, resent or
discarded."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, delete, select, update

from sync.cache.changed import Changed
from sync.cache.schema import order_lines, orders, outbox
from sync.orders.apply import refresh_search_text, upsert_order, write_lines
from sync.outbox.records import OutboxItem


class OrderRows:
    """An order we placed (`order.create`). Sent: the portal's copy (with its number) replaces ours. Refused: shown
    as refused, the reason on its item. Resent with corrected lines: pending again. Discarded: the order goes, with a
    cancel queued behind it."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        if answer is not None:
            return upsert_order(conn, answer)
        return _status(conn, entity_id, "synced")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _status(conn, entity_id, "rejected")

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        write_lines(conn, entity_id, [(str(line["article"]), int(line["quantity"])) for line in body["lines"]])
        conn.execute(update(orders).where(orders.c.id == entity_id).values(note=str(body.get("note") or "")))
        refresh_search_text(conn, entity_id)
        return _status(conn, entity_id, "pending")

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        done = conn.execute(delete(orders).where(orders.c.id == entity_id, orders.c.sync_status != "synced")).rowcount
        if done:
            conn.execute(delete(order_lines).where(order_lines.c.order_id == entity_id))
        conn.execute(delete(outbox).where(outbox.c.group_key == item.group_key,
                                          outbox.c.state.in_(("queued", "rejected"))))
        return {"order": {entity_id}, "outbox": None}


class OrderCancelRows:
    """A cancel we asked for (`order.cancel`, `entity_id` the order's). Sent: the portal's copy. Refused (the desk
    confirmed it first), or discarded before it went: the order shows the portal's state again."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        return upsert_order(conn, answer) if answer is not None else {"order": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        conn.execute(update(orders).where(orders.c.id == entity_id, orders.c.state == "submitted")
                     .values(state="cancelled"))
        return {"order": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body) if item.state in ("queued", "rejected") else {"order": {entity_id}}


def _undo(conn: Connection, order_id: str, body: Mapping[str, Any]) -> Changed:
    row = conn.execute(select(orders.c.portal_state).where(orders.c.id == order_id)).first()
    if row is None:
        return {}
    back = row.portal_state or str(body.get("_from_state") or "submitted")
    conn.execute(update(orders).where(orders.c.id == order_id, orders.c.state == "cancelled").values(state=back))
    return {"order": {order_id}}


def _status(conn: Connection, order_id: str, status: str) -> Changed:
    conn.execute(update(orders).where(orders.c.id == order_id).values(sync_status=status))
    return {"order": {order_id}}
