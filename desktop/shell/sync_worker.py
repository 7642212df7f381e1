"""The sync thread: a `SyncWorker` living in its own QThread runs `SyncEngine.run_once` rounds; a `SyncController` on
the UI thread starts, asks and stops it.

The worker creates the engine (and so its HTTP session) and its timers inside its thread, never touches a widget and
reports only through signals. A round runs at start, every `interval` minutes (every 30 seconds for ten minutes after
a case or reply went out, while an answer may come any moment), on `request_sync()` (F5), when the round's
`next_retry_at` comes (a queued item's retry, or while offline the next probe of the portal, even with nothing queued,
so the status bar says Online soon after the portal is back) and when the network comes back (QNetworkInformation, if a backend
loads; otherwise the periodic timer covers it).

    controller = SyncController(workspace, interval_minutes=15)
    controller.sync_finished.connect(on_report)
    controller.start()
    ...
    controller.stop()   # at sign-out or quit: cancels the round and waits for the thread (bounded)
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

if TYPE_CHECKING:
    from sync.engine.rounds import SyncEngine, SyncReport
    from sync.session.workspace import Workspace

log = logging.getLogger(__name__)

MIN_RETRY_DELAY_S = 5.0
PROGRESS_INTERVAL_S = 0.1
CONVERSATION_ROUND_S = 30
STOP_TIMEOUT_MS = 8_000


class SyncWorker(QObject):
    """Lives in the sync thread. Create it without a parent and move it there (`SyncController` does)."""

    sync_started = Signal()
    sync_progress = Signal(str, int, int)  # stage ("push" / "pull"), done, total (0: unknown)
    sync_finished = Signal(object)         # sync.engine.rounds.SyncReport
    auth_required = Signal()

    def __init__(self, workspace: "Workspace", interval_minutes: int) -> None:
        super().__init__()
        self._workspace = workspace
        self._interval_ms = interval_minutes * 60_000
        self._cancel = threading.Event()
        self._engine: SyncEngine | None = None
        self._periodic: QTimer | None = None
        self._retry: QTimer | None = None
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Thread-safe: the running round stops at its next check and no new round starts."""
        self._cancel.set()

    @Slot()
    def begin(self) -> None:
        """First slot run in the sync thread: make the engine and timers here, then sync."""
        from sync.engine.rounds import SyncEngine  # noqa: PLC0415 - keeps `requests` off the UI thread's start-up path
        self._engine = SyncEngine(self._workspace)
        self._periodic = QTimer(self)
        self._periodic.setInterval(self._interval_ms)
        self._periodic.timeout.connect(self.sync_now)
        self._periodic.start()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        if self._cancel.is_set() or self._engine is None:
            return
        self._retry.stop()
        self.sync_started.emit()
        report = self._run_round()
        if self._cancel.is_set():
            return
        self._periodic.start(self.next_round_ms())  # the interval counts from the last round
        self._schedule_retry(report)
        self.sync_finished.emit(report)
        if report.auth_required:
            self.auth_required.emit()

    def next_round_ms(self) -> int:
        """The chosen interval; every `CONVERSATION_ROUND_S` while the user waits for the service desk's answer to a
        case or reply just sent (`sync.cases.requests.in_conversation`)."""
        from sync.cases.requests import in_conversation  # noqa: PLC0415 - with the engine, off the start-up path
        if in_conversation(self._workspace.engine, datetime.now(timezone.utc)):
            return min(self._interval_ms, CONVERSATION_ROUND_S * 1000)
        return self._interval_ms

    @Slot(int)
    def set_interval(self, minutes: int) -> None:
        self._interval_ms = minutes * 60_000
        if self._periodic is not None:
            self._periodic.setInterval(self._interval_ms)

    @Slot(QNetworkInformation.Reachability)
    def on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            log.info("The network is back; syncing")
            self.sync_now()

    @Slot()
    def shutdown(self) -> None:
        """Last slot run in the sync thread: stop the timers and close the HTTP session made here."""
        for timer in (self._periodic, self._retry):
            if timer is not None:
                timer.stop()
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.thread().quit()

    def _run_round(self) -> "SyncReport":
        from sync.engine.rounds import SyncReport  # noqa: PLC0415
        try:
            return self._engine.run_once(progress=self._progress, cancelled=self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - a bug in a round is logged; the next round tries again
            log.exception("Sync round failed unexpectedly")
            return SyncReport(online=False, error=f"{type(exc).__name__}: {exc}", error_code="sync.unexpected")

    def _progress(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self.sync_progress.emit(stage, done, total)

    def _schedule_retry(self, report: "SyncReport") -> None:
        if report.auth_required or report.next_retry_at is None:
            return
        wait_s = (report.next_retry_at - datetime.now(timezone.utc)).total_seconds()
        wait_ms = int(max(MIN_RETRY_DELAY_S, wait_s) * 1000)
        if wait_ms < self._periodic.remainingTime():
            self._retry.start(wait_ms)


class SyncController(QObject):
    """UI-thread handle on the sync thread. Its signals are the worker's, re-emitted on the UI thread."""

    sync_started = Signal()
    sync_progress = Signal(str, int, int)
    sync_finished = Signal(object)
    auth_required = Signal()

    _sync_requested = Signal()
    _interval_requested = Signal(int)
    _stop_requested = Signal()

    def __init__(self, workspace: "Workspace", *, interval_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.last_report: SyncReport | None = None
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self._worker = SyncWorker(workspace, interval_minutes)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.begin)
        self._sync_requested.connect(self._worker.sync_now)
        self._interval_requested.connect(self._worker.set_interval)
        self._stop_requested.connect(self._worker.shutdown)
        self._worker.sync_started.connect(self._on_started)
        self._worker.sync_progress.connect(self.sync_progress)
        self._worker.sync_finished.connect(self._on_finished)
        self._worker.auth_required.connect(self.auth_required)
        self._watch_network()

    def start(self) -> None:
        self._thread.start()

    def request_sync(self) -> None:
        """Sync now (F5). Ignored while a round runs: that round is already doing the same work."""
        if not self.running:
            self._sync_requested.emit()

    def set_interval(self, minutes: int) -> None:
        self._interval_requested.emit(minutes)

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Cancel and wait for the thread; True when it ended in time. Safe to call twice."""
        if not self._thread.isRunning():
            return True
        self._worker.cancel()
        self._stop_requested.emit()
        if self._thread.wait(timeout_ms):
            return True
        log.warning("The sync thread did not stop within %d ms; terminating it", timeout_ms)
        self._thread.terminate()
        return self._thread.wait(2_000)

    @Slot()
    def _on_started(self) -> None:
        self.running = True
        self.sync_started.emit()

    @Slot(object)
    def _on_finished(self, report: "SyncReport") -> None:
        self.running = False
        self.last_report = report
        self.sync_finished.emit(report)

    def _watch_network(self) -> None:
        if QNetworkInformation.instance() is None:
            QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
        info = QNetworkInformation.instance()
        if info is None:
            log.info("No network-information backend; the periodic sync covers reconnects")
            return
        info.reachabilityChanged.connect(self._worker.on_reachability)
