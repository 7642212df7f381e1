"""The signed-in user's own portal preferences: for now the e-mail updates default that new cases start with.

It is a portal setting (`PATCH /v1/me`), so a change is queued like every other write: the `me` row shows it at
once (optimistic) and an outbox item carries it. The item's body keeps the value it replaced under
"_from_email_updates_default" (body keys starting with "_" stay local, see `sync.engine.push.wire_request`), so a rejected
or discarded change is put back (`sync.account.rows.MeRows`). Until the item is sent, neither a fresh `/v1/me` (sign-in)
nor the feed's "me" entity (the user changed it on another computer) overwrites the queued choice
(`sync.account.apply.upsert_me`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update

from sync.cache.db import writer
from sync.cache.schema import me
from sync.outbox import queue as outbox

if TYPE_CHECKING:  # the feed apply brings the wire models (pydantic): not wanted on the app's start-up path
    from sync.cache.changed import Changed

ME_PATCH_KIND = "me.patch"

ME_ENTITY = "me"
ME_ID = "1"  # the one `me` row
ME_GROUP = "me"


def email_updates_default(engine: Engine) -> bool:
    """Whether new cases start with e-mail updates on; True (the portal's default) before the first sign-in."""
    with engine.connect() as conn:
        value = conn.execute(select(me.c.email_updates_default).where(me.c.id == 1)).scalar_one_or_none()
    return True if value is None else bool(value)


def queue_email_updates_default(engine: Engine, on: bool) -> Changed:
    """Change the default: the `me` row and one outbox item, in one transaction. A change still waiting in the queue
    and never tried takes the new value instead (one request for any number of toggles while offline)."""
    on = bool(on)
    with writer(engine).begin() as conn:
        current = conn.execute(select(me.c.email_updates_default).where(me.c.id == 1)).scalar_one_or_none()
        was = True if current is None else bool(current)
        conn.execute(update(me).where(me.c.id == 1).values(email_updates_default=int(on)))
        waiting = outbox.queued_item(conn, ME_PATCH_KIND, ME_ID)
        if waiting is not None and outbox.update_body(conn, waiting.seq, {**waiting.body, "email_updates_default": on}):
            return {"me": {ME_ID}, "outbox": {str(waiting.seq)}}
        item = outbox.enqueue(
            conn, kind=ME_PATCH_KIND, method="PATCH", path="/me",
            body={"email_updates_default": on, "_from_email_updates_default": was},
            entity=ME_ENTITY, entity_id=ME_ID, group_key=ME_GROUP,
            summary=f"New cases: e-mail updates {'on' if on else 'off'}")
        return {"me": {ME_ID}, "outbox": {str(item.seq)}}
