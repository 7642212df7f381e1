"""The demo data: deterministic, realistic, consistent with the shared rules, and quick to make."""

import json
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, func, select, text

from domain.account import ACCOUNT_FIELDS, account_problems
from domain.meter import PastReading, check_reading
from domain.org_number import is_valid_org_number
from portal import entities, seed
from portal.auth import Principal
from portal.db import Store, accounts, assignments, change_log, meter_readings, users

TODAY = date(2026, 11, 25)


def seeded(path) -> Store:
    store = Store(f"sqlite:///{path}")
    store.create_schema()
    assert seed.seed_if_empty(store, TODAY)
    return store


@pytest.fixture
def store(tmp_path):
    store = seeded(tmp_path / "seed.sqlite")
    yield store
    store.dispose()


def admin_of(conn) -> Principal:
    row = conn.execute(select(users).where(users.c.role == "admin")).one()
    return Principal(row.id, row.account_id, row.email, row.role)


def test_two_fresh_databases_hold_identical_products(store, tmp_path):
    other = seeded(tmp_path / "other.sqlite")
    with store.read() as a, other.read() as b:
        assert entities.products_where(a, admin_of(a)) == entities.products_where(b, admin_of(b))
        assert entities.readings_where(a, admin_of(a), True) == entities.readings_where(b, admin_of(b), True)
    other.dispose()




def test_seeding_twice_keeps_the_data(store):
    with store.read() as conn:
        before = conn.execute(select(func.count()).select_from(change_log)).scalar_one()
    assert not seed.seed_if_empty(store, TODAY + timedelta(days=40))
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(change_log)).scalar_one() == before
        assert conn.execute(select(func.count()).select_from(accounts)).scalar_one() == 1


def test_the_company_has_a_valid_org_number_and_three_sites(store):
    with store.read() as conn:
        principal = admin_of(conn)
        account = entities.account_of(conn, principal)
        assert account.name == "Nordlys Regnskap AS" and is_valid_org_number(account.org_number)
        assert sorted(s.city for s in entities.sites_where(conn, principal)) == ["Bergen", "Oslo", "Trondheim"]


def test_the_company_has_account_data_the_shared_rule_takes(store):
    with store.read() as conn:
        account = entities.account_of(conn, admin_of(conn))
    assert account_problems(account.model_dump(include=set(ACCOUNT_FIELDS))) == []
    assert account.invoice_email and account.billing_postcode and account.version == 1


def test_a_database_from_before_the_account_data_gets_its_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, "
                          "org_number VARCHAR NOT NULL, time_zone VARCHAR NOT NULL)"))
        conn.execute(text("INSERT INTO accounts VALUES ('a-1', 'Acme AS', '974760673', 'Europe/Oslo')"))
    engine.dispose()
    store = Store(f"sqlite:///{path}")
    store.create_schema()
    with store.read() as conn:
        row = conn.execute(select(accounts)).one()
    store.dispose()
    assert (row.name, row.invoice_email, row.visiting_city, row.version) == ("Acme AS", "", "", 1)


def test_forty_machines_of_five_models_with_their_own_counters_and_contracts(store):
    with store.read() as conn:
        products = entities.products_where(conn, admin_of(conn))
    assert len(products) == 40 and len({p.serial for p in products}) == 40
    assert len({p.model for p in products}) == 5
    counters = {p.family: tuple(c.key for c in p.counters) for p in products}
    assert counters["A3 colour MFP"] == ("total", "bw", "colour")
    assert counters["A4 mono printer"] == ("total",)
    assert counters["Large format printer"] == ("total", "large_format_m2")
    for p in products:
        assert p.contract.response_time_hours in (4, 8, 16) and 5 <= p.contract.reading_window_days <= 10
        assert p.contract.billing_cycle in ("monthly", "quarterly") and p.contract.number.startswith("SA-")
        assert p.location.count(",") == 2 and "etasje" in p.location
        assert p.contact_name and "@" in p.contact_email and p.normal_monthly_volume > 0
    assert Counter(p.site.city for p in products) == {"Oslo": 18, "Bergen": 12, "Trondheim": 10}


def test_two_years_of_monthly_readings_that_pass_the_shared_rules(store):
    with store.read() as conn:
        principal = admin_of(conn)
        products = entities.products_where(conn, principal)
        readings = entities.readings_where(conn, principal, True)
    by_product = {p.id: sorted((r for r in readings if r.product_id == p.id), key=lambda r: r.reading_date)
                  for p in products}
    statuses = Counter(r.status for r in readings)
    assert statuses["estimated"] > 0 and statuses["accepted"] > 0.85 * len(readings)
    for product in products:
        history = by_product[product.id]
        assert len(history) == 24
        first, last = history[0].reading_date, history[-1].reading_date
        assert (first.year, first.month, last.year, last.month) == (2024, 11, 2026, 10)  # ends last month
        keys = [c.key for c in product.counters]
        for i, reading in enumerate(history):
            past = [PastReading(r.reading_date, r.values) for r in history[:i]]
            found = check_reading(counters=keys, values=reading.values, reading_date=reading.reading_date,
                                  today=TODAY, history=past, normal_monthly_volume=product.normal_monthly_volume)
            assert found == [], (product.serial, reading, found)
            if "colour" in keys:
                assert reading.values["total"] == reading.values["bw"] + reading.values["colour"]


def test_three_users_and_two_customers_with_different_machines(store):
    with store.read() as conn:
        roles = dict(conn.execute(select(users.c.email, users.c.role)).all())
        assigned = Counter(conn.execute(select(users.c.email).join(assignments,
                                                                   assignments.c.user_id == users.c.id)).scalars())
        per_product = conn.execute(select(assignments.c.product_id, func.count()).group_by(
            assignments.c.product_id)).all()
        values = conn.execute(select(meter_readings.c.values_json).limit(1)).scalar_one()
    assert roles == {"admin@example.no": "admin", "kari@example.no": "customer", "ola@example.no": "customer"}
    assert set(assigned) == {"kari@example.no", "ola@example.no"}
    assert all(8 <= n <= 12 for n in assigned.values())
    assert all(n == 1 for _, n in per_product)
    assert isinstance(json.loads(values)["total"], int)
