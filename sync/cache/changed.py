"""What a write or a sync touched, per entity: the app broadcasts it as `cache_changed` signals. A module of its
own so that light callers (the case operations the app loads with its cases page) need not load the wire models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

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


T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """An operation's result together with what it changed: the app's one write helper broadcasts `changed` on
    success (`desktop.context.AppContext.write`), so no view announces a change by hand."""
    value: T
    changed: Changed


def changes_of(result: object) -> Changed:
    """What an operation's result says it changed: a `Changed` itself, or the `changed` of a `Written` (or of any
    result that carries one, like a batch of readings); {} for a result that changed nothing."""
    if isinstance(result, dict):
        return result
    changed = getattr(result, "changed", None)
    return changed if isinstance(changed, dict) else {}
