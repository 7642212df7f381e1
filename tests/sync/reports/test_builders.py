"""The meter readings, readings due, open cases and orders reports on a known cache."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from sync.cache.db import writer
from sync.cache.schema import case_messages, cases, order_lines, orders
from sync.cache.stamps import to_iso
from sync.reports.cases import open_cases
from sync.reports.due import readings_due
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from sync.reports.request import NO_PERIOD, Period, ReportRefused
from tests.sync.reports.fleet_data import NOW, request, seeded_cache


@pytest.fixture
def engine(tmp_path):
    engine = seeded_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def test_meter_readings_lists_each_reading_with_its_status_and_the_volume_since_the_previous(engine):
    report = meter_readings(engine, request(serials=("SN100",)))
    titles = [c.title.params.get("counter", c.title.key) for c in report.table.columns]
    assert titles == ["col.serial", "col.model", "col.site", "col.location", "col.date", "col.status",
                      "total", "total", "bw", "bw", "colour", "colour"]
    rows = [(r.cells[4], r.cells[5], r.cells[6:]) for r in report.table.rows]
    assert rows == [
        (date(2026, 1, 1), "accepted", (1000, 500, 800, 400, 200, 100)),   # since 1 December, before the period
        (date(2026, 2, 1), "accepted", (1500, 500, 1100, 300, 400, 200)),
        (date(2026, 3, 1), "accepted", (2100, 600, 1500, 400, 600, 200)),  # the rejected reading left out
        (date(2026, 3, 20), "pending", (2300, 200, 1640, 140, 660, 60))]
    assert report.table.rows[-1].flags == {"pending"} and not report.table.rows[0].flags


def test_meter_readings_columns_are_every_counter_of_the_selection(engine):
    report = meter_readings(engine, request(site="Bergen branch"))
    keys = [c.title.params["counter"] for c in report.table.columns if c.title.key == "col.counter"]
    assert keys == ["total", "large_format_m2"]
    assert [(r.cells[0], r.cells[4], r.cells[6:]) for r in report.table.rows] == [
        ("SN200", date(2026, 1, 1), (100, None, None, None)),       # its first reading: no volume before it
        ("SN400", date(2026, 2, 14), (650, 600, 260, 240))]         # 1 April lies after the period


def test_a_report_of_a_period_needs_one(engine):
    with pytest.raises(ReportRefused) as refused:
        meter_readings(engine, request(period=None))
    assert refused.value.code == NO_PERIOD


def test_readings_due_lists_open_and_coming_windows_without_a_reading(engine):
    # monthly, 7-day windows: on 20 March, March's window (25–31) opens in 5 days; SN100's pending reading of
    # 20 March lies before it, so everything not removed is due, by site and location
    report = readings_due(engine, request(period=None, today=date(2026, 3, 20)))
    rows = report.table.rows
    assert [r.cells[2] for r in rows] == ["SN200", "SN400", "SN100", "SN300"]  # "2nd floor…" before "Plotter…"
    assert {(r.cells[4], r.cells[5]) for r in rows} == {(date(2026, 3, 25), date(2026, 3, 31))}
    sn100 = rows[2]
    assert sn100.cells[6:8] == (date(2026, 3, 20), "pending") and not sn100.flags
    keys = [c.title.params["counter"] for c in report.table.columns if c.title.key == "col.new_value"]
    assert keys == ["total", "bw", "colour", "large_format_m2"]
    assert sn100.cells[8:12] == (2300, 1640, 660, None) and sn100.cells[12:] == (None,) * 4
    assert sn100.marked(15, "absent") and not sn100.marked(12, "absent")
    assert rows[3].cells[6] is None                                     # never read
    facts = {f.label.key: f.value for f in report.facts}
    assert facts["fact.due_on"] == date(2026, 3, 20) and "fact.period" not in facts


def test_a_reading_in_the_open_window_takes_the_machine_off_the_list(engine):
    rows = readings_due(engine, request(period=None, today=date(2026, 3, 26))).table.rows
    assert all(r.flags == {"window_open"} for r in rows)
    assert readings_due(engine, request(period=None, today=date(2026, 3, 10))).table.rows == ()  # opens in 15 days


def _case(conn, case_id, number, state, created, expected, product_id="p-1"):
    conn.execute(insert(cases).values(
        id=case_id, number=number, type="support", product_id=product_id, category="paper_jam",
        department="technical_support", subject=f"Case {number}", description="", state=state,
        created_at=to_iso(created), expected_response_at=to_iso(expected) if expected else None,
        last_activity_at=to_iso(created)))


def test_open_cases_of_the_period_with_age_expected_answer_overdue_and_last_message(engine):
    with writer(engine).begin() as conn:
        _case(conn, "c1", "CS0000001", "in_progress", datetime(2026, 3, 1, 9, tzinfo=timezone.utc),
              datetime(2026, 3, 2, 9, tzinfo=timezone.utc))
        _case(conn, "c2", "CS0000002", "awaiting_customer", datetime(2026, 2, 1, 9, tzinfo=timezone.utc),
              datetime(2026, 2, 2, 9, tzinfo=timezone.utc))
        _case(conn, "c3", "CS0000003", "resolved", datetime(2026, 2, 5, tzinfo=timezone.utc), None)
        _case(conn, "c4", "CS0000004", "new", datetime(2025, 12, 31, 23, 30, tzinfo=timezone.utc), None)  # 1 Jan, Oslo
        _case(conn, "c5", "CS0000005", "new", datetime(2026, 4, 2, tzinfo=timezone.utc), None)
        conn.execute(insert(case_messages), [
            {"id": "m1", "case_id": "c1", "author_kind": "agent", "author_name": "Ola", "body": "Old",
             "created_at": to_iso(datetime(2026, 3, 1, 10, tzinfo=timezone.utc))},
            {"id": "m2", "case_id": "c1", "author_kind": "customer", "author_name": "Kari", "body": "Newest",
             "created_at": to_iso(datetime(2026, 3, 3, 10, tzinfo=timezone.utc))}])
    rows = open_cases(engine, request()).table.rows
    assert [r.cells[0] for r in rows] == ["CS0000004", "CS0000002", "CS0000001"]
    c1 = rows[2]
    assert c1.cells[1] == "SN100" and c1.cells[3] == "in_progress"
    assert c1.cells[5] == (NOW - datetime(2026, 3, 1, 9, tzinfo=timezone.utc)).days == 40
    assert c1.cells[7] is True and c1.flags == {"overdue"}
    assert c1.cells[9] == "Newest" and c1.cells[8] == datetime(2026, 3, 3, 10, tzinfo=timezone.utc)
    assert rows[1].cells[7] is None  # awaiting the customer: the desk owes nothing
    assert open_cases(engine, request(site="Bergen branch")).table.rows == ()


def test_orders_of_the_period_with_state_lines_and_tracking(engine):
    with writer(engine).begin() as conn:
        created = datetime(2026, 2, 10, 8, tzinfo=timezone.utc)
        conn.execute(insert(orders), [
            {"id": "o1", "number": "OR0001001", "product_id": "p-1", "state": "shipped", "created_at": to_iso(created),
             "carrier": "Bring", "tracking_ref": "70701", "sync_status": "synced"},
            {"id": "o2", "number": None, "product_id": "p-2", "state": "submitted",
             "created_at": to_iso(created + timedelta(days=1)), "carrier": None, "tracking_ref": None,
             "sync_status": "pending"},
            {"id": "o3", "number": "OR0000999", "product_id": "p-1", "state": "delivered",
             "created_at": to_iso(datetime(2025, 12, 1, tzinfo=timezone.utc)), "carrier": None,
             "tracking_ref": None, "sync_status": "synced"}])
        conn.execute(insert(order_lines), [{"order_id": "o1", "position": 2, "article_id": "DR-1", "quantity": 1},
                                           {"order_id": "o1", "position": 1, "article_id": "BK-1", "quantity": 2},
                                           {"order_id": "o2", "position": 1, "article_id": "ST-1", "quantity": 3}])
    rows = orders_report(engine, request()).table.rows
    assert [(r.cells[0], r.cells[2], r.cells[4], r.cells[5], r.cells[7]) for r in rows] == [
        ("OR0001001", "SN100", "shipped", "2 × BK-1; 1 × DR-1", "70701"),
        (None, "SN200", "submitted", "3 × ST-1", None)]
    assert rows[1].flags == {"not_sent"} and rows[0].cells[1] == created
    with pytest.raises(ReportRefused):
        orders_report(engine, request(period=Period(date(2026, 2, 1), date(2026, 1, 1))))
