"""The background helper: outcomes reach the UI thread, a long job's progress and partial results arrive there
throttled and in order, and a cancelled job ends with its own outcome, never with an error message."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThreadPool

from desktop import tasks
from desktop.progress import Progress
from desktop.tasks import Task


@pytest.fixture
def pool(qapp):
    pool = QThreadPool()
    yield pool
    assert pool.waitForDone(5000)


@pytest.fixture
def no_error_dialog(monkeypatch):
    """The default failure handler would open a message box; a test that expects none fails loudly instead."""
    monkeypatch.setattr(tasks, "_default_failure", lambda error: pytest.fail(f"failure handler called: {error!r}"))


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_reports_are_throttled_but_the_first_and_the_final_always_go_out(qapp):
    clock = FakeClock()
    progress = Progress(clock=clock)
    sent = []
    progress.progressed.connect(lambda done, total, text: sent.append((done, total, text)))
    for done, at in ((0, 0.0), (1, 0.03), (2, 0.06), (3, 0.11), (4, 0.12), (10, 0.13)):
        clock.now = 100.0 + at
        progress.report(done, 10, f"row {done}")
    assert sent == [(0, 10, "row 0"), (3, 10, "row 3"), (10, 10, "row 10")]


def test_flush_sends_the_report_the_throttle_held_back(qapp):
    clock = FakeClock()
    progress = Progress(clock=clock)
    sent = []
    progress.progressed.connect(lambda done, total, _text: sent.append((done, total)))
    progress.report(1, 0)
    progress.report(2, 0)
    progress.flush()
    progress.flush()
    assert sent == [(1, 0), (2, 0)]


def test_counts_beyond_32_bits_are_carried(qapp):
    progress = Progress()
    sent = []
    progress.progressed.connect(lambda done, total, _text: sent.append((done, total)))
    progress.report(5_000_000_000, 6_000_000_000)
    assert sent == [(5_000_000_000, 6_000_000_000)]


def test_progress_and_partial_results_reach_the_ui_thread_in_order(qtbot, pool, no_error_dialog):
    progress = Progress(interval_s=0)
    seen = []
    progress.progressed.connect(lambda done, total, _t: seen.append(("report", done, threading.current_thread())))
    progress.partial_result.connect(lambda rows: seen.append(("rows", rows, threading.current_thread())))

    def job(*, progress):
        for page in range(3):
            progress.deliver([page * 2, page * 2 + 1])
            progress.report(page + 1, 3)
        return "done"

    with qtbot.waitCallback() as finished:
        Task(job).with_progress(progress).success(finished).run_on(pool)
    finished.assert_called_with("done")
    assert [(kind, value) for kind, value, _thread in seen] == [
        ("rows", [0, 1]), ("report", 1), ("rows", [2, 3]), ("report", 2), ("rows", [4, 5]), ("report", 3)]
    assert {thread for *_rest, thread in seen} == {threading.main_thread()}


def test_a_cancelled_job_ends_with_the_cancelled_outcome_not_a_failure(qtbot, pool, no_error_dialog):
    progress = Progress()
    started, release = threading.Event(), threading.Event()
    outcomes = []

    def job(*, progress):
        started.set()
        assert release.wait(5)
        progress.check()
        return "finished anyway"

    task = (Task(job).with_progress(progress).success(lambda result: outcomes.append(result))
            .cancelled(lambda: outcomes.append("cancelled")))
    task.run_on(pool)
    assert started.wait(5)
    progress.cancel()
    with qtbot.waitSignal(progress.finished):
        release.set()
    assert progress.cancelled() and outcomes == ["cancelled"]
    assert task not in tasks._running


def test_a_job_cancelled_without_a_callback_is_only_logged(qtbot, pool, no_error_dialog, caplog, monkeypatch):
    monkeypatch.setattr(tasks.log, "disabled", False)  # import-linter's logging set-up disables existing loggers
    caplog.set_level(logging.INFO, logger="desktop.tasks")
    progress = Progress()
    progress.cancel()
    with qtbot.waitSignal(progress.finished):
        Task(lambda *, progress: progress.check()).with_progress(progress).run_on(pool)
    assert "cancelled" in caplog.text


def test_the_progress_finishes_before_the_outcome_is_delivered(qtbot, pool):
    progress = Progress()
    order = []
    progress.finished.connect(lambda: order.append("finished"))

    def fail(*, progress):
        raise ValueError("broken")

    with qtbot.waitCallback() as failed:
        Task(fail).with_progress(progress).failure(lambda error: order.append("failure") or failed(error)).run_on(pool)
    assert order == ["finished", "failure"]
    assert isinstance(failed.args[0], ValueError) and "broken" in failed.args[0].__traceback_text__


def test_a_task_without_progress_passes_its_arguments_unchanged(qtbot, pool, no_error_dialog):
    with qtbot.waitCallback() as finished:
        Task(lambda a, *, b: (a, b), 1, b=2).success(finished).run_on(pool)
    finished.assert_called_with((1, 2))
