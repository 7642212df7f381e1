"""What every page needs and nothing more: the signed-in workspace, the change broadcast and the worker pools.

Pages read the cache through the `sync` feature queries with `ctx.engine` (small, indexed reads on the UI thread) and
write only through `ctx.write(...)`, which runs on the single database thread. Every operation returns what it
changed (`sync.cache.changed`); on success `write` broadcasts that once, with the initiator, before the caller's own
callbacks run (Anki's `CollectionOp` → `operation_did_execute`): every model showing an entity refreshes just those
rows, and no view announces a change by hand. A sync round's changes go out the same way (`broadcast`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Iterable

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.tasks import Task, serial_pool
from desktop.views.widgets import errors
from domain import clock
from sync.cache.changed import Changed, changes_of
from sync.cache.db import CacheHandle, cache_file

if TYPE_CHECKING:
    from sync.session.workspace import Workspace

ALL = None
"""`ids` value of `cache_changed` meaning "anything of that entity may have changed" (e.g. after a pull)."""


class AppContext(QObject):
    cache_changed = Signal(str, object)  # entity ("product", "meter_reading", "outbox", ...), frozenset of ids or ALL
    changes_broadcast = Signal(object, object)  # after the cache_changed of one write or sync: (Changed, initiator)
    sync_status_changed = Signal()       # online/offline, counts or last sync time may have changed

    def __init__(self, workspace: "Workspace", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.db_pool = serial_pool()
        self.pool = QThreadPool.globalInstance()
        errors.remember_cache_file(cache_file(workspace.engine))

    @property
    def engine(self) -> CacheHandle:
        return self.workspace.engine

    def today(self) -> date:
        """The account's calendar day (Europe/Oslo), which every meter-reading rule counts in."""
        return clock.today()

    def write(self, fn: Callable[..., Any], *args: Any, initiator: object = None, **kwargs: Any) -> Task:
        """A task that runs `fn(engine, *args, **kwargs)` on the database thread and, when it succeeds, broadcasts
        what `fn` returned it changed (`initiator`: who asked, e.g. the view). Chain, then start it:
        `ctx.write(operations.queue_reading, ...).success(on_done).failure(on_error).run_on(ctx.db_pool)`."""
        task = Task(fn, self.engine, *args, **kwargs)
        return task.success(lambda result: self.broadcast(changes_of(result), initiator=initiator))

    def broadcast(self, changed: Changed, *, initiator: object = None, pulled: bool = False) -> None:
        """Announce a write's or a sync round's changes: one `cache_changed` per entity, then `changes_broadcast`.

        With `pulled` (a sync round) every entity but the outbox is announced as ALL: a pull can bring rows a paged
        list has not loaded, and only a re-read of the list can place them."""
        for entity, ids in changed.items():
            self.notify_changed(entity, None if pulled and entity != "outbox" else ids)
        if "outbox" in changed:
            self.sync_status_changed.emit()
        if changed:
            self.changes_broadcast.emit(changed, initiator)

    def notify_changed(self, entity: str, ids: Iterable[str] | None = ALL) -> None:
        self.cache_changed.emit(entity, frozenset(ids) if ids is not None else ALL)

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """Used at shutdown and by tests: let queued writes finish."""
        return self.db_pool.waitForDone(msecs)
