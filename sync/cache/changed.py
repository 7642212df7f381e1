"""What a write or a sync touched, per entity: the app broadcasts it as `cache_changed` signals. A module of its
own so that light callers (the case operations the app loads with its cases page) need not load the wire models."""

from __future__ import annotations

Changed = dict[str, set[str] | None]
"""Entity ("meter_reading", "case", "outbox", ...: the names of the feed and of `cache_changed`) → the ids touched,
or None for "anything of that entity"."""


def merge_changed(into: Changed, changed: Changed) -> Changed:
    """Add `changed` to `into` (None, "anything of that entity", wins over any set of ids)."""
    for table, ids in changed.items():
        if table in into and into[table] is None:
            continue
        into[table] = None if ids is None else (into.get(table) or set()) | ids
    return into
