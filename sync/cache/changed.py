"""What a write or a sync touched, per cache table: the app turns it into `cache_changed` signals. A module of its
own so that light callers (the case operations the app loads with its cases page) need not load the wire models."""

from __future__ import annotations

Changed = dict[str, set[str] | None]
"""Cache table → the ids touched there, or None for "anything in that table"."""


def merge_changed(into: Changed, changed: Changed) -> Changed:
    """Add `changed` to `into` (None, "everything in that table", wins over any set of ids)."""
    for table, ids in changed.items():
        if table in into and into[table] is None:
            continue
        into[table] = None if ids is None else (into.get(table) or set()) | ids
    return into
