"""Meter readings from the portal (the feed, or the answer to our own reading) into the cache.

Our own unsent readings belong to the outbox: a feed reset or a product's removal never takes them.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select

from sync.cache.changed import Changed
from sync.cache.schema import outbox, readings
from sync.cache.stamps import to_iso
from sync.cache.upsert import upsert

if TYPE_CHECKING:  # annotations only
    from domain.wire import MeterReading

UNSENT = ("queued", "sending", "rejected")


def upsert_reading(conn: Connection, item: "MeterReading") -> Changed:
    """Our pending reading and the portal's copy share the client-made id, so this turns it accepted in place."""
    upsert(conn, readings, {
        "id": item.id, "product_id": item.product_id, "reading_date": item.reading_date.isoformat(),
        "values_json": json.dumps(item.values, sort_keys=True), "status": item.status,
        "submitted_at": to_iso(_aware(item.submitted_at)),
        "submitted_by": item.submitted_by})
    return {"meter_reading": {item.id}}


def delete_reading(conn: Connection, reading_id: str) -> Changed:
    conn.execute(delete(readings).where(readings.c.id == reading_id))
    return {"meter_reading": {reading_id}}


def drop_product_readings(conn: Connection, product_id: str) -> Changed:
    """A product we may no longer see takes its (portal-side) readings along; our unsent ones stay with the outbox."""
    gone = conn.execute(delete(readings).where(readings.c.product_id == product_id,
                                                readings.c.id.not_in(_unsent_reading_ids()))
                        .returning(readings.c.id)).scalars().all()
    return {"meter_reading": set(gone)}


def reset_readings(conn: Connection) -> Changed:
    conn.execute(delete(readings).where(readings.c.id.not_in(_unsent_reading_ids())))
    return {"meter_reading": None}


def _unsent_reading_ids():
    return select(outbox.c.entity_id).where(outbox.c.entity == "meter_reading", outbox.c.state.in_(UNSENT))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
