"""Readings due on a day: the machines whose billing reading window is open that day or opens within 14 days and
that have no reading in it yet (`domain.billing.due_window`, the products page's rule looking ahead), sorted by site
and location — the list an office manager walks round with. Each row has the window's dates, the last reading with
its date, and an empty box per counter to write the value in by hand ("absent" where the machine has no such
counter).

The list is as of its day: a reading dated after it is not seen, so a list for a day gone by shows what was due
then. A reading counts as taken when it is not rejected: a pending one (taken, not sent yet) or an estimated one lies in
the window just as the products page's "due" sees it.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine, select

from domain import billing
from sync.cache.schema import products, readings
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.counter_keys import counter_columns
from sync.reports.header import header_facts
from sync.reports.model import Column, Report, Row, Table, Text
from sync.reports.request import ReportRequest
from sync.reports.request import check as check_request

_last = readings.alias("last")
LEADING = 8
"""Site, location, serial, model, window opens, window closes, last reading's date, its status."""


def readings_due(engine: Engine, request: ReportRequest, progress: Progress = NO_PROGRESS) -> Report:
    selection = check_request(engine, request, needs_period=False, kind="due")
    day = request.today
    last_id = (select(readings.c.id).where(readings.c.product_id == products.c.id, readings.c.status != "rejected",
                                           readings.c.reading_date <= day.isoformat())
               .order_by(readings.c.reading_date.desc()).limit(1).correlate(products).scalar_subquery())
    stmt = (select(products.c.serial, products.c.model, products.c.site_name, products.c.location,
                   products.c.counters_json, products.c.billing_cycle, products.c.reading_window_days,
                   _last.c.reading_date, _last.c.values_json, _last.c.status)
            .select_from(products.outerjoin(_last, _last.c.id == last_id))
            .where(products.c.removed_on.is_(None), *selection.conditions())
            .order_by(products.c.site_name, products.c.location, products.c.serial))
    with engine.connect() as conn:
        keys = counter_columns(conn.execute(select(products.c.counters_json).distinct().where(
            products.c.removed_on.is_(None), *selection.conditions())).scalars())
        rows = []
        for found in conn.execution_options(yield_per=2000).execute(stmt):
            check(progress)
            row = _row(found, keys, day)
            if row is not None:
                rows.append(row)
    columns = (Column(Text("col.site"), "text"), Column(Text("col.location"), "text", wide=True),
               Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
               Column(Text("col.window_opens"), "date"), Column(Text("col.window_closes"), "date"),
               Column(Text("col.last_reading"), "date"), Column(Text("col.status"), "code", "status"),
               *[Column(Text("col.last_value", {"counter": k}), "int") for k in keys],
               *[Column(Text("col.new_value", {"counter": k}), "box") for k in keys])
    return Report(kind="due", title=Text("report.due"),
                  facts=header_facts(engine, request, selection, day_label="fact.due_on"),
                  table=Table(Text("table.due"), columns, tuple(rows)), orientation="landscape")


def _row(found, keys: tuple[str, ...], day: date) -> Row | None:
    last = date.fromisoformat(found.reading_date) if found.reading_date else None
    window = billing.due_window(day, found.billing_cycle, found.reading_window_days, last)
    if window is None:
        return None
    values = json.loads(found.values_json) if found.values_json else {}
    own = {c["key"] for c in json.loads(found.counters_json)}
    absent = tuple((LEADING + len(keys) + i, "absent") for i, key in enumerate(keys) if key not in own)
    return Row((found.site_name, found.location, found.serial, found.model, window.opens, window.closes, last,
                found.status, *[values.get(k) for k in keys], *[None] * len(keys)),
               flags=frozenset({"window_open"}) if day >= window.opens else frozenset(), marks=absent)
