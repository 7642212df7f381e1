"""An administrator's edit of the account's data, queued offline as one `PATCH /account` with If-Match.

The `account` row is what the Account page shows: the portal's copy (`portal_json`, as the feed, `/v1/me` or the
PATCH's answer last told it) with every edit of ours still waiting laid over it, oldest first. So the edit shows at
once (optimistic), a fresh copy from the portal never hides an edit still waiting, and a refused or discarded edit
is taken back by laying the rest over the portal's copy again (`show_account`). A refused edit (a 412: someone
changed the account since; a 422; a 403 after a role change) stays in the queue as refused, with the portal's
problem, until the user sends it again or discards it: never dropped.

If-Match is the portal version the edit was made on. An edit made while an earlier one still waits and was never
tried is folded into it (one request); when an earlier one went out first, the later ones based on the same version
move on to the version our own write made (`rebase_after_own_write`), so they are not refused for our own change.
"""

from __future__ import annotations

import json
from typing import Mapping, Sequence

from sqlalchemy import Connection, Engine, select, update

from domain import problems
from domain.account import ACCOUNT_FIELDS, account_problems, cleaned
from domain.problems import Problem
from sync.cache.changed import Changed
from sync.cache.db import writer
from sync.cache.schema import account, me, outbox
from sync.outbox import queue as outbox_queue

ACCOUNT_PATCH_KIND = "account.patch"
ACCOUNT_ENTITY = "account"
ACCOUNT_GROUP = "account"
UNSENT = ("queued", "sending")


class AccountInputError(ValueError):
    """The edit breaks a rule; `problems` says which, each with its field and code (`domain.account`), or
    `forbidden` (field "") when the signed-in user is not an administrator. No sentence: the desktop and the command
    line word them. `str()` is for logs."""

    def __init__(self, found: Sequence[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in found))
        self.problems = tuple(found)


def etag(version: int) -> str:
    return f'"{version}"'


def queue_account_edit(engine: Engine, typed: Mapping[str, str]) -> Changed:
    """Check the account as it would be with `typed` (fields of `domain.account.ACCOUNT_FIELDS`; others are
    ignored), then show it and queue it, in one transaction. Raises AccountInputError; {} when nothing changes."""
    with writer(engine).begin() as conn:
        if conn.execute(select(me.c.role).where(me.c.id == 1)).scalar_one_or_none() != "admin":
            raise AccountInputError([Problem("", problems.FORBIDDEN)])
        row = conn.execute(select(account)).mappings().first()
        if row is None:
            raise AccountInputError([Problem("", problems.NOT_FOUND)])
        wanted = {field: cleaned(field, str(value)) for field, value in typed.items() if field in ACCOUNT_FIELDS}
        found = account_problems({**{field: row[field] for field in ACCOUNT_FIELDS}, **wanted})
        if found:
            raise AccountInputError(found)
        wanted = {field: value for field, value in wanted.items() if row[field] != value}
        if not wanted:
            return {}
        seq = _queue(conn, row["id"], wanted, _portal(row)["version"])
        show_account(conn)
        return {ACCOUNT_ENTITY: {row["id"]}, "outbox": {str(seq)}}


def _queue(conn: Connection, account_id: str, wanted: dict[str, str], version: int) -> int:
    waiting = outbox_queue.queued_item(conn, ACCOUNT_PATCH_KIND, account_id)
    if waiting is not None and outbox_queue.update_body(conn, waiting.seq, {**waiting.body, **wanted}):
        return waiting.seq
    item = outbox_queue.enqueue(conn, kind=ACCOUNT_PATCH_KIND, method="PATCH", path="/account",
                                body={**wanted, "_if_match": etag(version)}, entity=ACCOUNT_ENTITY,
                                entity_id=account_id, group_key=ACCOUNT_GROUP,
                                summary="Account: " + ", ".join(wanted))
    return item.seq


def show_account(conn: Connection) -> Changed:
    """Lay every edit of ours still waiting over the portal's copy and write the result into the `account` row."""
    row = conn.execute(select(account)).mappings().first()
    if row is None:
        return {}
    shown = {field: value for field, value in _portal(row).items() if field in (*ACCOUNT_FIELDS, "version")}
    for body in _unsent_bodies(conn):
        shown.update({field: value for field, value in body.items() if field in ACCOUNT_FIELDS})
    conn.execute(update(account).where(account.c.id == row["id"]).values(**shown))
    return {ACCOUNT_ENTITY: {row["id"]}}


def store_portal_copy(conn: Connection, data: Mapping[str, object]) -> Changed:
    """The portal's account (as `domain.wire.Account` dumps it): kept as its copy, then shown with our edits."""
    values = {field: data.get(field, "") for field in ACCOUNT_FIELDS}
    values["time_zone"] = data.get("time_zone") or "Europe/Oslo"
    values["version"] = int(data.get("version") or 0)
    portal = {**values, "id": data["id"]}
    found = conn.execute(select(account.c.id).where(account.c.id == data["id"])).scalar_one_or_none()
    if found is None:
        conn.execute(account.insert().values(**portal, portal_json=json.dumps(portal, sort_keys=True)))
    else:
        conn.execute(update(account).where(account.c.id == data["id"])
                     .values(**values, portal_json=json.dumps(portal, sort_keys=True)))
    show_account(conn)
    return {ACCOUNT_ENTITY: {str(data["id"])}}


def rebase_after_own_write(conn: Connection, based_on: int, now_at: int) -> None:
    """Our edit moved the portal from `based_on` to `now_at`: the edits still queued (never tried) that were made on
    `based_on` too are made on `now_at` now, so the portal does not refuse them for our own change."""
    if based_on == now_at:
        return
    rows = conn.execute(select(outbox.c.seq, outbox.c.body_json).where(
        outbox.c.kind == ACCOUNT_PATCH_KIND, outbox.c.state == "queued")).all()
    for seq, body_json in rows:
        body = json.loads(body_json)
        if body.get("_if_match") == etag(based_on):
            outbox_queue.update_body(conn, seq, {**body, "_if_match": etag(now_at)})


def portal_version(conn: Connection) -> int:
    row = conn.execute(select(account)).mappings().first()
    return _portal(row)["version"] if row is not None else 0


def _portal(row: Mapping[str, object]) -> dict:
    """The portal's copy; a row from before migration 0013 (no copy yet) is its own copy."""
    if row["portal_json"]:
        return json.loads(row["portal_json"])
    return {key: value for key, value in row.items() if key != "portal_json"}


def _unsent_bodies(conn: Connection) -> list[dict]:
    bodies = conn.execute(select(outbox.c.body_json).where(outbox.c.kind == ACCOUNT_PATCH_KIND,
                                                           outbox.c.state.in_(UNSENT))
                          .order_by(outbox.c.seq)).scalars()
    return [json.loads(body) for body in bodies]
