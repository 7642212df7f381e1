"""A demo-like fleet summary made directly (no cache): a year of months over many machines with six-figure site
totals, the shape where bold total rows are widest and their numbers sit closest together."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sync.reports.model import Column, Fact, Report, Row, Table, Text

SITES = ("Head office", "Bergen branch", "Trondheim", "Stavanger")


def wide_fleet(months: int = 12, machines_per_site: int = 12) -> Report:
    firsts = [date(2026 + (m // 12), m % 12 + 1, 1) for m in range(months)]
    columns = (Column(Text("col.site"), "text"), Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
               Column(Text("col.location"), "text", wide=True), Column(Text("col.cost_centre"), "text"),
               Column(Text("col.counter_type"), "code", "counter_type"),
               *[Column(Text("col.month", {"month": m}), "int") for m in firsts],
               Column(Text("col.total"), "int"), Column(Text("flag.no_reading"), "flag"))
    rows: list[Row] = []
    grand = [0] * months
    for s, site in enumerate(SITES):
        sums = [0] * months
        for n in range(machines_per_site):
            values = [13_000 + 997 * ((s * 31 + n * 7 + m * 3) % 11) for m in range(months)]
            sums = [a + b for a, b in zip(sums, values)]
            rows.append(Row((site, f"SN{s}{n:03d}", "Bizhub C300i", "2nd floor, copy room", "", "bw", *values,
                             sum(values), None)))
        rows.append(Row((site, None, None, None, None, "bw", *sums, sum(sums), None), kind="subtotal"))
        grand = [a + b for a, b in zip(grand, sums)]
    rows.append(Row((None, None, None, None, None, "bw", *grand, sum(grand), None), kind="total"))
    facts = (Fact(Text("fact.account"), "Nordlys Regnskap AS"), Fact(Text("fact.period"), (firsts[0], firsts[-1])),
             Fact(Text("fact.made"), datetime(2027, 1, 2, 9, tzinfo=UTC)))
    return Report(kind="fleet", title=Text("report.fleet"), facts=facts,
                  table=Table(Text("table.fleet"), columns, tuple(rows)), orientation="landscape")
