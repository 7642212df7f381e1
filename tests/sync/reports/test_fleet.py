"""The fleet summary on a known fleet: volumes and totals agree with volumes worked out independently from the
readings; a machine never read is flagged; estimated months are marked; the chart is the sites' pages."""

from __future__ import annotations

from datetime import date

import pytest

from domain.wire import Site
from sync.cache.db import open_cache, writer
from sync.products.apply import upsert_site
from sync.progress import Cancelled
from sync.reports.fleet import LEADING, fleet_summary
from sync.reports.request import UNKNOWN_SERIAL, UNKNOWN_SITE, Period, ReportRefused
from tests.sync import factories
from tests.sync.reports.fleet_data import (
    PERIOD,
    independent_volume,
    request,
    seeded_cache,
)

MONTHS = (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))
KEYS = {"bw": {"p-1": "bw", "p-3": "bw", "p-2": "total"}, "colour": {"p-1": "colour", "p-3": "colour"},
        "large_format": {"p-4": "large_format_m2"}}
SERIAL_IDS = {"SN100": "p-1", "SN200": "p-2", "SN300": "p-3", "SN400": "p-4"}


@pytest.fixture
def engine(tmp_path):
    engine = seeded_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def _months(row):
    return list(row.cells[LEADING:LEADING + len(MONTHS)])


def test_each_machine_row_holds_the_independently_counted_volumes(engine):
    report = fleet_summary(engine, request())
    machine_rows = report.table.data_rows()
    assert [(r.cells[1], r.cells[LEADING - 1]) for r in machine_rows] == [
        ("SN200", "bw"), ("SN400", "large_format"),
        ("SN100", "bw"), ("SN100", "colour"), ("SN300", "bw"), ("SN300", "colour")]
    for row in machine_rows:
        product_id = SERIAL_IDS[row.cells[1]]
        expected = [independent_volume(product_id, KEYS[row.cells[LEADING - 1]][product_id], m) for m in MONTHS]
        assert _months(row) == expected, row.cells[1]
        assert row.cells[LEADING + 3] == (sum(v for v in expected if v is not None) if any(
            v is not None for v in expected) else None)
    assert _months(machine_rows[2]) == [300, 400, 200]      # month-start readings: plain differences


def test_site_and_overall_totals_add_the_independent_volumes(engine):
    rows = fleet_summary(engine, request()).table.rows
    subtotals = [(r.cells[0], r.cells[LEADING - 1], _months(r)) for r in rows if r.kind == "subtotal"]
    def summed(product_ids, kind):
        return [sum(independent_volume(p, KEYS[kind][p], m) or 0 for p in product_ids) for m in MONTHS]
    assert subtotals == [("Bergen branch", "bw", summed(["p-2"], "bw")),
                         ("Bergen branch", "large_format", [122, 51, None]),  # 240 m² over 61 days
                         ("Head office", "bw", summed(["p-1"], "bw")),
                         ("Head office", "colour", summed(["p-1"], "colour"))]
    assert subtotals[1][2] == [independent_volume("p-4", "large_format_m2", m) for m in MONTHS]
    overall = {r.cells[LEADING - 1]: _months(r) for r in rows if r.kind == "total"}
    assert overall["bw"] == summed(["p-1", "p-2"], "bw")
    assert overall["colour"] == summed(["p-1"], "colour")
    assert rows[-1].kind == "total"


def test_a_machine_without_a_reading_in_the_period_is_flagged(engine):
    rows = fleet_summary(engine, request()).table.data_rows()
    flagged = {r.cells[1] for r in rows if "no_reading" in r.flags}
    assert flagged == {"SN300"}
    sn300 = [r for r in rows if r.cells[1] == "SN300"]
    assert all(_months(r) == [None, None, None] and r.cells[-1] is True for r in sn300)
    assert not fleet_summary(engine, request(period=Period(date(2026, 4, 1), date(2026, 4, 30)),
                                             serials=("sn100",))).table.data_rows()[0].flags


def test_the_month_an_estimated_reading_feeds_is_marked_and_partial_months_too(engine):
    rows = fleet_summary(engine, request()).table.data_rows()
    sn100 = rows[2]
    assert [sn100.marked(LEADING + i, "estimated") for i in range(3)] == [False, False, True]
    sn400 = rows[1]
    assert [sn400.marked(LEADING + i, "partial") for i in range(3)] == [False, True, False]
    subtotal = [r for r in fleet_summary(engine, request()).table.rows if r.kind == "subtotal"][2]
    assert subtotal.marked(LEADING + 2, "estimated")


def test_the_chart_has_each_sites_pages_per_month(engine):
    chart = fleet_summary(engine, request()).chart
    assert chart.categories == MONTHS
    series = {s.name: list(s.values) for s in chart.series}
    head = [independent_volume("p-1", "bw", m) + independent_volume("p-1", "colour", m) for m in MONTHS]
    assert series == {"Bergen branch": [independent_volume("p-2", "total", m) for m in MONTHS], "Head office": head}


def test_the_selection_is_in_the_header_and_limits_the_rows(engine):
    report = fleet_summary(engine, request(site=" bergen BRANCH "))
    assert {r.cells[0] for r in report.table.rows if r.kind != "total"} == {"Bergen branch"}
    facts = {f.label.key: f.value for f in report.facts}
    assert facts["fact.site"] == "Bergen branch" and facts["fact.period"] == (PERIOD.first, PERIOD.last)
    assert facts["fact.account"] == "Acme AS" and facts["fact.machines"].key == "fact.all_machines"
    assert facts["fact.user"] == "Kari"


def test_an_unknown_site_or_serial_and_a_reversed_period_are_refused(engine):
    with pytest.raises(ReportRefused) as site:
        fleet_summary(engine, request(site="Tromsø"))
    assert site.value.code == UNKNOWN_SITE and site.value.params["known"] == ("Bergen branch", "Head office")
    with pytest.raises(ReportRefused) as serial:
        fleet_summary(engine, request(serials=("SN999",)))
    assert serial.value.code == UNKNOWN_SERIAL
    with pytest.raises(ReportRefused) as reversed_period:
        fleet_summary(engine, request(period=Period(date(2026, 3, 1), date(2026, 2, 1))))
    assert reversed_period.value.code == "report.period_reversed"


class _CancelAfter:
    def __init__(self, checks: int) -> None:
        self.left = checks
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        self.left -= 1
        return self.left < 0


def test_a_cancel_stops_the_build_and_progress_is_reported(engine):
    with pytest.raises(Cancelled):
        fleet_summary(engine, request(), _CancelAfter(2))
    watcher = _CancelAfter(100)
    fleet_summary(engine, request(), watcher)
    assert watcher.reports == [(0, 4)]


def test_a_site_is_found_in_any_case_beyond_ascii(tmp_path):
    engine = open_cache(tmp_path / "nord.sqlite")
    tromso = Site(id="site-t", name="Tromsø", address="Storgata 9", postcode="9008", city="Tromsø")
    factories.seed(engine, factories.product("p-t", "SNT1", site=tromso))
    with writer(engine).begin() as conn:
        upsert_site(conn, tromso)
    facts = {f.label.key: f.value for f in fleet_summary(engine, request(site="TROMSØ")).facts}
    assert facts["fact.site"] == "Tromsø"
    engine.dispose()


def test_each_machine_row_names_its_cost_centre(tmp_path):
    rows = fleet_summary(seeded_cache(tmp_path / "c.sqlite"), request()).table.data_rows()
    assert {r.cells[4] for r in rows if r.cells[1] == "SN400"} == {"4100 Tegnekontor"}
    assert {r.cells[4] for r in rows if r.cells[1] == "SN100"} == {""}

