"""One way to run work off the UI thread (Anki's CollectionOp shape): `Task(fn).success(cb).failure(cb).run_on(pool)`.

Callbacks always run on the UI thread, carried by a queued signal; the worker never touches a widget. Work that writes
the cache goes to the single serialised database pool (`AppContext.db_pool`), so writes never race each other.

A long job takes a progress-and-cancel object: `.with_progress(progress)` passes a `desktop.progress.Progress` to `fn`
as `progress=`. A job that stops because it was cancelled (it raises `sync.progress.Cancelled`) ends with the
`.cancelled(cb)` outcome, never with the failure handler's error message.
"""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sync.progress import Cancelled

if TYPE_CHECKING:
    from desktop.progress import Progress

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the worker's outcome back there."""
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._call = (fn, args, kwargs)
        self._progress: Progress | None = None
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: Callable[[BaseException], None] = _default_failure
        self._on_cancel: Callable[[], None] = _log_cancel
        self._relay = _Relay()
        self._relay.succeeded.connect(self._deliver_success)
        self._relay.failed.connect(self._deliver_failure)
        self._relay.cancelled.connect(self._deliver_cancel)
        self.setAutoDelete(False)  # the relay must outlive run(); Python keeps the task alive via _running

    def success(self, callback: Callable[[Any], None]) -> "Task":
        """Run `callback(result)` on the UI thread when `fn` returns; several run in the order they were added (the
        context's write helper adds its broadcast first)."""
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Task":
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> "Task":
        self._on_cancel = callback
        return self

    def with_progress(self, progress: "Progress") -> "Task":
        """`fn` is called with `progress=progress`; the progress's `finished` is emitted before any outcome's
        callback runs, so a progress dialog is gone before a message about the outcome appears."""
        self._progress = progress
        return self

    def run_on(self, pool: QThreadPool) -> "Task":
        _running.add(self)
        pool.start(self)
        return self

    def run(self) -> None:  # worker thread
        fn, args, kwargs = self._call
        if self._progress is not None:
            kwargs = {**kwargs, "progress": self._progress}
        try:
            result = fn(*args, **kwargs)
        except Cancelled:
            self._relay.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the UI thread, none may vanish
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            if self._progress is not None:
                self._progress.flush()
            self._relay.succeeded.emit(result)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._end()
        for callback in self._on_success:
            callback(result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        self._end()
        self._on_failure(error)

    @Slot()
    def _deliver_cancel(self) -> None:
        self._end()
        self._on_cancel()

    def _end(self) -> None:
        _running.discard(self)
        if self._progress is not None:
            self._progress.finished.emit()


_running: set[Task] = set()


def _log_cancel() -> None:
    log.info("A background job was cancelled")


def _default_failure(error: BaseException) -> None:
    """Advice for a known failure of the cache (a full disk, a damaged file, …), the apology for a bug."""
    from desktop.views.widgets.errors import show_error  # noqa: PLC0415 - the helper itself needs no widgets
    show_error(error)


def serial_pool() -> QThreadPool:
    """A pool with one thread: work submitted to it runs one job at a time, in order."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool
