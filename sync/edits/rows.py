"""What the queue's moves do to an edit ("<entity>.edit"): sent, the cache takes the portal's answer; refused as
stale (412), the edit becomes a conflict and nothing is dropped; otherwise refused, fixed, or discarded with the
values it replaced put back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from sqlalchemy import Connection

from domain import problems
from sync.cache.changed import Changed, merge_changed
from sync.edits import store
from sync.edits.overlay import Upsert, put_back
from sync.edits.wire import body
from sync.feature_spec import EditableEntity, FeedPage
from sync.outbox import queue
from sync.outbox.records import OutboxItem


def is_conflict(problem: Mapping[str, Any] | None) -> bool:
    return bool(problem) and (problem.get("status") == 412 or problem.get("code") == problems.CONFLICT_ETAG)


class EditRows:
    """The row handler of one editable entity; `upsert` is its guarded feed upsert (the answer is applied like a
    feed copy, with the edits still to be sent laid over it)."""

    def __init__(self, spec: EditableEntity, upsert: Upsert) -> None:
        self.spec, self.upsert = spec, upsert

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        rows = store.rows_of(conn, self.spec.entity, entity_id)
        changed: Changed = {}
        if rows:  # the group's head went: its edit is done
            head, later = rows[0], rows[1:]
            store.drop(conn, head.seq)
            changed[store.BROADCAST] = {str(head.seq)}
            for row in later:  # queued while the head was on its way: based on the version the head made
                if row.base_version == head.base_version:
                    store.save(conn, replace(row, base_version=answer.version))
                    queue.update_body(conn, row.seq, body(row.mine, answer.version))
        return merge_changed(changed, self.upsert(conn, answer.model_dump(mode="json"), FeedPage(notify=False)))

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        row = store.row_at(conn, item.seq)
        if row is None:
            return {}
        store.save(conn, replace(row, state="conflict" if is_conflict(item.problem) else "refused"))
        return {self.spec.entity: {entity_id}, store.BROADCAST: {str(item.seq)}}

    def resent(self, conn: Connection, entity_id: str, sent_body: Mapping[str, Any]) -> Changed:
        """A refused edit fixed on Pending changes: `sent_body` holds the fields it now sends."""
        refused = [r for r in store.rows_of(conn, self.spec.entity, entity_id) if r.state != "pending"]
        if not refused:
            return {}
        mine = {k: v for k, v in sent_body.items() if not k.startswith("_")}
        store.save(conn, replace(refused[0], mine=mine, state="pending"))
        self.spec.write(conn, entity_id, mine)
        return {self.spec.entity: {entity_id}, store.BROADCAST: {str(refused[0].seq)}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        row = store.row_at(conn, item.seq)
        if row is None:
            return {}
        store.drop(conn, row.seq)
        return put_back(conn, self.spec, row, dict(row.theirs if row.theirs is not None else row.base))
