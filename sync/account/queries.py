"""Read-side of the account: who is signed in, and to which account."""

from __future__ import annotations

from sqlalchemy import Engine, select

from sync.account.records import AccountRow, UserRow
from sync.cache.schema import account, me


def current_user(engine: Engine) -> UserRow | None:
    with engine.connect() as conn:
        row = conn.execute(select(me).where(me.c.id == 1)).mappings().first()
    if row is None:
        return None
    return UserRow(id=row["user_id"], email=row["email"], name=row["name"], role=row["role"],
                   account_id=row["account_id"])


def current_account(engine: Engine) -> AccountRow | None:
    with engine.connect() as conn:
        row = conn.execute(select(account)).mappings().first()
    return AccountRow(**row) if row else None
