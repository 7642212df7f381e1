"""Real SQLite failures, made on purpose in a test's own folder, for the code that sorts them (`sync.cache.errors`)
and the messages that explain them. Each helper returns the exception SQLAlchemy raised.

The tests run as root, which ignores file permissions, so "read-only" is a connection opened read-only (what SQLite
sees on a write-protected file) and "cannot open" is a cache whose folder is a plain file; "disk full" is a database
capped with `PRAGMA max_page_count`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine, create_engine, text

from sync.cache import db
from sync.cache.db import open_cache, writer


def raised(action: Callable[[], object]) -> Exception:
    try:
        action()
    except Exception as error:  # noqa: BLE001 - the point is to catch what SQLite raised
        return error
    raise AssertionError("SQLite raised nothing")


def disk_full(folder: Path) -> Exception:
    engine = open_cache(folder / "full" / "cache.sqlite")

    def fill() -> None:
        with writer(engine).begin() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")
            conn.exec_driver_sql("CREATE TABLE filler (blob BLOB)")
            for _ in range(50):
                conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(4000))")
    try:
        return raised(fill)
    finally:
        engine.dispose()


def busy(folder: Path, monkeypatch) -> Exception:
    """Another program holds the write lock; our writer gives up after a (shortened) busy timeout."""
    path = folder / "busy" / "cache.sqlite"
    open_cache(path).dispose()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 20)
    engine = open_cache(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        return raised(lambda: _write(engine))
    finally:
        other.execute("ROLLBACK")
        other.close()
        engine.dispose()


def read_only(folder: Path) -> Exception:
    path = folder / "ro" / "cache.sqlite"
    open_cache(path).dispose()
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        return raised(lambda: _write(engine))
    finally:
        engine.dispose()


def cannot_open(folder: Path) -> Exception:
    blocker = folder / "not-a-folder"
    blocker.write_text("a file where the cache's folder should be")
    engine = create_engine(f"sqlite:///{blocker / 'cache.sqlite'}")
    try:
        return raised(lambda: _write(engine))
    finally:
        engine.dispose()


def not_a_database(folder: Path) -> Exception:
    path = folder / "garbage" / "cache.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is no database, just bytes " * 200)
    return raised(lambda: open_cache(path))


def malformed(folder: Path) -> Exception:
    """A real database whose pages after the first were overwritten: the header reads, the table does not."""
    path = folder / "malformed" / "cache.sqlite"
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (blob BLOB)")
        conn.executemany("INSERT INTO t VALUES (randomblob(500))", [()] * 200)
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    engine = create_engine(f"sqlite:///{path}")
    try:
        return raised(lambda: _read_all(engine))
    finally:
        engine.dispose()


def _write(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS scratch (x)"))
        conn.execute(text("INSERT INTO scratch VALUES (1)"))


def _read_all(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM t WHERE length(blob) > 0")).scalar()
