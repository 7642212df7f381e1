"""What a failure nobody closer to it explained shows: a known failure of the cache file (made for real: a full
disk, a lock held too long, a folder that cannot be written, a damaged file) gets advice saying what happened, what
to do and where the file is; a bug keeps the apology naming the log folder, with its traceback in the log."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.tasks import Task
from desktop.views.widgets import errors
from tests.desktop.pages_fixtures import offline_ctx, small_cache  # noqa: F401
from tests.support import sqlite_failures as fail

FAILURES = {
    "disk full": lambda folder, _mp: fail.disk_full(folder),
    "busy": fail.busy,
    "read-only file": lambda folder, _mp: fail.read_only(folder),
    "folder cannot hold the file": lambda folder, _mp: fail.cannot_open(folder),
    "not a database": lambda folder, _mp: fail.not_a_database(folder),
    "malformed": lambda folder, _mp: fail.malformed(folder),
}


@pytest.fixture
def boxes(monkeypatch):
    """Every message box is recorded as (kind, title, text) instead of opened (a static call would block)."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "warning", "information"):
        def record(_parent, title, text, *_args, _kind=kind, **_kwargs):
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return shown


@pytest.fixture
def error_log(caplog, monkeypatch):
    """The errors module's log (import-linter's logging set-up, run by another test, disables existing loggers)."""
    monkeypatch.setattr(errors.log, "disabled", False)
    caplog.set_level(logging.WARNING, logger=errors.log.name)
    return caplog


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "data" / "portal.example.no" / "kari-1a2b3c4d" / "cache.sqlite"
    monkeypatch.setattr(errors, "_cache_file", None)  # put back whatever an earlier AppContext set
    errors.remember_cache_file(path)
    return path


@pytest.fixture
def pool(qapp):
    pool = QThreadPool()
    yield pool
    assert pool.waitForDone(5000)


def failing_job(error: BaseException):
    def job():
        raise error
    return job


def shown_for(qtbot, pool, boxes, error) -> tuple[str, str, str]:
    """Run a job that fails with `error` and has no failure handler of its own; the box the default one opened."""
    Task(failing_job(error)).run_on(pool)
    qtbot.waitUntil(lambda: len(boxes) > 0)
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_a_full_disk_says_to_free_space_and_where_the_data_is(qtbot, pool, boxes, cache_file, tmp_path, monkeypatch,
                                                              error_log):
    kind, title, text = shown_for(qtbot, pool, boxes, FAILURES["disk full"](tmp_path, monkeypatch))
    assert (kind, title) == ("warning", "The disk is full")
    assert "Free some disk space" in text and str(cache_file.parent) in text
    assert "The cache failed (disk_full)" in error_log.text and "Unexpected error" not in error_log.text


def test_a_busy_file_says_to_close_the_other_program_and_try_again(qtbot, pool, boxes, cache_file, tmp_path,
                                                                   monkeypatch):
    kind, title, text = shown_for(qtbot, pool, boxes, FAILURES["busy"](tmp_path, monkeypatch))
    assert (kind, title) == ("warning", "The data file is in use")
    assert "Close the app if it is open in another window" in text and "try again" in text
    assert "Nothing was lost" in text


@pytest.mark.parametrize("failure", ["read-only file", "folder cannot hold the file"])
def test_an_unwritable_file_says_to_check_the_folder_s_permissions(qtbot, pool, boxes, cache_file, tmp_path,
                                                                   monkeypatch, failure):
    kind, title, text = shown_for(qtbot, pool, boxes, FAILURES[failure](tmp_path, monkeypatch))
    assert (kind, title) == ("warning", "The data cannot be saved")
    assert "allowed to change files in this folder" in text and str(cache_file.parent) in text


@pytest.mark.parametrize("failure", ["not a database", "malformed"])
def test_a_damaged_file_says_where_it_is_and_to_copy_it_first(qtbot, pool, boxes, cache_file, tmp_path, monkeypatch,
                                                              failure):
    kind, title, text = shown_for(qtbot, pool, boxes, FAILURES[failure](tmp_path, monkeypatch))
    assert (kind, title) == ("critical", "The data file is damaged")
    assert str(cache_file) in text
    assert "not been sent to the portal" in text and "copy this file to a safe place" in text


def test_a_bug_keeps_the_apology_and_logs_its_traceback(qtbot, pool, boxes, cache_file, error_log):
    kind, title, text = shown_for(qtbot, pool, boxes, ValueError("a bug"))
    assert (kind, title) == ("critical", "Something went wrong")
    assert errors.log_folder_hint() in text and str(cache_file) not in text
    assert "Unexpected error: ValueError('a bug')" in error_log.text and "Traceback" in error_log.text


def test_the_advice_names_the_cache_of_the_signed_in_user(offline_ctx, boxes, tmp_path, monkeypatch):
    """Making the AppContext is what tells the messages where the cache is."""
    errors.show_error(fail.malformed(tmp_path))
    (_kind, _title, text), = boxes
    assert str(tmp_path / "cache.sqlite") in text


def test_before_sign_in_the_advice_names_the_data_folder(boxes, tmp_path, monkeypatch):
    monkeypatch.setattr(errors, "_cache_file", None)
    monkeypatch.setenv("PORTAL_DATA_DIR", str(tmp_path / "portal-data"))
    errors.show_error(fail.read_only(tmp_path))
    (_kind, _title, text), = boxes
    assert str(tmp_path / "portal-data") in text


def test_a_cache_failure_on_the_ui_thread_gets_the_advice_too(qapp, boxes, cache_file, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    errors.install_excepthook()
    error = fail.disk_full(tmp_path)
    sys.excepthook(type(error), error, error.__traceback__)
    assert [(kind, title) for kind, title, _text in boxes] == [("warning", "The disk is full")]


def test_the_advice_in_norwegian(qapp, boxes, cache_file, tmp_path):
    previous = QLocale()
    try:
        assert i18n.install_language("nb") == "nb"
        errors.show_error(fail.disk_full(tmp_path))
        errors.show_error(fail.not_a_database(tmp_path))
    finally:
        i18n.reset()
        QLocale.setDefault(previous)
    (_k1, full_title, full_text), (_k2, damaged_title, damaged_text) = boxes
    assert full_title == "Disken er full" and "Frigjør diskplass" in full_text and str(cache_file.parent) in full_text
    assert damaged_title == "Datafilen er skadet" and "kopier denne filen til et trygt sted" in damaged_text
