"""The progress protocol a long `sync` job takes: `check` turns a cancellation into `Cancelled`, and the stand-in
for callers nobody watches never cancels."""

import pytest

from sync.progress import NO_PROGRESS, Cancelled, check


class Watched:
    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []
        self.stop = False

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return self.stop


def count_rows(rows, progress):
    """A job of the shape the protocol is for."""
    for done, _row in enumerate(rows, start=1):
        check(progress)
        progress.report(done, len(rows))
    return len(rows)


def test_a_job_reports_to_a_plain_object():
    progress = Watched()
    assert count_rows("abc", progress) == 3
    assert progress.reports == [(1, 3), (2, 3), (3, 3)]


def test_check_raises_cancelled_once_the_caller_asks_to_stop():
    progress = Watched()
    progress.stop = True
    with pytest.raises(Cancelled):
        count_rows("abc", progress)
    assert progress.reports == []


def test_no_progress_never_cancels_and_swallows_reports():
    assert count_rows("abcd", NO_PROGRESS) == 4
    assert NO_PROGRESS.cancelled() is False
