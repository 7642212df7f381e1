"""What happens to a queued reading's optimistic row: accepted when sent, marked rejected, corrected in place when
resent, gone when discarded."""

from __future__ import annotations

import json
from typing import Any, Mapping

from sqlalchemy import Connection, delete, select, update

from sync.cache.changed import Changed
from sync.cache.schema import readings
from sync.outbox.records import OutboxItem
from sync.readings.apply import upsert_reading


class ReadingRows:
    """`meter_reading.create`: the reading shown as pending while it waits."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        """`answer` is the portal's MeterReading (validated against the kind's answer shape before the transaction began)
        or None."""
        if answer is not None:
            upsert_reading(conn, answer)
        else:
            conn.execute(update(readings).where(readings.c.id == entity_id).values(status="accepted"))
        return _changed(conn, entity_id)

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id, readings.c.status == "pending")
                     .values(status="rejected"))
        return _changed(conn, entity_id)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id).values(
            reading_date=str(body["reading_date"]), values_json=json.dumps(dict(body["values"]), sort_keys=True),
            status="pending"))
        return _changed(conn, entity_id)

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        changed = _changed(conn, entity_id)
        conn.execute(delete(readings).where(readings.c.id == entity_id,
                                            readings.c.status.in_(("pending", "rejected"))))
        return changed


def _changed(conn: Connection, reading_id: str) -> Changed:
    """The reading and its machine: a machine's list row shows its last reading and whether one is pending."""
    product_id = conn.execute(select(readings.c.product_id).where(readings.c.id == reading_id)).scalar_one_or_none()
    return {"meter_reading": {reading_id}} | ({"product": {product_id}} if product_id else {})
