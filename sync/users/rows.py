"""What a user's queued write does to the cached rows when it is sent, refused, resent or discarded."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, delete, select, update

from sync.cache.changed import Changed
from sync.cache.schema import outbox, user_products, users
from sync.outbox.records import OutboxItem
from sync.users.apply import USER_ENTITY, apply_body, assign, unassign, write_user


def _sent(conn: Connection, entity_id: str, answer: Any) -> Changed:
    return write_user(conn, answer) if answer is not None else {USER_ENTITY: {entity_id}}


class CreateRows:
    """A user we created (`user.create`). Sent: the portal's copy. Refused: it stays, shown as refused with the
    reason on its item (the administrator fixes the address and resends). Discarded: the user goes, with the
    changes queued behind its creation."""

    sent = staticmethod(_sent)

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return {USER_ENTITY: {entity_id}}

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        conn.execute(update(users).where(users.c.id == entity_id)
                     .values(name=str(body["name"]), email=str(body["email"]), role=str(body["role"])))
        return {USER_ENTITY: {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(users).where(users.c.id == entity_id))
        conn.execute(delete(user_products).where(user_products.c.user_id == entity_id))
        conn.execute(delete(outbox).where(outbox.c.group_key == item.group_key,
                                          outbox.c.state.in_(("queued", "rejected"))))
        return {USER_ENTITY: {entity_id}, "outbox": None}


class UpdateRows:
    """A change of role or activity (`user.update`). Refused or discarded: each value it replaced is put back when
    the row still shows this item's value."""

    sent = staticmethod(_sent)

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        apply_body(conn, "user.update", entity_id, dict(body))
        return {USER_ENTITY: {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back(conn, entity_id, item.body) if item.state in ("queued", "rejected") else {}


class AssignRows:
    """Assigning and un-assigning (`user.assign`). Refused or discarded: what it added goes and what it took is
    given back."""

    sent = staticmethod(_sent)

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo_assignments(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        apply_body(conn, "user.assign", entity_id, dict(body))
        return {USER_ENTITY: {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo_assignments(conn, entity_id, item.body) if item.state in ("queued", "rejected") else {}


def _put_back(conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
    row = conn.execute(select(users.c.role, users.c.active).where(users.c.id == entity_id)).first()
    if row is None:
        return {}
    values: dict[str, Any] = {}
    if "role" in body and row.role == body["role"] and "_from_role" in body:
        values["role"] = body["_from_role"]
    if "active" in body and bool(row.active) == bool(body["active"]) and "_from_active" in body:
        values["active"] = int(bool(body["_from_active"]))
    if values:
        conn.execute(update(users).where(users.c.id == entity_id).values(**values))
    return {USER_ENTITY: {entity_id}}


def _undo_assignments(conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
    unassign(conn, entity_id, body.get("_added", ()))
    assign(conn, entity_id, body.get("_removed", ()))
    return {USER_ENTITY: {entity_id}}
