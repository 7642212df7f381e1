"""Which failures of the cache are the user's surroundings rather than a bug in the app, sorted into the few codes
the desktop (or the CLI) turns into advice: what happened and what to do next.

- `DISK_FULL`: the disk holding the cache has no room for what was being written.
- `BUSY`: another program (a second copy of the app, a backup or virus scanner) held the file's write lock for longer
  than the busy timeout (`sync.cache.db.BUSY_TIMEOUT_MS`).
- `READ_ONLY`: the file or its folder cannot be written (permissions, a read-only or vanished drive); SQLite also
  says it cannot open the file when it may not create its journal next to it.
- `CORRUPT`: the file is damaged, or is not an SQLite database at all. It may hold changes not yet sent.

`classify` answers None for everything else: a bug, which is logged with its traceback. The code comes from SQLite's
result code where the driver gives one, else from SQLite's own fixed wording, so an error re-raised without its
code still sorts. No sentences here: `sync` speaks in codes and the desktop words them through its translations.
"""

from __future__ import annotations

import sqlite3
from typing import Iterator

DISK_FULL = "disk_full"
BUSY = "busy"
READ_ONLY = "read_only"
CORRUPT = "corrupt"

_BY_RESULT_CODE = {
    sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: READ_ONLY,
    sqlite3.SQLITE_PERM: READ_ONLY,
    sqlite3.SQLITE_CORRUPT: CORRUPT,
    sqlite3.SQLITE_NOTADB: CORRUPT,
}
_BY_WORDING = (
    ("database or disk is full", DISK_FULL),
    ("database is locked", BUSY),
    ("attempt to write a readonly database", READ_ONLY),
    ("unable to open database file", READ_ONLY),
    ("database disk image is malformed", CORRUPT),
    ("file is not a database", CORRUPT),
)


def classify(error: BaseException) -> str | None:
    """The code for `error` (an SQLAlchemy error, the sqlite3 error it wraps, or an error raised from either), or
    None when it is not one of the known failures of the file."""
    for cause in _causes(error):
        if isinstance(cause, sqlite3.Error):
            code = _code_of(cause)
            if code is not None:
                return code
    return None


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, the DB-API error SQLAlchemy wraps (`orig`) and what each was raised `from`. Not `__context__`: a
    bug while handling a full disk is still a bug."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        cause = pending.pop(0)
        if cause is None or id(cause) in seen:
            continue
        seen.add(id(cause))
        yield cause
        pending += [getattr(cause, "orig", None), cause.__cause__]


def _code_of(error: sqlite3.Error) -> str | None:
    result = getattr(error, "sqlite_errorcode", None)
    if result is not None:
        return _BY_RESULT_CODE.get(result & 0xFF)  # the primary code; the extended one says which variant
    wording = str(error).lower()
    return next((code for phrase, code in _BY_WORDING if phrase in wording), None)
