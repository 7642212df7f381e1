"""Things a sync brought that the user should hear about: an agent's reply, a case that changed state, an order that
shipped, a request the portal refused. The sync writes them in the same transaction as the data; the app shows the unshown ones (a tray
message) and marks them shown, so a notice is neither lost when the app is closed nor repeated after a restart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Mapping

from sqlalchemy import Connection, Engine, insert, select, update

from domain.clock import utc_now
from sync.cache.db import writer
from sync.cache.schema import notices
from sync.cache.stamps import from_iso, to_iso

NoticeKind = Literal["reply", "state", "shipped", "rejected", "access_lost"]
DETAIL_CHARS = 1000


@dataclass(frozen=True)
class Notice:
    id: int
    kind: NoticeKind
    entity: str       # what a click opens: "case", "order" (entity_id = its id) or "outbox" (entity_id = seq or "")
    entity_id: str
    title: str        # data from the portal or the user: show as plain text
    detail: str       # a reply's first lines, a case's new state, a shipment (JSON), a refusal's codes, access lost
                      # (JSON: machines, changes)
    created_at: datetime

    @property
    def problem(self) -> dict[str, Any] | None:
        """A refusal's problem as codes: {"code", "params", "errors": [{"field", "code"}]}, the shape of an outbox
        item's `problem` without its English; None for another kind, or a refusal noted before codes were kept."""
        return _refusal(self)[0]

    @property
    def shipment(self) -> tuple[str, str]:
        """A shipped order's carrier and tracking reference ("" and "" for another kind of notice)."""
        if self.kind != "shipped":
            return "", ""
        try:
            kept = json.loads(self.detail)
        except ValueError:
            return "", ""
        if not isinstance(kept, dict):
            return "", ""
        return str(kept.get("carrier") or ""), str(kept.get("tracking_ref") or "")

    @property
    def access_lost(self) -> tuple[int, int]:
        """How many machines the user no longer has access to, and how many unsent changes for them were refused
        ((0, 0) for another kind of notice); see `sync.engine.access`."""
        if self.kind != "access_lost":
            return 0, 0
        try:
            kept = json.loads(self.detail)
            return int(kept["machines"]), int(kept["changes"])
        except (ValueError, TypeError, KeyError):
            return 0, 0

    @property
    def about(self) -> str:
        """What the refused item's group is about ("case", "product"…; "" when not known)."""
        return _refusal(self)[1]


def refusal_detail(problem: Mapping[str, Any], *, group_key: str) -> str:
    """What a refusal's notice keeps: the problem's codes and params and what its item is about, never the portal's
    English (`detail`, the errors' `message`), which names ids, URLs and dates and is for the log."""
    errors = [{"field": str(e.get("field") or ""), "code": str(e.get("code") or "")}
              for e in problem.get("errors") or () if isinstance(e, Mapping)]
    params = problem.get("params")
    kept = {"code": str(problem.get("code") or ""), "params": dict(params) if isinstance(params, Mapping) else {},
            "errors": errors, "about": group_key.partition(":")[0]}
    text = json.dumps(kept, default=str)
    if len(text) > DETAIL_CHARS:  # many field errors: the headline's code is what must survive
        text = json.dumps({**kept, "errors": [], "params": {}}, default=str)
    return text


def _refusal(notice: Notice) -> tuple[dict[str, Any] | None, str]:
    if notice.kind != "rejected":
        return None, ""
    try:
        kept = json.loads(notice.detail)
    except ValueError:
        return None, ""
    if not isinstance(kept, dict) or "code" not in kept:
        return None, ""
    about = str(kept.pop("about", "") or "")
    return kept, about


def add_notice(conn: Connection, kind: NoticeKind, entity: str, entity_id: str, title: str, detail: str,
               now: datetime | None = None) -> None:
    """Record a notice inside the caller's transaction (the one that applies what it is about)."""
    conn.execute(insert(notices).values(kind=kind, entity=entity, entity_id=entity_id, title=title[:300],
                                        detail=detail[:DETAIL_CHARS], created_at=to_iso(now or utc_now()), shown=0))


def unshown_notices(engine: Engine, limit: int = 50) -> list[Notice]:
    """The oldest notices not shown yet."""
    with engine.connect() as conn:
        rows = conn.execute(select(notices).where(notices.c.shown == 0).order_by(notices.c.id).limit(limit)).all()
    return [Notice(r.id, r.kind, r.entity, r.entity_id, r.title, r.detail, from_iso(r.created_at)) for r in rows]


def mark_shown(engine: Engine, ids: list[int]) -> None:
    if ids:
        with writer(engine).begin() as conn:
            conn.execute(update(notices).where(notices.c.id.in_(ids)).values(shown=1))
