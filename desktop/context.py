"""What every page needs and nothing more: the signed-in workspace, the change broadcast and the worker pools.

Pages read the cache through the `sync` feature queries with `ctx.engine` (small, indexed reads on the UI thread) and write only
through `ctx.write(...)`, which runs on the single database thread; when a write returns, the caller (or the sync
worker) calls `ctx.notify_changed(entity, ids)` and every model showing that entity refreshes just those rows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Iterable

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.tasks import Task, serial_pool
from desktop.views.widgets import errors
from domain import clock
from sync.cache.db import CacheHandle, cache_file

if TYPE_CHECKING:
    from sync.session.workspace import Workspace

ALL = None
"""`ids` value of `cache_changed` meaning "anything of that entity may have changed" (e.g. after a pull)."""


class AppContext(QObject):
    cache_changed = Signal(str, object)  # entity ("product", "meter_reading", "outbox", ...), frozenset of ids or ALL
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

    def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """A task that runs `fn(engine, *args, **kwargs)` on the database thread. Chain, then start it:
        `ctx.write(operations.queue_reading, ...).success(on_done).failure(on_error).run_on(ctx.db_pool)`."""
        return Task(fn, self.engine, *args, **kwargs)

    def notify_changed(self, entity: str, ids: Iterable[str] | None = ALL) -> None:
        self.cache_changed.emit(entity, frozenset(ids) if ids is not None else ALL)

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """Used at shutdown and by tests: let queued writes finish."""
        return self.db_pool.waitForDone(msecs)
