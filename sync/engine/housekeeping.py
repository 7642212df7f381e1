"""Tidying after a sync round, so the cache and the data folder do not grow for ever.

- Sent outbox items older than 30 days go (the pending page's "Sent" list shows the recent past, not all of it).
  Queued, sending and rejected items are never touched: they are the user's unsent work.
- Attachment files under `<data_dir>/attachments/` that nothing refers to any more go: the copies of a discarded
  case or reply, downloads whose row is gone. A file is kept while any `case_attachments.local_path` points at it or
  any unsent outbox item names it in its body, in ANY cache of the data folder (two people on one Windows login
  share the folder, one cache each). Files younger than an hour are never touched (a copy or download being made
  right now by another thread has no row yet), and neither is anything when a cache cannot be read.

Paranoid on purpose: it only ever deletes regular files and empty folders inside the attachments folder, never
follows a symbolic link or junction (nor deletes one), and a file it cannot delete (open in a viewer on Windows)
is left for the next round. No Qt here; the sync engine calls `run_housekeeping` after each clean round.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, delete, func, select

from domain.clock import utc_now
from sync.cache.changed import Changed
from sync.cache.db import BUSY_TIMEOUT_MS, writer
from sync.cache.schema import case_attachments
from sync.cache.schema import outbox as queue
from sync.cases.operations import ATTACHMENTS_FOLDER
from sync.outbox.queue import UNSENT_STATES
from sync.cache.stamps import to_iso

log = logging.getLogger(__name__)

SENT_KEPT_FOR = timedelta(days=30)
ORPHAN_GRACE = timedelta(hours=1)
CACHE_FILE_NAME = "cache.sqlite"


@dataclass
class HousekeepingReport:
    sent_deleted: int = 0
    files_deleted: int = 0
    folders_deleted: int = 0
    files_skipped: bool = False
    """True when the attachment files were left alone this time (a cache could not be read, a link in the way)."""
    changed: Changed = field(default_factory=dict)


def run_housekeeping(engine: Engine, data_dir: Path, *, now: datetime | None = None,
                     files_now: datetime | None = None, sent_kept_for: timedelta = SENT_KEPT_FOR,
                     grace: timedelta = ORPHAN_GRACE) -> HousekeepingReport:
    """Both chores; each failure is logged and stays local to its chore (housekeeping never fails a sync).

    `now` is the sync engine's clock (the one `sent_at` was stamped with); file ages are measured against the real
    wall clock (`files_now`, for tests) because the file system stamps them with it."""
    now = now or utc_now()
    report = HousekeepingReport()
    try:
        seqs = prune_sent(engine, now=now, kept_for=sent_kept_for)
        report.sent_deleted = len(seqs)
        if seqs:
            report.changed["outbox"] = seqs
    except Exception:
        log.exception("Could not delete old sent outbox items")
    try:
        removed = remove_orphan_attachments(engine, data_dir, now=files_now or datetime.now(UTC),
                                            grace=grace)
        if removed is None:
            report.files_skipped = True
        else:
            report.files_deleted, report.folders_deleted = removed
    except Exception:
        report.files_skipped = True
        log.exception("Could not tidy the attachments folder")
    if report.sent_deleted or report.files_deleted or report.folders_deleted:
        log.info("Housekeeping: deleted %d sent outbox item(s) older than %d days, %d unused attachment file(s) "
                 "and %d empty folder(s)", report.sent_deleted, sent_kept_for.days, report.files_deleted,
                 report.folders_deleted)
    return report


# --- the outbox ---------------------------------------------------------------------------------------------------

def prune_sent(engine: Engine, *, now: datetime, kept_for: timedelta = SENT_KEPT_FOR) -> set[str]:
    """Delete the items sent more than `kept_for` ago; returns their seqs (as strings, like `Changed`)."""
    cutoff = to_iso(now - kept_for)
    old = and_(queue.c.state == "sent", func.coalesce(queue.c.sent_at, queue.c.created_at) < cutoff)
    with writer(engine).begin() as conn:
        seqs = {str(seq) for seq in conn.execute(select(queue.c.seq).where(old)).scalars()}
        if seqs:
            conn.execute(delete(queue).where(old))
    return seqs


# --- attachment files ---------------------------------------------------------------------------------------------

def remove_orphan_attachments(engine: Engine, data_dir: Path, *, now: datetime,
                              grace: timedelta = ORPHAN_GRACE) -> tuple[int, int] | None:
    """Delete files under <data_dir>/attachments/ that no cache refers to and that are older than `grace`, then
    the empty folders older than `grace`. Returns (files, folders) deleted, or None when nothing was looked at
    because it would not be safe (a cache unreadable, the folder a link)."""
    data_dir = Path(data_dir)
    root = data_dir / ATTACHMENTS_FOLDER
    if not os.path.lexists(root):
        return 0, 0
    if _is_link(root) or not root.is_dir():
        log.warning("%s is a link or not a folder; its files are left alone", root)
        return None
    references = referenced_files(engine, data_dir)
    if references is None:
        return None
    real_root = os.path.normcase(os.path.realpath(root))
    oldest = now.timestamp() - grace.total_seconds()
    files = folders = 0
    for folder, dir_names, file_names in os.walk(root, topdown=False, followlinks=False):
        for name in file_names:
            path = os.path.join(folder, name)
            if _key(path) in references or not _deletable(path, real_root, oldest, stat.S_ISREG):
                continue
            try:
                os.unlink(path)
                files += 1
            except OSError as exc:  # e.g. open in a viewer on Windows: next round
                log.info("Could not delete the unused attachment %s: %s", path, exc)
        for name in dir_names:
            path = os.path.join(folder, name)
            if not _deletable(path, real_root, oldest, stat.S_ISDIR):
                continue
            try:
                os.rmdir(path)  # only ever succeeds on an empty folder
                folders += 1
            except OSError:
                pass  # not empty: a kept file, or one that arrived meanwhile
    return files, folders


def referenced_files(engine: Engine, data_dir: Path) -> set[str] | None:
    """Every attachment file some cache of the data folder still refers to (normalised absolute paths), or None
    when one of them cannot be read (then nothing may be deleted)."""
    data_dir = Path(data_dir)
    own = _database_file(engine)
    found: set[str] = set()
    try:
        with engine.connect() as conn:
            found |= _resolve(data_dir, conn.execute(select(case_attachments.c.local_path)).scalars())
            bodies = conn.execute(select(queue.c.body_json).where(queue.c.state.in_(UNSENT_STATES))).scalars()
            found |= _resolve(data_dir, _body_paths(bodies))
    except Exception:
        log.warning("The cache could not be read; unused attachment files are left alone", exc_info=True)
        return None
    for path in other_caches(data_dir):
        if own is not None and _same_file(path, own):
            continue
        paths = _read_other_cache(path)
        if paths is None:
            return None
        found |= _resolve(data_dir, paths)
    return found


def other_caches(data_dir: Path) -> list[Path]:
    """The cache files of every portal and user in the data folder (see `sync.session.paths.cache_path`)."""
    caches = []
    for path in Path(data_dir).glob(f"*/*/{CACHE_FILE_NAME}"):
        if path.parts[-3] != ATTACHMENTS_FOLDER:
            caches.append(path)
    return caches


def _read_other_cache(path: Path) -> list[str] | None:
    """local_path values and unsent outbox paths of another user's cache, read-only; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except (sqlite3.Error, OSError, ValueError):
        log.warning("Cache %s could not be opened; unused attachment files are left alone", path, exc_info=True)
        return None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "outbox" not in tables:
            log.warning("%s is not a cache this version understands; unused attachment files are left alone", path)
            return None
        placeholders = ", ".join("?" for _ in UNSENT_STATES)
        bodies = [row[0] for row in conn.execute(
            f"SELECT body_json FROM outbox WHERE state IN ({placeholders})", UNSENT_STATES)]
        paths = list(_body_paths(bodies))
        if "case_attachments" in tables:  # a cache from before cases has no attachments at all
            paths += [row[0] for row in conn.execute("SELECT local_path FROM case_attachments")]
        return paths
    except (sqlite3.Error, ValueError):
        log.warning("Cache %s could not be read; unused attachment files are left alone", path, exc_info=True)
        return None
    finally:
        conn.close()


def _body_paths(bodies: Iterable[str]) -> Iterable[str]:
    """Every string in the outbox bodies: a path among them is a file an unsent item still needs (today the
    attachment item's "local_path"; any other key naming a file counts too)."""
    for text in bodies:
        yield from _strings(json.loads(text))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _resolve(data_dir: Path, relatives: Iterable[str | None]) -> set[str]:
    return {_key(os.path.join(data_dir, relative)) for relative in relatives if relative}


def _key(path: str) -> str:
    """One spelling per file for comparing (Windows compares names case-insensitively, with either slash)."""
    return os.path.normcase(os.path.abspath(path))


def _deletable(path: str, real_root: str, oldest: float, kind) -> bool:
    """A regular file or folder (never a link), untouched since before `oldest`, really inside the root."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or _is_link(Path(path)) or not kind(info.st_mode):
        return False
    if info.st_mtime > oldest:
        return False
    real = os.path.normcase(os.path.realpath(path))
    return real.startswith(real_root + os.sep)


def _is_link(path: Path) -> bool:
    is_junction = getattr(os.path, "isjunction", None)  # Python 3.12+: Windows junctions are links too
    return path.is_symlink() or bool(is_junction and is_junction(path))


def _database_file(engine: Engine) -> Path | None:
    name = engine.url.database
    return Path(name) if name and name != ":memory:" else None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return _key(str(a)) == _key(str(b))

