"""Failures of the cache file are sorted into codes, tried on real SQLite errors: a full disk, a lock held too
long, a file that cannot be written or opened, a damaged file; everything else is a bug (None)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, OperationalError

from sync.cache import errors
from sync.cache.db import open_cache, writer
from sync.cache.schema import sites
from tests.support import sqlite_failures as fail


def test_a_full_disk(tmp_path):
    error = fail.disk_full(tmp_path)
    assert "database or disk is full" in str(error)
    assert errors.classify(error) == errors.DISK_FULL


def test_a_lock_held_past_the_busy_timeout(tmp_path, monkeypatch):
    error = fail.busy(tmp_path, monkeypatch)
    assert isinstance(error, OperationalError) and "database is locked" in str(error)
    assert errors.classify(error) == errors.BUSY


def test_a_file_that_may_not_be_written(tmp_path):
    error = fail.read_only(tmp_path)
    assert "attempt to write a readonly database" in str(error)
    assert errors.classify(error) == errors.READ_ONLY


def test_a_cache_whose_folder_cannot_hold_it(tmp_path):
    error = fail.cannot_open(tmp_path)
    assert "unable to open database file" in str(error)
    assert errors.classify(error) == errors.READ_ONLY


def test_a_file_that_is_not_a_database(tmp_path):
    error = fail.not_a_database(tmp_path)
    assert "file is not a database" in str(error)
    assert errors.classify(error) == errors.CORRUPT


def test_a_damaged_database(tmp_path):
    error = fail.malformed(tmp_path)
    assert "database disk image is malformed" in str(error)
    assert errors.classify(error) == errors.CORRUPT


def test_the_sqlite3_error_itself_and_one_raised_from_it_sort_the_same(tmp_path):
    error = fail.disk_full(tmp_path)
    assert errors.classify(error.orig) == errors.DISK_FULL
    try:
        raise RuntimeError("could not queue the reading") from error
    except RuntimeError as wrapped:
        assert errors.classify(wrapped) == errors.DISK_FULL


def test_an_error_without_its_result_code_sorts_by_sqlite_s_wording():
    assert errors.classify(sqlite3.OperationalError("database is locked")) == errors.BUSY
    assert errors.classify(sqlite3.DatabaseError("database disk image is malformed")) == errors.CORRUPT


def test_a_bug_while_handling_a_known_failure_is_still_a_bug(tmp_path):
    full = fail.disk_full(tmp_path)
    try:
        try:
            raise full
        except OperationalError:
            raise KeyError("a bug in the handler")
    except KeyError as bug:
        assert bug.__context__ is full
        assert errors.classify(bug) is None


def test_bugs_sort_as_none(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    row = dict(id="oslo", name="Oslo", address="Karl Johans gate 1", postcode="0154", city="Oslo")

    def insert_twice() -> None:
        with writer(engine).begin() as conn:
            conn.execute(insert(sites), [row, row])
    duplicate = fail.raised(insert_twice)
    missing_table = fail.raised(lambda: engine.connect().exec_driver_sql("SELECT * FROM no_such_table"))
    engine.dispose()
    assert isinstance(duplicate, IntegrityError)
    assert errors.classify(duplicate) is None
    assert "no such table" in str(missing_table) and errors.classify(missing_table) is None
    assert errors.classify(ValueError("not a database error at all")) is None

