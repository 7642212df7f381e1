"""An administrator's writes on users, queued like every write: ONE transaction writes the optimistic rows and the
outbox item, and returns what it changed. Checked offline first with the shared rules (`domain.users`) and against
the cache (an address another cached user has, the last active administrator), so what is queued the portal takes
unless someone else changed the account meanwhile.

A user's writes share the group key `user:<id>`: a role change made before the user's creation was even sent goes
after it. A change of role or activity is sent with If-Match on the cached version; one still queued and never tried
takes a newer change in place (one request, one If-Match), so two offline changes are not refused for our own first.
Assignments go as product ids (an administrator's cache holds every product, so "all of a site" is the site's
products here); the body keeps what it changed ("_added", "_removed") to put back if it is refused or discarded.
Both keep the user's address ("_email") for Pending changes to name them by, even once the user is gone.
"""

from __future__ import annotations

import uuid
from typing import Iterable

from sqlalchemy import Connection, Engine, func, insert, select, update

from domain import problems
from domain.email import normalize_email
from domain.problems import Problem
from domain.users import ROLES, new_user_problems, tidy_name
from sync.cache.changed import Changed, Written
from sync.cache.db import writer
from sync.cache.schema import products, users
from sync.outbox import queue as outbox
from sync.users.apply import (
    ASSIGN_KIND,
    CREATE_KIND,
    UPDATE_KIND,
    USER_ENTITY,
    assign,
    group_key,
    unassign,
)
from sync.users.rows import CreateRows


class UserInputError(ValueError):
    """What the user typed breaks a rule: `problems` (field, code, params), no sentence."""

    def __init__(self, found: Iterable[Problem]) -> None:
        self.problems = tuple(found)
        super().__init__("; ".join(str(p) for p in self.problems))


def check_new_user(engine: Engine, name: str, email: str, *, user_id: str | None = None) -> list[Problem]:
    """The problems of a new user's name and e-mail (as typed), including an address another cached user has
    (`user_id`: the refused new user being corrected, whose own address is no clash)."""
    name, email = tidy_name(name), email.strip()
    found = new_user_problems(name, email)
    if not any(p.field == "email" for p in found):
        with engine.connect() as conn:
            if conn.execute(select(users.c.id).where(func.lower(users.c.email) == normalize_email(email),
                                                     users.c.id != (user_id or ""))).first():
                found.append(Problem("email", problems.USER_EMAIL_TAKEN))
    return found


def queue_create_user(engine: Engine, name: str, email: str, role: str = "customer",
                      product_ids: Iterable[str] = ()) -> Written[str]:
    """Queue a new user (the portal mails their invitation when it gets it); their id is the value."""
    if role not in ROLES:
        raise ValueError(f"not a role: {role!r}")
    if found := check_new_user(engine, name, email):
        raise UserInputError(found)
    name, email, wanted = tidy_name(name), normalize_email(email), sorted(set(product_ids))
    user_id = str(uuid.uuid4())
    with writer(engine).begin() as conn:
        _check_products(conn, wanted)
        account_id = conn.execute(select(users.c.account_id).limit(1)).scalar() or ""
        conn.execute(insert(users).values(id=user_id, email=email, name=name, role=role, account_id=account_id,
                                          active=1, invitation_pending=1, version=1))
        assign(conn, user_id, wanted)
        item = outbox.enqueue(conn, kind=CREATE_KIND, method="POST", path="/users",
                              body={"id": user_id, "name": name, "email": email, "role": role,
                                    "product_ids": wanted},
                              entity=USER_ENTITY, entity_id=user_id, group_key=group_key(user_id),
                              summary=f"New user {email}")
    return Written(user_id, {USER_ENTITY: {user_id}, "outbox": {str(item.seq)}})


def resend_create_user(engine: Engine, seq: int, name: str, email: str, role: str) -> Changed:
    """The administrator corrected a refused new user (an address another user took meanwhile, say): queue it
    again with a new key; the user keeps its id and its machines. Raises UserInputError, or OutboxStateError when the
    item is no refused new user any more."""
    item = outbox.outbox_item(engine, seq)
    if item is None or item.kind != CREATE_KIND or item.state != "rejected":
        raise outbox.OutboxStateError("This new user is no longer waiting for a correction.",
                                      state=item.state if item is not None else None)
    if found := check_new_user(engine, name, email, user_id=item.entity_id):
        raise UserInputError(found)
    body = {**item.body, "name": tidy_name(name), "email": normalize_email(email), "role": role}
    with writer(engine).begin() as conn:
        outbox.requeue(conn, seq, body, summary=f"New user {body['email']}")
        CreateRows().resent(conn, item.entity_id, body)
    return {USER_ENTITY: {item.entity_id}, "outbox": {str(seq)}}


def queue_user_change(engine: Engine, user_id: str, *, role: str | None = None,
                      active: bool | None = None) -> Changed:
    """Queue a change of role and/or activity. Raises UserInputError: `user.unknown`, `user.last_admin`."""
    if role is not None and role not in ROLES:
        raise ValueError(f"not a role: {role!r}")
    with writer(engine).begin() as conn:
        row = _user(conn, user_id)
        wanted = {k: v for k, v in (("role", role), ("active", active)) if v is not None}
        wanted = {k: v for k, v in wanted.items() if v != (bool(row.active) if k == "active" else row.role)}
        if not wanted:
            return {}
        losing = row.role == "admin" and row.active and (wanted.get("role", "admin") != "admin"
                                                          or wanted.get("active") is False)
        if losing and not _other_active_admins(conn, user_id):
            raise UserInputError([Problem("role" if "role" in wanted else "active", problems.USER_LAST_ADMIN)])
        was = {"_from_role": row.role, "_from_active": bool(row.active), "_email": row.email}
        conn.execute(update(users).where(users.c.id == user_id)
                     .values(**{k: int(v) if k == "active" else v for k, v in wanted.items()}))
        waiting = outbox.queued_item(conn, UPDATE_KIND, user_id)
        if waiting is not None and outbox.update_body(conn, waiting.seq, {**was, **waiting.body, **wanted}):
            return {USER_ENTITY: {user_id}, "outbox": {str(waiting.seq)}}
        item = outbox.enqueue(conn, kind=UPDATE_KIND, method="PATCH", path=f"/users/{user_id}",
                              body={**wanted, **was, "_if_match": f'"{row.version}"'}, entity=USER_ENTITY,
                              entity_id=user_id, group_key=group_key(user_id), summary=_change_summary(row, wanted))
    return {USER_ENTITY: {user_id}, "outbox": {str(item.seq)}}


def queue_assignments(engine: Engine, user_id: str, *, assign_ids: Iterable[str] = (),
                      unassign_ids: Iterable[str] = ()) -> Changed:
    """Queue assigning and un-assigning products (what is so already is left out; nothing left, nothing queued).
    Raises UserInputError: `user.unknown`, `user.product_unknown`."""
    with writer(engine).begin() as conn:
        row = _user(conn, user_id)
        _check_products(conn, set(assign_ids) | set(unassign_ids))
        added = assign(conn, user_id, assign_ids)
        removed = unassign(conn, user_id, set(unassign_ids) - added)
        if not added and not removed:
            return {}
        item = outbox.enqueue(conn, kind=ASSIGN_KIND, method="POST", path=f"/users/{user_id}/assignments",
                              body={"assign": sorted(added), "unassign": sorted(removed),
                                    "_added": sorted(added), "_removed": sorted(removed), "_email": row.email},
                              entity=USER_ENTITY, entity_id=user_id, group_key=group_key(user_id),
                              summary=f"Machines of {row.email}: +{len(added)} −{len(removed)}")
    return {USER_ENTITY: {user_id}, "outbox": {str(item.seq)}}


def _user(conn: Connection, user_id: str):
    row = conn.execute(select(users).where(users.c.id == user_id)).first()
    if row is None:
        raise UserInputError([Problem("user", problems.USER_UNKNOWN)])
    return row


def _other_active_admins(conn: Connection, user_id: str) -> int:
    return conn.execute(select(func.count()).select_from(users).where(
        users.c.role == "admin", users.c.active == 1, users.c.id != user_id)).scalar_one()


def _check_products(conn: Connection, product_ids: Iterable[str]) -> None:
    wanted = set(product_ids)
    if not wanted:
        return
    known = set(conn.execute(select(products.c.id).where(products.c.id.in_(wanted))).scalars())
    if unknown := sorted(wanted - known):
        raise UserInputError([Problem("products", problems.USER_PRODUCT_UNKNOWN, {"id": unknown[0]})])


def _change_summary(row, wanted: dict) -> str:
    parts = []
    if "role" in wanted:
        parts.append(f"role {wanted['role']}")
    if "active" in wanted:
        parts.append("reactivate" if wanted["active"] else "deactivate")
    return f"User {row.email}: {', '.join(parts)}"
