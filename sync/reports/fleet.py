"""The fleet summary: per site and machine, the pages of each month of the period by counter type, with totals per
site and overall, machines with no reading in the period flagged, estimated months marked, and the monthly volume
per site as a chart's series.

One row per machine and counter type it counts (`domain.volumes.typed_counters`); after each site its subtotal rows
(one per counter type), at the end the overall ones. Volumes are `domain.volumes.monthly_volumes` of the accepted
and estimated readings: the chart on a machine's page and this report count the same.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

from sqlalchemy import Engine

from domain.volumes import (
    COUNTER_TYPES,
    counter_points,
    monthly_volumes,
    period_months,
    typed_counters,
)
from sync.cache.schema import products
from sync.progress import NO_PROGRESS, Progress
from sync.reports import counted
from sync.reports.header import header_facts
from sync.reports.model import Chart, Column, Report, Row, Series, Table, Text
from sync.reports.request import ReportRequest, check

LEADING = 6
"""Site, serial, model, location, cost centre, counter type: the columns before the months."""
CHART_TYPES = ("bw", "colour")
"""The chart counts pages: black/white and colour. Large format is counted in m², so it stays in the table only."""


def fleet_summary(engine: Engine, request: ReportRequest, progress: Progress = NO_PROGRESS) -> Report:
    selection = check(engine, request, needs_period=True, kind="fleet")
    period = request.period
    months = tuple(period_months(period.first, period.last))
    stream = counted.machines(engine, selection.conditions(), period.first, period.last,
                              order=(products.c.site_name, products.c.serial), progress=progress)
    rows, chart = _rows(stream, months, period.first, period.last)
    columns = (Column(Text("col.site"), "text"), Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
               Column(Text("col.location"), "text", wide=True), Column(Text("col.cost_centre"), "text"),
               Column(Text("col.counter_type"), "code", "counter_type"),
               *[Column(Text("col.month", {"month": m}), "int") for m in months],
               Column(Text("col.total"), "int"), Column(Text("flag.no_reading"), "flag"))
    return Report(kind="fleet", title=Text("report.fleet"), facts=header_facts(engine, request, selection),
                  table=Table(Text("table.fleet"), columns, tuple(rows)),
                  chart=Chart(Text("chart.site_volumes"), months,
                              tuple(Series(site, tuple(values)) for site, values in chart.items()),
                              Text("unit.pages")),
                  orientation="landscape")


def _rows(stream: Iterable[counted.Machine], months: tuple[date, ...], first: date, last: date
          ) -> tuple[list[Row], dict[str, list[int | None]]]:
    rows: list[Row] = []
    chart: dict[str, list[int | None]] = {}
    overall = _Sums(len(months))
    site: str | None = None
    site_sums = _Sums(len(months))
    for machine in stream:
        if machine.site_name != site:
            if site is not None:
                rows += site_sums.rows("subtotal", site)
                chart[site] = site_sums.pages()
            site, site_sums = machine.site_name, _Sums(len(months))
        for row in _machine_rows(machine, months, first, last):
            rows.append(row)
            site_sums.add(row)
            overall.add(row)
    if site is not None:
        rows += site_sums.rows("subtotal", site)
        chart[site] = site_sums.pages()
    rows += overall.rows("total", None)
    return rows, chart


def _machine_rows(machine: counted.Machine, months: tuple[date, ...], first: date, last: date) -> Iterator[Row]:
    unread = not any(first <= r.reading_date <= last for r in machine.readings)
    flags = frozenset({"no_reading"}) if unread else frozenset()
    history = machine.counted()
    estimated = {r.reading_date for r in history if r.status == "estimated"}
    for kind, key in typed_counters(machine.counter_keys).items():
        volumes = monthly_volumes(counter_points(history, key), until=last, months=len(months), estimated=estimated)
        values = [v.volume for v in volumes]
        marks = tuple((LEADING + i, mark) for i, v in enumerate(volumes)
                      for mark, on in (("estimated", v.estimated), ("partial", v.known and not v.complete)) if on)
        yield Row((machine.site_name, machine.serial, machine.model, machine.location, machine.cost_centre, kind,
                   *values, _sum(values), True if unread else None), flags=flags, marks=marks)


class _Sums:
    """Running totals per counter type of a site (or the fleet), with the estimated marks they inherit."""

    def __init__(self, months: int) -> None:
        self.months = months
        self.values: dict[str, list[int | None]] = {}
        self.marks: dict[str, set[tuple[int, str]]] = {}

    def add(self, row: Row) -> None:
        kind = row.cells[LEADING - 1]
        sums = self.values.setdefault(kind, [None] * self.months)
        for i, value in enumerate(row.cells[LEADING:LEADING + self.months]):
            if value is not None:
                sums[i] = (sums[i] or 0) + value
        self.marks.setdefault(kind, set()).update(m for m in row.marks if m[1] == "estimated")

    def rows(self, kind: str, site: str | None) -> list[Row]:
        return [Row((site, None, None, None, None, counter_type, *self.values[counter_type],
                     _sum(self.values[counter_type]), None), kind=kind,
                    marks=tuple(sorted(self.marks[counter_type])))
                for counter_type in COUNTER_TYPES if counter_type in self.values]

    def pages(self) -> list[int | None]:
        found = [self.values[t] for t in CHART_TYPES if t in self.values]
        return [_sum([values[i] for values in found]) for i in range(self.months)]


def _sum(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None
