"""The signed-in user's own portal preferences: the e-mail updates default that new cases start with, and the
language the service desk (and the demo agent) writes to the user in.

They are portal settings (`PATCH /v1/me`), so a change is queued like every other write: the `me` row shows it at
once (optimistic) and an outbox item carries it. The item's body keeps the value it replaced under "_from_<field>"
(body keys starting with "_" stay local, see `sync.engine.push.wire_request`), so a rejected or discarded change is
put back (`sync.account.rows.MeRows`). Until the item is sent, neither a fresh `/v1/me` (sign-in) nor the feed's "me"
entity (the user changed it on another computer) overwrites the queued choice (`sync.account.apply.upsert_me`).
A change still queued and never tried takes a newer one in place, of either field: one request for any number of
changes made offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, select, update

from sync.cache.db import writer
from sync.cache.schema import me
from sync.outbox import queue as outbox

if TYPE_CHECKING:  # the feed apply brings the wire models (pydantic): not wanted on the app's start-up path
    from sync.cache.changed import Changed

ME_PATCH_KIND = "me.patch"

PORTAL_LANGUAGES = ("nb", "en")
"""`domain.wire.LANGUAGES`, without importing the wire models (pydantic) on the app's start-up path."""

ME_ENTITY = "me"
ME_ID = "1"  # the one `me` row
ME_GROUP = "me"


def email_updates_default(engine: Engine) -> bool:
    """Whether new cases start with e-mail updates on; True (the portal's default) before the first sign-in."""
    with engine.connect() as conn:
        value = conn.execute(select(me.c.email_updates_default).where(me.c.id == 1)).scalar_one_or_none()
    return True if value is None else bool(value)


def queue_email_updates_default(engine: Engine, on: bool) -> Changed:
    """Change the default: the `me` row and one outbox item, in one transaction."""
    on = bool(on)
    with writer(engine).begin() as conn:
        current = conn.execute(select(me.c.email_updates_default).where(me.c.id == 1)).scalar_one_or_none()
        was = True if current is None else bool(current)
        conn.execute(update(me).where(me.c.id == 1).values(email_updates_default=int(on)))
        return _queue(conn, "email_updates_default", on, was,
                      summary=f"New cases: e-mail updates {'on' if on else 'off'}")


def portal_language(engine: Engine) -> str | None:
    """The language the portal writes to the user in ("nb" or "en", a queued change included); None before the first
    sign-in, or in a cache made before the portal told it."""
    with engine.connect() as conn:
        return conn.execute(select(me.c.language).where(me.c.id == 1)).scalar_one_or_none()


def queue_language(engine: Engine, language: str) -> Changed:
    """Tell the portal the language the user reads the app in (`PORTAL_LANGUAGES`: "nb" or "en"), so its service desk
    answers in it. Nothing is queued when the portal already has it (or a queued change says so already) or before
    the first sign-in (no `me` row); so calling it at every sign-in and every change of the setting sends one
    request for each real change, offline too."""
    if language not in PORTAL_LANGUAGES:
        raise ValueError(f"not a portal language: {language!r}")
    with writer(engine).begin() as conn:
        found = conn.execute(select(me.c.language).where(me.c.id == 1)).first()
        if found is None or found.language == language:
            return {}
        conn.execute(update(me).where(me.c.id == 1).values(language=language))
        return _queue(conn, "language", language, found.language, summary=f"Service desk language: {language}")


def _queue(conn: Connection, field: str, value: object, was: object, *, summary: str) -> Changed:
    """One `me.patch` carrying `field` (and the value it replaced, to put back): the change still waiting and never
    tried takes it in place, keeping the oldest value it replaced; else a new item."""
    waiting = outbox.queued_item(conn, ME_PATCH_KIND, ME_ID)
    if waiting is not None and outbox.update_body(conn, waiting.seq,
                                                  {f"_from_{field}": was, **waiting.body, field: value}):
        return {"me": {ME_ID}, "outbox": {str(waiting.seq)}}
    item = outbox.enqueue(conn, kind=ME_PATCH_KIND, method="PATCH", path="/me",
                          body={field: value, f"_from_{field}": was}, entity=ME_ENTITY, entity_id=ME_ID,
                          group_key=ME_GROUP, summary=summary)
    return {"me": {ME_ID}, "outbox": {str(item.seq)}}
