"""The signed-in user's own preferences: whether their new cases send e-mail updates unless they say, and the
language the service desk writes to them in.

A change is a feed change of the entity "me" (the user's `Me`, which only they see: `portal.changes`), so the
user's other computers learn it at their next pull, not only at their next sign-in.
"""

from __future__ import annotations

from sqlalchemy import Connection, update

from portal.auth import Principal
from portal.changes import ChangeRecord, record
from portal.db import users


def set_email_updates_default(conn: Connection, principal: Principal, on: bool) -> None:
    conn.execute(update(users).where(users.c.id == principal.user_id).values(email_updates_default=int(on)))
    record(conn, [ChangeRecord(principal.account_id, "me", principal.user_id)])


def set_language(conn: Connection, principal: Principal, language: str) -> None:
    conn.execute(update(users).where(users.c.id == principal.user_id).values(language=language))
    record(conn, [ChangeRecord(principal.account_id, "me", principal.user_id)])
