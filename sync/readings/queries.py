"""Read-side of meter readings: a machine's history, newest first."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Engine, select

from sync.cache.schema import readings
from sync.readings.records import ReadingRow


def reading_history(engine: Engine, product_id: str, *, limit: int | None = None,
                    include_rejected: bool = True) -> list[ReadingRow]:
    """A product's readings, newest first; the local pending ones included."""
    stmt = select(readings).where(readings.c.product_id == product_id)
    if not include_rejected:
        stmt = stmt.where(readings.c.status != "rejected")
    stmt = stmt.order_by(readings.c.reading_date.desc(), readings.c.id).limit(limit)
    with engine.connect() as conn:
        return [_reading(row) for row in conn.execute(stmt).mappings()]


def _reading(row) -> ReadingRow:
    submitted = row["submitted_at"]
    return ReadingRow(id=row["id"], product_id=row["product_id"], reading_date=date.fromisoformat(row["reading_date"]),
                      values=json.loads(row["values_json"]), status=row["status"],
                      submitted_at=datetime.fromisoformat(submitted) if submitted else None,
                      submitted_by=row["submitted_by"])
