"""Pending edits laid over the cached row: after the feed (or an answer) wrote the portal's copy, each edit still to
be sent is applied again in order, and a copy newer than an edit's base is kept as the portal's values ("theirs")
for the conflict the portal will answer that edit with."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from sqlalchemy import Connection

from sync.cache.changed import Changed, merge_changed
from sync.edits import store
from sync.feature_spec import EditableEntity, FeedEntity, FeedPage

Upsert = Callable[[Connection, dict, FeedPage], Changed]


def guarded(spec: EditableEntity, feed: FeedEntity) -> FeedEntity:
    """The feed entity of `spec`, its upsert followed by `lay_over` (the entity's id is its data's "id")."""
    def upsert(conn: Connection, data: dict, page: FeedPage) -> Changed:
        return merge_changed(feed.upsert(conn, data, page), lay_over(conn, spec, str(data["id"])))
    return replace(feed, upsert=upsert)


def lay_over(conn: Connection, spec: EditableEntity, entity_id: str) -> Changed:
    """The cached row holds the portal's copy: keep it as "theirs" where it is newer than an edit's base, then put
    every pending edit back over it."""
    rows = store.rows_of(conn, spec.entity, entity_id)
    cached = spec.read(conn, entity_id) if rows else None
    if cached is None:
        return {}
    version, values = cached
    for row in rows:
        if version > row.base_version and (row.theirs_version is None or version >= row.theirs_version):
            store.save(conn, replace(row, theirs_version=version, theirs=dict(values)))
        spec.write(conn, entity_id, row.mine)
    return {spec.entity: {entity_id}, store.BROADCAST: {str(r.seq) for r in rows}}


def put_back(conn: Connection, spec: EditableEntity, row: store.EditRow, values: dict[str, Any]) -> Changed:
    """An edit is gone (discarded, or the portal's values taken): its fields get `values`, and the entity's other
    pending edits are laid over them again."""
    spec.write(conn, row.entity_id, {name: values[name] for name in row.mine})
    for later in store.rows_of(conn, spec.entity, row.entity_id):
        spec.write(conn, row.entity_id, later.mine)
    return {spec.entity: {row.entity_id}, store.BROADCAST: {str(row.seq)}}
