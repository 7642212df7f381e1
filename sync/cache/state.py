"""The sync engine's own small state in the cache (`sync_state`: the feed cursor, the last sync, the last error,
the guides' ETag), and the status the app shows from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.sqlite import insert

from sync.cache.schema import sync_state


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: datetime | None
    cursor: str | None
    last_error: str | None


def sync_status(engine: Engine) -> SyncStatus:
    with engine.connect() as conn:
        values = dict(conn.execute(select(sync_state.c.key, sync_state.c.value)).all())
    last = values.get("last_sync_at")
    return SyncStatus(last_sync_at=datetime.fromisoformat(last) if last else None, cursor=values.get("cursor"),
                      last_error=values.get("last_error"))


def get_state(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar_one_or_none()


def read_state(conn: Connection, key: str) -> str | None:
    return conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar_one_or_none()


def set_state(conn: Connection, key: str, value: str | None) -> None:
    stmt = insert(sync_state).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[sync_state.c.key], set_={"value": stmt.excluded.value}))
