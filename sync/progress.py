"""What a long job (a file import, a report, an export, a network collection) is handed so that it can say how far it
got and notice that the user gave up — without knowing who is watching. The desktop passes a Qt-backed object
(`desktop.progress.Progress`), the CLI and the tests pass `NO_PROGRESS` or a plain object of their own.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def report(self, done: int, total: int) -> None:
        """`done` of `total` steps are finished; `total` 0 means "not known yet". Call as often as you like: the
        receiver throttles."""

    def cancelled(self) -> bool:
        """True once the user asked the job to stop; safe to call from any thread, cheap enough for every row."""


class Cancelled(Exception):
    """The job stopped because it was asked to. It is an outcome, not a failure: nothing is reported to the user
    as an error, and a job raising it must leave nothing half-written behind (stop before or roll back)."""


def check(progress: Progress) -> None:
    """Raise `Cancelled` if the user asked the job to stop: the one line a job's loop needs."""
    if progress.cancelled():
        raise Cancelled()


class _NoProgress:
    """For callers nobody watches: reports go nowhere and the job is never cancelled."""

    def report(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


NO_PROGRESS: Progress = _NoProgress()
