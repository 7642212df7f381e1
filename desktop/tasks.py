"""One way to run work off the UI thread (Anki's CollectionOp shape): `Task(fn).success(cb).failure(cb).run_on(pool)`.

Callbacks always run on the UI thread, carried by a queued signal; the worker never touches a widget. Work that writes
the cache goes to the single serialised database pool (`AppContext.db_pool`), so writes never race each other.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the worker's outcome back there."""
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._call = (fn, args, kwargs)
        self._relay = _Relay()
        self._on_failure: Callable[[BaseException], None] = _default_failure
        self._relay.failed.connect(self._deliver_failure)
        self.setAutoDelete(False)  # the relay must outlive run(); Python keeps the task alive via _running

    def success(self, callback: Callable[[Any], None]) -> "Task":
        self._relay.succeeded.connect(callback)
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Task":
        self._on_failure = callback
        return self

    def run_on(self, pool: QThreadPool) -> "Task":
        _running.add(self)
        self._relay.succeeded.connect(lambda _result: _running.discard(self))
        self._relay.failed.connect(lambda _error: _running.discard(self))
        pool.start(self)
        return self

    def run(self) -> None:  # worker thread
        fn, args, kwargs = self._call
        try:
            result = fn(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the UI thread, none may vanish
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        self._on_failure(error)


_running: set[Task] = set()


def _default_failure(error: BaseException) -> None:
    from desktop.views.widgets.errors import show_unexpected_error
    show_unexpected_error(error)


def serial_pool() -> QThreadPool:
    """A pool with one thread: work submitted to it runs one job at a time, in order."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool
