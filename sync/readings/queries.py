"""Read-side of meter readings: a machine's history, newest first; which machines of a page have a refused reading of
a day."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Iterable

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


IDS_PER_QUERY = 500
"""Well under SQLite's limit of bound parameters."""


def refused_on(engine: Engine, product_ids: Iterable[str], day: date) -> set[str]:
    """Which of `product_ids` (a page of the meter round) have a reading of `day` that the portal refused: one query
    per 500 ids on the (product_id, reading_date) index, never a scan per row."""
    ids = list(dict.fromkeys(product_ids))
    found: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(ids), IDS_PER_QUERY):
            stmt = select(readings.c.product_id).distinct().where(
                readings.c.product_id.in_(ids[start:start + IDS_PER_QUERY]),
                readings.c.reading_date == day.isoformat(), readings.c.status == "rejected")
            found.update(conn.execute(stmt).scalars())
    return found


def _reading(row) -> ReadingRow:
    submitted = row["submitted_at"]
    return ReadingRow(id=row["id"], product_id=row["product_id"], reading_date=date.fromisoformat(row["reading_date"]),
                      values=json.loads(row["values_json"]), status=row["status"],
                      submitted_at=datetime.fromisoformat(submitted) if submitted else None,
                      submitted_by=row["submitted_by"])
