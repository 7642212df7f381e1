"""Users into the cache: from the feed's entity "user", from the refresh at each sync, and from the portal's answer
to a queued write. The portal's copy is written first, then every change of ours still waiting for it (queued or
being sent) is laid over it again, so an offline role change or assignment stays on screen until the portal has it.
"""

from __future__ import annotations

import json
from typing import Iterable

from sqlalchemy import Connection, delete, insert, select, update

from domain.wire import User
from sync.cache.changed import Changed
from sync.cache.schema import outbox, user_products, users
from sync.cache.upsert import upsert

CREATE_KIND = "user.create"
UPDATE_KIND = "user.update"
ASSIGN_KIND = "user.assign"
USER_ENTITY = "user"
WAITING = ("queued", "sending")


def group_key(user_id: str) -> str:
    """A user's writes go in the order they were made (a change waits for the user's creation)."""
    return f"user:{user_id}"


def write_user(conn: Connection, item: User) -> Changed:
    """The portal's copy of a user, with our waiting changes laid over it."""
    upsert(conn, users, {"id": item.id, "email": item.email, "name": item.name, "role": item.role,
                         "account_id": item.account_id, "active": int(item.active),
                         "invitation_pending": int(item.invitation_pending), "version": item.version})
    conn.execute(delete(user_products).where(user_products.c.user_id == item.id))
    if item.assigned_product_ids:
        conn.execute(insert(user_products), [{"user_id": item.id, "product_id": pid}
                                             for pid in item.assigned_product_ids])
    for kind, body in _waiting(conn, item.id):
        apply_body(conn, kind, item.id, body)
    return {USER_ENTITY: {item.id}}


def apply_body(conn: Connection, kind: str, user_id: str, body: dict) -> None:
    """What a queued write shows before the portal has it."""
    if kind == UPDATE_KIND:
        values = {k: (int(v) if k == "active" else v) for k, v in body.items() if k in ("role", "active")}
        if values:
            conn.execute(update(users).where(users.c.id == user_id).values(**values))
    elif kind == ASSIGN_KIND:
        assign(conn, user_id, body.get("assign", ()))
        unassign(conn, user_id, body.get("unassign", ()))


def assign(conn: Connection, user_id: str, product_ids: Iterable[str]) -> set[str]:
    """Assign these products; returns those that were not assigned before."""
    wanted = set(product_ids)
    have = set(conn.execute(select(user_products.c.product_id).where(
        user_products.c.user_id == user_id, user_products.c.product_id.in_(wanted))).scalars()) if wanted else set()
    new = wanted - have
    if new:
        conn.execute(insert(user_products), [{"user_id": user_id, "product_id": pid} for pid in sorted(new)])
    return new


def unassign(conn: Connection, user_id: str, product_ids: Iterable[str]) -> set[str]:
    """Un-assign these products; returns those that were assigned."""
    wanted = set(product_ids)
    if not wanted:
        return set()
    have = set(conn.execute(select(user_products.c.product_id).where(
        user_products.c.user_id == user_id, user_products.c.product_id.in_(wanted))).scalars())
    if have:
        conn.execute(delete(user_products).where(user_products.c.user_id == user_id,
                                                 user_products.c.product_id.in_(have)))
    return have


def upsert_user_entity(conn: Connection, data: dict, _page=None) -> Changed:
    return write_user(conn, User.model_validate(data))


def delete_user(conn: Connection, user_id: str) -> Changed:
    """Gone from the caller's view; a user we created and have not sent yet stays."""
    if _has_unsent_create(conn, user_id):
        return {}
    conn.execute(delete(users).where(users.c.id == user_id))
    conn.execute(delete(user_products).where(user_products.c.user_id == user_id))
    return {USER_ENTITY: {user_id}}


def replace_users(conn: Connection, listed: list[User], own_id: str | None) -> Changed:
    """The whole list as the portal has it now (the refresh at sync): users it no longer lists go, but the
    signed-in user's own row and users we created and have not sent yet stay."""
    changed: Changed = {}
    keep = {u.id for u in listed} | ({own_id} if own_id else set())
    for user_id in set(conn.execute(select(users.c.id)).scalars()) - keep:
        changed.update(delete_user(conn, user_id))
    for item in listed:
        changed.setdefault(USER_ENTITY, set()).update(write_user(conn, item)[USER_ENTITY])
    return changed


def reset_users(conn: Connection) -> Changed:
    """A feed reset: every user goes but those we created and have not sent yet (and their assignments)."""
    unsent = set(conn.execute(select(outbox.c.entity_id).where(
        outbox.c.kind == CREATE_KIND, outbox.c.state.in_(("queued", "sending", "rejected")))).scalars())
    conn.execute(delete(users).where(users.c.id.not_in(unsent)))
    conn.execute(delete(user_products).where(user_products.c.user_id.not_in(unsent)))
    return {USER_ENTITY: None}


def _waiting(conn: Connection, user_id: str) -> list[tuple[str, dict]]:
    rows = conn.execute(select(outbox.c.kind, outbox.c.body_json).where(
        outbox.c.entity == USER_ENTITY, outbox.c.entity_id == user_id, outbox.c.state.in_(WAITING),
        outbox.c.kind.in_((UPDATE_KIND, ASSIGN_KIND))).order_by(outbox.c.seq))
    return [(kind, json.loads(body)) for kind, body in rows]


def _has_unsent_create(conn: Connection, user_id: str) -> bool:
    return conn.execute(select(outbox.c.seq).where(
        outbox.c.kind == CREATE_KIND, outbox.c.entity_id == user_id,
        outbox.c.state.in_(("queued", "sending", "rejected")))).first() is not None
