"""The signed-in user's own preferences: for now whether their new cases send e-mail updates unless they say."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from portal.db import users


def email_updates_default(conn: Connection, user_id: str) -> bool:
    value = conn.execute(select(users.c.email_updates_default).where(users.c.id == user_id)).scalar_one_or_none()
    return True if value is None else bool(value)


def set_email_updates_default(conn: Connection, user_id: str, on: bool) -> None:
    """Not a feed change: the user's own `/v1/me` is read at every pull, and no one else sees it."""
    conn.execute(update(users).where(users.c.id == user_id).values(email_updates_default=int(on)))
