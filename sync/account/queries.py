"""Read-side of the account: who is signed in, to which account, and the account's edit still in the queue."""

from __future__ import annotations

from sqlalchemy import Engine, select

from sync.account.records import AccountRow, UserRow
from sync.cache.schema import account, me, outbox
from sync.outbox import queue as outbox_queue
from sync.outbox.records import OutboxItem

ACCOUNT_EDIT_KIND = "account.edit"
"""`sync.account.account_edits.ACCOUNT_EDIT.kind`, named without importing the wire models (pydantic) on the app's
start-up path."""


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


def account_edit(engine: Engine) -> OutboxItem | None:
    """The newest edit of the account still in the queue: waiting (queued, sending) or refused; None when none is."""
    with engine.connect() as conn:
        seq = conn.execute(select(outbox.c.seq).where(outbox.c.kind == ACCOUNT_EDIT_KIND,
                                                      outbox.c.state.in_(("queued", "sending", "rejected")))
                           .order_by(outbox.c.seq.desc()).limit(1)).scalar_one_or_none()
    return outbox_queue.outbox_item(engine, seq) if seq is not None else None
