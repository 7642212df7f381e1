"""The signed-in user (`me`), the account and its users from the portal into the cache."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select

from domain.account import ACCOUNT_FIELDS
from domain.wire import Account, Me, User
from sync.account.account_edits import ACCOUNT_EDIT
from sync.account.preferences import ME_PATCH_KIND
from sync.cache.changed import Changed, merge_changed
from sync.cache.schema import account, me, outbox, users
from sync.cache.upsert import upsert
from sync.edits.overlay import lay_over


def upsert_me(conn: Connection, who: Me) -> Changed:
    """The portal's view of the signed-in user, except a preference we changed and have not sent yet (it wins)."""
    unsent = _unsent_preferences(conn)
    row = {"id": 1, "user_id": who.user.id, "email": who.user.email, "name": who.user.name, "role": who.user.role,
           "account_id": who.user.account_id,
           "email_updates_default": int(bool(unsent.get("email_updates_default", who.email_updates_default))),
           "language": unsent.get("language", who.language)}
    upsert(conn, me, row)
    changed = merge_changed(upsert_account(conn, who.account), lay_over(conn, ACCOUNT_EDIT, who.account.id))
    return changed | {"me": {"1"}} | upsert_user(conn, who.user)


def _unsent_preferences(conn: Connection) -> dict[str, object]:
    """Each preference as the newest unsent `me.patch` that names it sets it (items may carry one or both)."""
    bodies = conn.execute(select(outbox.c.body_json).where(outbox.c.kind == ME_PATCH_KIND,
                                                           outbox.c.state.in_(("queued", "sending")))
                          .order_by(outbox.c.seq.desc())).scalars()
    found: dict[str, object] = {}
    for body in bodies:
        found = {**json.loads(body), **found}
    return {key: value for key, value in found.items() if not key.startswith("_")}


def upsert_account(conn: Connection, item: Account) -> Changed:
    """The portal's account as it is. The feed's account entity is guarded by `sync.edits` (an edit of ours still
    waiting is laid over it again); `upsert_me` does the same for the account a `/v1/me` brings."""
    upsert(conn, account, item.model_dump(include={"id", "name", "org_number", "time_zone", "version",
                                                   *ACCOUNT_FIELDS}))
    return {"account": {item.id}}


def upsert_user(conn: Connection, item: User) -> Changed:
    upsert(conn, users, item.model_dump(include={"id", "email", "name", "role", "account_id"}))
    return {"user": {item.id}}


def delete_account(conn: Connection, account_id: str) -> Changed:
    conn.execute(delete(account).where(account.c.id == account_id))
    return {"account": {account_id}}


def reset_account(conn: Connection) -> Changed:
    """The account goes; the signed-in user's own row (`me`) stays (the users are the users feature's to reset). An
    edit of the account still waiting stays in the queue and is laid over the account again when the feed brings it
    back (`sync.edits`)."""
    conn.execute(delete(account))
    return {"account": None}
