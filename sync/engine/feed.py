"""Write a page of the portal's change feed into the cache, through the feature that declares each entity
(`sync.features`).

All functions take an open connection: the caller's transaction makes one feed page and its cursor atomic. Each
returns what it touched, for `SyncReport.changed`.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection

from domain.wire import Change, ChangePage
from sync.cache.changed import Changed, merge_changed
from sync.engine import access
from sync.feature_spec import EntityHook, FeedPage
from sync.features import FEATURES, FEED

log = logging.getLogger(__name__)

def _hooks(field: str) -> dict[str, list[EntityHook]]:
    """Entity → the hooks the features declare on it under `field` ("before_upsert" or "after_delete")."""
    found: dict[str, list[EntityHook]] = {}
    for feature in FEATURES:
        for entity, hook in getattr(feature, field).items():
            found.setdefault(entity, []).append(hook)
    return found


_BEFORE_UPSERT = _hooks("before_upsert")
_AFTER_DELETE = _hooks("after_delete")


def apply_page(conn: Connection, page: ChangePage, *, notify: bool = True) -> Changed:
    """Apply one page of the change feed. On `reset` the replica is emptied first (see `reset_replica`).

    With `notify` (and not on a reset page) what the page brings that the user should hear about (an agent's reply,
    a state change) also becomes a notice, in this transaction; the first full sync passes False so the whole
    history does not flood the tray."""
    changed: Changed = reset_replica(conn) if page.reset else {}
    feed_page = FeedPage(notify=notify and not page.reset)
    for change in page.changes:
        merge_changed(changed, apply_change(conn, change, feed_page))
    for feature in FEATURES:
        if feature.after_page is not None:
            merge_changed(changed, feature.after_page(conn, feed_page))
    return changed


def apply_change(conn: Connection, change: Change, page: FeedPage | None = None) -> Changed:
    """Apply one change. An entity this version does not cache (the feed grows with the portal: cases arrived before
    this client had a cases page) is skipped, never an error: one unknown kind must not stop every pull."""
    entity = FEED.get(change.entity)
    if entity is None:
        log.debug("Skipping a %s of %s %s: not cached by this version", change.op, change.entity, change.id)
        return {}
    changed: Changed = {}
    if change.op == "delete":
        merge_changed(changed, entity.delete(conn, change.id))
        for hook in _AFTER_DELETE.get(change.entity, ()):
            merge_changed(changed, hook(conn, change.id))
        return changed
    data = change.data or {}
    for hook in _BEFORE_UPSERT.get(change.entity, ()):
        merge_changed(changed, hook(conn, data))
    return merge_changed(changed, entity.upsert(conn, data, page or FeedPage(notify=False)))


def reset_replica(conn: Connection) -> Changed:
    """Drop every cached entity, but keep our own unsent rows: they belong to the outbox, not to the replica. What
    was cached is remembered first, to tell at the feed's end which machines the user lost (`sync.engine.access`)."""
    access.remember(conn)
    changed: Changed = {}
    for feature in FEATURES:
        if feature.reset is not None:
            merge_changed(changed, feature.reset(conn))
    return changed
