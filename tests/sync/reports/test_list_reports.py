"""The products list and the cases list as reports: exactly the rows the list shows under its filter, in its order
(past the list's first page too), with the filter named in the header."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from sync.cache.db import writer
from sync.cache.schema import cases, sites
from sync.cache.stamps import to_iso
from sync.cases.queries import CaseQuery
from sync.products.records import ProductFilter
from sync.progress import Cancelled
from sync.reports import every_page
from sync.reports.case_list import case_list
from sync.reports.model import Text
from sync.reports.product_list import product_list
from tests.sync.reports.fleet_data import NOW, request, seeded_cache


@pytest.fixture
def engine(tmp_path):
    engine = seeded_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def _facts(report) -> dict[str, object]:
    return {f.label.key: f.value for f in report.facts}


def test_the_whole_fleet_in_the_lists_order_with_its_columns(engine):
    report = product_list(engine, request(period=None), ProductFilter(sort="serial", descending=True))
    assert [r.cells[0] for r in report.table.rows] == ["SN400", "SN300", "SN200", "SN100"]
    assert [c.title.key for c in report.table.columns] == [
        "col.serial", "col.model", "col.site", "col.location", "col.last_reading", "col.last_total", "flag.due"]
    sn100 = report.table.rows[-1]
    assert sn100.cells[4].isoformat() == "2026-04-01" and sn100.cells[5] == 2400  # the rejected one left out
    assert report.table.rows[1].cells[4] is None and report.table.rows[1].cells[5] is None  # SN300: never read
    assert _facts(report)["fact.site"] == Text("fact.all_sites")
    assert "fact.search" not in _facts(report) and "fact.filter" not in _facts(report)


def test_a_filtered_list_prints_only_its_rows_and_says_which_filter(engine):
    with engine.connect() as conn:
        branch = conn.execute(select(sites.c.id).where(sites.c.name == "Bergen branch")).scalar_one()
    report = product_list(engine, request(period=None), ProductFilter(site_id=branch, text="plotter"))
    assert [r.cells[0] for r in report.table.rows] == ["SN400"]
    facts = _facts(report)
    assert facts["fact.site"] == "Bergen branch" and facts["fact.search"] == "plotter"
    due = product_list(engine, request(period=None, today=date(2026, 4, 29)), ProductFilter(due_only=True))
    assert _facts(due)["fact.filter"] == Text("filter.due_only")
    assert due.table.rows and all(r.cells[6] is True for r in due.table.rows)
    assert product_list(engine, request(period=None), ProductFilter(due_only=True)).table.rows == ()  # no window


def test_the_list_report_reads_past_the_lists_first_page(engine, monkeypatch):
    monkeypatch.setattr(every_page, "PAGE", 3)
    report = product_list(engine, request(period=None), ProductFilter())
    assert [r.cells[0] for r in report.table.rows] == ["SN100", "SN200", "SN300", "SN400"]


def test_a_cancelled_list_report_stops(engine):
    class Stopped:
        def report(self, done, total):
            pass

        def cancelled(self):
            return True

    with pytest.raises(Cancelled):
        product_list(engine, request(period=None), ProductFilter(), Stopped())


def _case(conn, number, state, subject, minutes, sync_status="synced"):
    moment = NOW - timedelta(minutes=minutes)
    conn.execute(insert(cases).values(
        id=f"c-{number}", number=number, type="support", product_id="p-1", category="paper_jam",
        department="technical_support", subject=subject, description="", state=state, created_at=to_iso(moment),
        expected_response_at=to_iso(moment + timedelta(hours=8)), last_activity_at=to_iso(moment),
        sync_status=sync_status, search_text=f"{number} {subject} sn100".lower()))


@pytest.fixture
def with_cases(engine):
    with writer(engine).begin() as conn:
        _case(conn, "CS1", "in_progress", "Paper jam in tray 2", 30)
        _case(conn, "CS2", "resolved", "Streaks on prints", 20)
        _case(conn, "CS3", "new", "Jam again", 10, sync_status="pending")
        _case(conn, "CS4", "awaiting_customer", "Toner jam", 40)
    return engine


def test_the_cases_list_as_filtered_and_searched_newest_activity_first(with_cases, monkeypatch):
    monkeypatch.setattr(every_page, "PAGE", 2)
    report = case_list(with_cases, request(period=None), CaseQuery(filter="open"))
    assert [r.cells[0] for r in report.table.rows] == ["CS3", "CS1", "CS4"]
    assert report.table.rows[0].flags == {"not_sent"}
    first = report.table.rows[1]
    assert first.cells[1:3] == ("Paper jam in tray 2", "SN100") and first.cells[4:6] == ("paper_jam", "in_progress")
    assert first.cells[6] == NOW - timedelta(minutes=30)
    assert _facts(report)["fact.filter"] == Text("case_filter.open") and "fact.search" not in _facts(report)
    searched = case_list(with_cases, request(period=None), CaseQuery(filter="all", text="jam", sort="number",
                                                                      descending=False))
    assert [r.cells[0] for r in searched.table.rows] == ["CS1", "CS3", "CS4"]
    assert _facts(searched)["fact.search"] == "jam" and _facts(searched)["fact.filter"] == Text("case_filter.all")


def test_every_list_key_is_worded_by_the_cli_in_both_languages(with_cases):
    from cli.report_texts import EN, NB
    reports = [product_list(with_cases, request(period=None), ProductFilter(due_only=True, text="sn")),
               case_list(with_cases, request(period=None), CaseQuery(filter="all", text="jam"))]
    used = set()
    for report in reports:
        used |= {report.title.key, report.table.title.key} | {c.title.key for c in report.table.columns}
        used |= {f.label.key for f in report.facts} | {f.value.key for f in report.facts if isinstance(f.value, Text)}
        for i, column in enumerate(report.table.columns):
            if column.type == "code":
                used |= {f"{column.codes}.{row.cells[i]}" for row in report.table.rows}
    used |= {f"case_filter.{name}" for name in ("open", "awaiting", "resolved", "all")}
    assert used - EN.keys() == set() and used - NB.keys() == set()


def test_case_list_moments_are_aware(with_cases):
    row = case_list(with_cases, request(period=None), CaseQuery(filter="all")).table.rows[0]
    assert row.cells[6].tzinfo is not None and row.cells[6].astimezone(UTC) == NOW - timedelta(minutes=10)
