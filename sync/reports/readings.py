"""The meter readings report: every reading of the chosen machines in the period (rejected ones left out), with its
date, status, each counter's value and the volume since the previous counted reading of that counter (which may lie
before the period). A pending reading is shown, and flagged; the volume after it is counted from the reading
before it, as `domain.volumes` counts only accepted and estimated readings.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import Engine, select

from domain.volumes import rise
from sync.cache.schema import products
from sync.progress import NO_PROGRESS, Progress
from sync.reports import counted
from sync.reports.counter_keys import counter_columns
from sync.reports.header import header_facts
from sync.reports.model import Column, Report, Row, Table, Text
from sync.reports.request import ReportRequest, check


def meter_readings(engine: Engine, request: ReportRequest, progress: Progress = NO_PROGRESS) -> Report:
    selection = check(engine, request, needs_period=True, kind="readings")
    with engine.connect() as conn:
        keys = counter_columns(conn.execute(
            select(products.c.counters_json).distinct().where(*selection.conditions())).scalars())
    period = request.period
    stream = counted.machines(engine, selection.conditions(), period.first, period.last,
                              order=(products.c.serial,), progress=progress)
    columns = (Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"), Column(Text("col.site"), "text"),
               Column(Text("col.location"), "text", wide=True), Column(Text("col.date"), "date"),
               Column(Text("col.status"), "code", "status"),
               *[column for key in keys for column in (Column(Text("col.counter", {"counter": key}), "int"),
                                                       Column(Text("col.volume", {"counter": key}), "int"))])
    rows = tuple(row for machine in stream for row in _rows(machine, keys, period.first, period.last))
    return Report(kind="readings", title=Text("report.readings"), facts=header_facts(engine, request, selection),
                  table=Table(Text("table.readings"), columns, rows), orientation="landscape")


def _rows(machine: counted.Machine, keys: tuple[str, ...], first, last) -> Iterable[Row]:
    previous: dict[str, int] = {}
    for reading in machine.readings:
        if first <= reading.reading_date <= last:
            cells = []
            for key in keys:
                value = reading.values.get(key)
                cells += [value, rise(previous.get(key), value)]
            yield Row((machine.serial, machine.model, machine.site_name, machine.location, reading.reading_date,
                       reading.status, *cells), flags=frozenset({reading.status}) - {"accepted"})
        if reading.status in counted.COUNTED:
            previous.update({k: v for k, v in reading.values.items() if isinstance(v, int)})
