"""Things a sync brought that the user should hear about: an agent's reply, a case that changed state, a request the
portal refused. The sync writes them in the same transaction as the data; the app shows the unshown ones (a tray
message) and marks them shown, so a notice is neither lost when the app is closed nor repeated after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, Engine, insert, select, update

from domain.clock import utc_now
from sync.cache.db import writer
from sync.cache.schema import notices
from sync.cache.stamps import from_iso, to_iso

NoticeKind = Literal["reply", "state", "rejected"]


@dataclass(frozen=True)
class Notice:
    id: int
    kind: NoticeKind
    entity: str       # what a click opens: "case" (entity_id = case id) or "outbox" (entity_id = seq)
    entity_id: str
    title: str        # data from the portal or the user: show as plain text
    detail: str
    created_at: datetime


def add_notice(conn: Connection, kind: NoticeKind, entity: str, entity_id: str, title: str, detail: str,
               now: datetime | None = None) -> None:
    """Record a notice inside the caller's transaction (the one that applies what it is about)."""
    conn.execute(insert(notices).values(kind=kind, entity=entity, entity_id=entity_id, title=title[:300],
                                        detail=detail[:1000], created_at=to_iso(now or utc_now()), shown=0))


def unshown_notices(engine: Engine, limit: int = 50) -> list[Notice]:
    """The oldest notices not shown yet."""
    with engine.connect() as conn:
        rows = conn.execute(select(notices).where(notices.c.shown == 0).order_by(notices.c.id).limit(limit)).all()
    return [Notice(r.id, r.kind, r.entity, r.entity_id, r.title, r.detail, from_iso(r.created_at)) for r in rows]


def mark_shown(engine: Engine, ids: list[int]) -> None:
    if ids:
        with writer(engine).begin() as conn:
            conn.execute(update(notices).where(notices.c.id.in_(ids)).values(shown=1))
