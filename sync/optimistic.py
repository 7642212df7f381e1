"""What happens to the optimistic cache row of an outbox item when the item is sent, rejected, resent or discarded.

The outbox is generic (any kind of request); each cache table that holds optimistic rows says here how its rows
follow their item. Today that is meter readings; cases, orders and requests add their table the same way.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Protocol

from sqlalchemy import Connection, delete, update

from domain.wire import MeterReading
from sync.apply import Changed, upsert_reading
from sync.cache.schema import readings


class OptimisticRows(Protocol):
    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed: ...
    def rejected(self, conn: Connection, entity_id: str) -> Changed: ...
    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed: ...
    def discarded(self, conn: Connection, entity_id: str) -> Changed: ...


class ReadingRows:
    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        """`answer` is the portal's MeterReading (validated by the caller before its transaction began)."""
        if isinstance(answer, MeterReading):
            return upsert_reading(conn, answer)
        conn.execute(update(readings).where(readings.c.id == entity_id).values(status="accepted"))
        return {"readings": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id, readings.c.status == "pending")
                     .values(status="rejected"))
        return {"readings": {entity_id}}

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id).values(
            reading_date=str(body["reading_date"]), values_json=json.dumps(dict(body["values"]), sort_keys=True),
            status="pending"))
        return {"readings": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str) -> Changed:
        conn.execute(delete(readings).where(readings.c.id == entity_id,
                                            readings.c.status.in_(("pending", "rejected"))))
        return {"readings": {entity_id}}


ROWS: dict[str, OptimisticRows] = {"readings": ReadingRows()}


def rows_for(entity: str) -> OptimisticRows:
    try:
        return ROWS[entity]
    except KeyError:
        raise ValueError(f"No optimistic rows are kept for entity {entity!r}") from None
