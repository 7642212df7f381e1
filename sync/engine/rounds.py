"""One sync round: push the outbox, then pull the change feed. The app's sync thread calls `run_once` on a timer
(use `next_due_at` to pick the moment), on F5 and at start-up; the CLI calls it once. No Qt here: progress and
cancellation are plain callables the caller adapts to signals.

Push goes first so the pull brings back our own readings as the portal stored them, except when the feed starts over
(what the user may see changed, `sync.engine.access`): then the pull goes first, so that changes for machines the user
lost are refused here instead of sent. When the pull got through, items
that wait only because the portal could not be reached earlier go again in this round instead of sitting out their
backoff (the connection is back; the status bar says Online). A feature's own reads come last
(the self-help guides: one ETag'd request that is usually a 304). After a clean round `sync.engine.housekeeping` drops old sent items and
attachment files nothing refers to any more. Two rounds on the same cache
file in one process never overlap (a lock per file); across processes the outbox claim and the Idempotency-Key
keep every request exactly-once.

A round that found the portal unreachable asks for the next one on the backoff schedule (`next_retry_at`) even with
nothing queued: the app only learns that the portal is back by asking it, and the status bar must not say Offline
until the periodic round long after it came back. Those probes back off like a queued item, but wait at most
`PROBE_CAP_S`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Self

from domain.clock import utc_now
from sync.api import AuthRequired, PortalClient, PortalError, PortalUnreachable
from sync.api.backoff import Backoff
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.cache.stamps import to_iso
from sync.cache.state import set_state
from sync.engine import access
from sync.engine.housekeeping import run_housekeeping
from sync.engine.pull import DEFAULT_PAGE_SIZE, pull
from sync.engine.push import push
from sync.features import FEATURES
from sync.outbox import queue as outbox
from sync.session.workspace import Workspace

log = logging.getLogger(__name__)

PROBE_CAP_S = 60.0
"""The longest wait between two probes of an unreachable portal (the backoff's own cap is for queued work)."""

_file_locks: dict[str, threading.Lock] = {}
_file_locks_guard = threading.Lock()


@dataclass
class SyncReport:
    online: bool = True
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    auth_required: bool = False
    error: str | None = None
    error_code: str | None = None
    """What went wrong as a code (`sync.api.errors`: portal.server_error, portal.busy...; sync.unexpected for a bug);
    `error` says it in English for the log."""
    next_retry_at: datetime | None = None
    """When the next round is due: queued work to send, or (offline) the next probe of the portal; None: the caller's
    own schedule."""
    changed: Changed = field(default_factory=dict)
    """Entity → ids that changed (None: any of them), e.g. {"meter_reading": {...}, "outbox": {...}}."""
    machines_lost: int = 0
    """Machines the user no longer has access to since this round (their unsent changes were refused)."""


def next_due_at(engine) -> datetime | None:
    """When a sync round has outbox work to do next (a past moment: now); None when nothing waits."""
    return outbox.next_due_at(engine)


class SyncEngine:
    """Runs sync rounds for one workspace. Use one engine per thread; it owns its HTTP client (`close()` it)."""

    def __init__(self, workspace: Workspace, *, client: PortalClient | None = None, backoff: Backoff = Backoff(),
                 clock: Callable[[], datetime] = utc_now, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        self.workspace = workspace
        self.client = client or workspace.new_client()
        self.backoff = backoff
        self.clock = clock
        self.page_size = page_size
        self._offline_rounds = 0  # in a row: how far the probes of an unreachable portal have backed off

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def run_once(self, *, progress: Callable[[str, int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> SyncReport:
        progress = progress or (lambda _stage, _done, _total: None)
        cancelled = cancelled or (lambda: False)
        with _lock_for(str(self.workspace.cache_file)):
            report = SyncReport()
            try:
                self._round(report, progress, cancelled)
            except AuthRequired as exc:
                report.auth_required, report.error, report.error_code = True, str(exc), exc.code
            except PortalUnreachable as exc:
                report.online, report.error, report.error_code = False, str(exc), exc.code
            except PortalError as exc:
                report.error, report.error_code = str(exc), exc.code
            self._record(report)
            if _clean(report) and not cancelled():
                merge_changed(report.changed, run_housekeeping(self.workspace.engine, self.workspace.data_dir,
                                                               now=self.clock()).changed)
            report.next_retry_at = self._next_round_at(report)
            return report

    def _next_round_at(self, report: SyncReport) -> datetime | None:
        """The outbox's next due item; while offline no later than the next probe of the portal."""
        due = next_due_at(self.workspace.engine)
        if report.online:
            self._offline_rounds = 0
            return due
        probes = replace(self.backoff, cap=min(self.backoff.cap, PROBE_CAP_S))
        probe = self.clock() + timedelta(seconds=probes.delay(self._offline_rounds))
        self._offline_rounds += 1
        return probe if due is None else min(due, probe)

    def _round(self, report: SyncReport, progress, cancelled) -> None:
        engine = self.workspace.engine
        pull_first = access.feed_starts_over(engine, self.client, self.clock())
        if pull_first:  # what the user may see changed: nothing for a machine they lost may go out
            self._pull(report, progress, cancelled)
        if not self._push(report, progress, cancelled):
            return
        if not pull_first:
            self._pull(report, progress, cancelled)
        if outbox.retry_unreachable(engine) and not cancelled():  # the portal answers again: no backoff to sit out
            self._push(report, progress, cancelled)
        for feature in FEATURES:  # e.g. the self-help guides
            if feature.pull is not None and not cancelled():
                merge_changed(report.changed, feature.pull(engine, self.client))

    def _pull(self, report: SyncReport, progress, cancelled) -> None:
        pulled = pull(self.workspace.engine, self.client, page_size=self.page_size, progress=progress,
                      cancelled=cancelled)
        report.pulled += pulled.pulled
        report.machines_lost += pulled.machines_lost
        merge_changed(report.changed, pulled.changed)

    def _push(self, report: SyncReport, progress, cancelled) -> bool:
        """Send what is due into `report`; False when the round must end here (offline, or signed out)."""
        pushed = push(self.workspace.engine, self.client, backoff=self.backoff, now=self.clock, progress=progress,
                      cancelled=cancelled, data_dir=self.workspace.data_dir)
        report.pushed += pushed.pushed
        report.rejected += pushed.rejected
        if pushed.error is not None or pushed.auth_required:
            report.auth_required, report.error = pushed.auth_required, pushed.error
            report.error_code = pushed.error_code
        merge_changed(report.changed, pushed.changed)
        if pushed.offline_error:
            report.online = False
        return not (pushed.offline_error or pushed.auth_required)

    def _record(self, report: SyncReport) -> None:
        clean = _clean(report)
        with writer(self.workspace.engine).begin() as conn:
            if clean:
                set_state(conn, "last_sync_at", to_iso(self.clock()))
            set_state(conn, "last_error", report.error)


def _clean(report: SyncReport) -> bool:
    return report.online and not report.auth_required and report.error is None


def _lock_for(path: str) -> threading.Lock:
    with _file_locks_guard:
        return _file_locks.setdefault(path, threading.Lock())
