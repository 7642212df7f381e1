"""The readings' reads: which machines of a page have a refused reading of a day (the meter round's "Refused")."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import insert

from sync.cache.db import open_cache, writer
from sync.cache.schema import readings
from sync.readings.queries import IDS_PER_QUERY, refused_on

DAY = date(2026, 11, 25)


def reading(i: int, product: str, day: date, status: str) -> dict:
    return dict(id=f"r{i}", product_id=product, reading_date=day.isoformat(), values_json=json.dumps({"total": i}),
                status=status, submitted_at=None, submitted_by="")


def test_only_refused_readings_of_that_day_among_the_given_machines(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    many = [f"p{i:05d}" for i in range(IDS_PER_QUERY * 2 + 7)]  # more ids than one query takes
    rows = [reading(1, many[-1], DAY, "rejected"), reading(2, many[0], DAY, "rejected"),
            reading(3, many[0], DAY, "rejected"),                # two refusals of one machine: named once
            reading(4, many[1], DAY, "accepted"), reading(5, many[2], DAY, "pending"),
            reading(6, many[3], date(2026, 11, 24), "rejected"),  # another day
            reading(7, "not-on-the-page", DAY, "rejected")]
    with writer(engine).begin() as conn:
        conn.execute(insert(readings), rows)
    assert refused_on(engine, many, DAY) == {many[0], many[-1]}
    assert refused_on(engine, [], DAY) == set()
    assert refused_on(engine, many[1:4], DAY) == set()
    engine.dispose()
