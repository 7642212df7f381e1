"""The desktop's `sync.progress.Progress`: a long job reports and checks for cancellation through it on a worker
thread, and the UI thread sees its reports and partial results as signals and cancels it from a Cancel button.

Make it on the UI thread, so that its signals reach their slots there, queued behind the worker's emit, and hand it
to the job with `Task(fn, ...).with_progress(progress)`; `desktop.views.widgets.progress_dialog` shows it. Give it no
parent that may be deleted while the job runs (a window closed mid-job): the job reports to it until the end, and
the Task keeps it alive until then.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from sync import progress as sync_progress

REPORT_INTERVAL_S = 0.1
"""A bar redrawn more than ten times a second looks no smoother; a job that reports every row would otherwise flood
the UI thread's event queue with more signals than it can paint."""


class Progress(QObject):
    progressed = Signal("qint64", "qint64", str)  # done, total (0: not known), text ("": keep the caller's label)
    partial_result = Signal(object)               # whatever the job delivers before it is done, in order
    finished = Signal()                           # the job ended, whatever the outcome (the Task emits it)

    def __init__(self, parent: QObject | None = None, *, interval_s: float = REPORT_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._interval_s = interval_s
        self._clock = clock
        self._last_sent = -math.inf
        self._held: tuple[int, int, str] | None = None

    @Slot()
    def cancel(self) -> None:
        """From the UI thread (a Cancel button): the job sees it at its next `check()`."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `sync.progress.Cancelled` if the user asked the job to stop."""
        sync_progress.check(self)

    def report(self, done: int, total: int, text: str = "") -> None:
        """From the job's thread. Sent at most once per interval; the final report (`done` reaching `total`) is
        always sent, and one held back is sent by `flush()` when the job returns."""
        self._held = (done, total, text)
        now = self._clock()
        if 0 < total <= done or now - self._last_sent >= self._interval_s:
            self._send(now)

    def flush(self) -> None:
        if self._held is not None:
            self._send(self._clock())

    def deliver(self, result: Any) -> None:
        """From the job's thread: hand over a piece of the result now (e.g. a page of rows) without waiting for
        the end. The job should deliver in batches; each one is a signal."""
        self.partial_result.emit(result)

    def _send(self, now: float) -> None:
        done, total, text = self._held
        self._held = None
        self._last_sent = now
        self.progressed.emit(done, total, text)
