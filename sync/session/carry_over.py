"""Unsent work stranded in another cache of the same user (a folder an older version named after the portal's
address, another address of the portal): found after sign-in, and carried over when the user says so.

Each item keeps its Idempotency-Key, so a request the portal already saw from the old cache is answered with its
first result, never done twice; its optimistic row comes along so Pending changes and the lists show it. Items are
removed from the old cache only once the new one holds them: a crash in between leaves a copy in both, which the
keys make harmless (and a second carry-over skips the keys it already has).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from sync.cache.changed import Changed
from sync.cache.db import open_cache, writer
from sync.outbox.queue import UNSENT_STATES
from sync.session.paths import user_caches

log = logging.getLogger(__name__)

ENTITY_TABLES = {"meter_reading": "readings", "case": "cases", "case_message": "case_messages",
                 "case_attachment": "case_attachments"}
"""The cache table holding each kind of item's optimistic row; other items (edits of rows the feed brings, like a
product's location) need only their request, and their `entity_edits` row (what the edit replaced), which comes
along under the item's new seq."""


@dataclass(frozen=True)
class StrandedWork:
    cache_file: Path
    unsent: int
    place: str
    """The old cache's folder (an address like `portal.example.no_8443`): what tells the user where it came from."""


def stranded_work(data_dir: Path, email: str, own: Path) -> list[StrandedWork]:
    """Other caches of this user in the data folder that hold unsent items (read-only; an unreadable one is
    logged and left out)."""
    found = []
    for path in user_caches(data_dir, email):
        if path.resolve() == Path(own).resolve():
            continue
        count = _unsent_in(path)
        if count:
            found.append(StrandedWork(path, count, path.parent.parent.name))
    return found


def carry_over(target: Engine, source_file: Path) -> Changed:
    """Move the unsent items of `source_file` (another cache of the same user) into `target`, in their order,
    with their keys and rows. Returns what changed in `target` (for the app's broadcast)."""
    source = open_cache(source_file)  # brings an older cache to this version's tables first
    try:
        with source.connect() as conn:
            items = [dict(row._mapping) for row in conn.execute(
                text(f"SELECT * FROM outbox WHERE state IN ({_marks(UNSENT_STATES)}) ORDER BY seq"),
                _params(UNSENT_STATES))]
            rows = {(item["entity"], item["entity_id"]): _row(conn, item) for item in items}
            edits = {row.seq: dict(row._mapping) for row in conn.execute(text("SELECT * FROM entity_edits"))}
        changed: Changed = {"outbox": None}
        with writer(target).begin() as conn:
            known = {r[0] for r in conn.execute(text("SELECT idempotency_key FROM outbox"))}
            for item in items:
                if item["idempotency_key"] in known:
                    continue
                seq = _insert(conn, "outbox", {k: v for k, v in item.items() if k != "seq"}
                              | {"state": _state(item["state"])})
                if item["seq"] in edits:
                    _insert(conn, "entity_edits", edits[item["seq"]] | {"seq": seq})
                row = rows[(item["entity"], item["entity_id"])]
                if row is not None and _insert(conn, ENTITY_TABLES[item["entity"]], row, ignore=True):
                    changed.setdefault(item["entity"], set()).add(item["entity_id"])
        with writer(source).begin() as conn:
            conn.execute(text(f"DELETE FROM outbox WHERE seq IN ({_marks(items)})"),
                         _params([i["seq"] for i in items]))
        log.info("Carried %d unsent item(s) over from %s", len(items), source_file)
        return changed
    finally:
        source.dispose()


def _unsent_in(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, OSError, ValueError):
        log.warning("Cache %s could not be opened to look for unsent work", path, exc_info=True)
        return 0
    try:
        marks = ", ".join("?" for _ in UNSENT_STATES)
        return conn.execute(f"SELECT COUNT(*) FROM outbox WHERE state IN ({marks})", UNSENT_STATES).fetchone()[0]
    except sqlite3.Error:
        log.warning("Cache %s could not be read to look for unsent work", path, exc_info=True)
        return 0
    finally:
        conn.close()


def _row(conn: Connection, item: dict) -> dict | None:
    table = ENTITY_TABLES.get(item["entity"])
    if table is None:
        return None
    found = conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": item["entity_id"]}).first()
    return dict(found._mapping) if found is not None else None


def _insert(conn: Connection, table: str, row: dict, *, ignore: bool = False) -> int:
    """The new row's rowid (the outbox's seq); 0 when an ignored insert added nothing."""
    columns = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    result = conn.execute(text(f"{verb} INTO {table} ({columns}) VALUES ({values})"), row)
    return result.lastrowid if result.rowcount > 0 else 0


def _state(state: str) -> str:
    """A request that was on its way when the old cache was left is tried again (its key makes that safe)."""
    return "queued" if state == "sending" else state


def _marks(values) -> str:
    return ", ".join(f":p{i}" for i in range(len(list(values)))) or "NULL"


def _params(values) -> dict:
    return {f"p{i}": value for i, value in enumerate(values)}
