"""An outbox item's move in the queue together with what its feature does to the item's optimistic row, in ONE
transaction: sent (the portal's answer replaces our row), rejected (with a notice for the user), resent after the
user fixed it, discarded on purpose. The queue (`sync.outbox.queue`) knows nothing of cache rows; the row handler
comes from the feature that declares the item's kind (`sync.features`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import Connection, Engine

from sync.cache.changed import Changed, Written, merge_changed
from sync.cache.db import writer
from sync.features import request_kind
from sync.notices import add_notice, refusal_detail
from sync.outbox import queue
from sync.outbox.records import OutboxItem


def sent(conn: Connection, item: OutboxItem, answer: Any, now: datetime) -> Changed:
    """The portal took `item`; `answer` is its validated reply. Inside the caller's transaction."""
    queue.mark_sent(conn, item, now)
    return merge_changed(request_kind(item.kind).rows.sent(conn, item.entity_id, answer), {"outbox": {str(item.seq)}})


def rejected(engine: Engine, item: OutboxItem, problem: Mapping[str, Any]) -> Changed:
    """Rejected for good, with the portal's problem; the user hears of it (a notice) in the same transaction."""
    with writer(engine).begin() as conn:
        queue.mark_rejected(conn, item, problem)
        refused = replace(item, state="rejected", problem=dict(problem))
        add_notice(conn, "rejected", "outbox", str(item.seq), item.summary,
                   refusal_detail(problem, group_key=item.group_key))
        return merge_changed(request_kind(item.kind).rows.rejected(conn, item.entity_id, refused),
                             {"outbox": {str(item.seq)}, "notice": None})


def resend(engine: Engine, seq: int, body: Mapping[str, Any], *,
           summary: str | None = None) -> Written[OutboxItem]:
    """The user fixed a rejected item: queued again with `body` and a new key (see `queue.requeue`)."""
    with writer(engine).begin() as conn:
        item = queue.requeue(conn, seq, body, summary=summary)
        changed = request_kind(item.kind).rows.resent(conn, item.entity_id, body)
        return Written(item, merge_changed(changed, {"outbox": {str(seq)}}))


def discard(engine: Engine, seq: int) -> Changed:
    """Drop an unsent item and its optimistic row on purpose. Items being sent or already sent cannot be taken back."""
    with writer(engine).begin() as conn:
        item = queue.remove(conn, seq)
        return merge_changed(request_kind(item.kind).rows.discarded(conn, item.entity_id, item),
                             {"outbox": {str(seq)}})
