"""A small known fleet for the report tests, and volumes worked out independently of `domain.volumes`: day by day,
each day of an interval between two counted readings getting an equal share of its rise."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import insert

from domain.wire import Site
from sync.cache.db import open_cache, writer
from sync.cache.schema import readings
from sync.products.apply import upsert_site
from sync.reports.request import Period, ReportRequest
from tests.sync import factories

HEAD = factories.SITE
BRANCH = Site(id="site-2", name="Bergen branch", address="Bryggen 2", postcode="5003", city="Bergen")
PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
NOW = datetime(2026, 4, 10, 9, 0, tzinfo=timezone.utc)

READINGS = {
    # colour machine at the head office: month-start readings, the last one estimated
    "p-1": [(date(2025, 12, 1), {"total": 500, "bw": 400, "colour": 100}, "accepted"),
            (date(2026, 1, 1), {"total": 1000, "bw": 800, "colour": 200}, "accepted"),
            (date(2026, 2, 1), {"total": 1500, "bw": 1100, "colour": 400}, "accepted"),
            (date(2026, 2, 20), {"total": 1700, "bw": 1250, "colour": 450}, "rejected"),
            (date(2026, 3, 1), {"total": 2100, "bw": 1500, "colour": 600}, "accepted"),
            (date(2026, 3, 20), {"total": 2300, "bw": 1640, "colour": 660}, "pending"),
            (date(2026, 4, 1), {"total": 2400, "bw": 1700, "colour": 700}, "estimated")],
    # mono machine at the branch: one interval of 90 days across the whole period
    "p-2": [(date(2026, 1, 1), {"total": 100}, "accepted"), (date(2026, 4, 1), {"total": 1000}, "accepted")],
    # large-format machine at the branch, read mid-month
    "p-4": [(date(2025, 12, 15), {"total": 50, "large_format_m2": 20}, "accepted"),
            (date(2026, 2, 14), {"total": 650, "large_format_m2": 260}, "accepted")],
}


def seeded_cache(path):
    """p-1 SN100 (colour, head office), p-2 SN200 (mono, branch), p-3 SN300 (colour, head office, never read) and
    p-4 SN400 (large format, branch)."""
    engine = open_cache(path)
    items = [factories.product("p-1", "SN100"),
             factories.product("p-2", "SN200", counters=("total",), site=BRANCH, model="Bizhub 4750i"),
             factories.product("p-3", "SN300"),
             factories.product("p-4", "SN400", counters=("total", "large_format_m2"), site=BRANCH,
                               model="imagePROGRAF TX-3100", location="Plotter room", cost_centre="4100 Tegnekontor")]
    listed = [(f"{pid}-{i}", pid, day, values, status)
              for pid, found in READINGS.items() for i, (day, values, status) in enumerate(found)]
    factories.seed(engine, *items, readings=tuple(factories.reading(*r) for r in listed if r[4] != "pending"))
    with writer(engine).begin() as conn:
        upsert_site(conn, HEAD)
        upsert_site(conn, BRANCH)
        conn.execute(insert(readings), [  # a reading taken here and not sent yet: the portal has never seen it
            {"id": rid, "product_id": pid, "reading_date": day.isoformat(), "values_json": json.dumps(values),
             "status": status} for rid, pid, day, values, status in listed if status == "pending"])
    return engine


def request(**extra) -> ReportRequest:
    return ReportRequest(**({"now": NOW, "today": NOW.date(), "period": PERIOD} | extra))


def independent_volume(product_id: str, counter: str, month: date) -> int | None:
    """The month's volume, day by day: None when no day of it lies between two counted readings."""
    points = [(d, v[counter]) for d, v, s in READINGS.get(product_id, []) if s in ("accepted", "estimated")]
    total, covered, day = 0.0, False, month
    while day.month == month.month:
        for (d0, v0), (d1, v1) in zip(points, points[1:]):
            if d0 <= day < d1:
                total += (v1 - v0) / (d1 - d0).days
                covered = True
        day += timedelta(days=1)
    return round(total) if covered else None
