"""The cache's read queries: keyset paging returns every product exactly once in every order, filters run in SQL and
the SQL "reading due" filter agrees with the domain rule it mirrors."""

import json
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from domain.billing import reading_due
from sync.cache.db import open_cache, writer
from sync.cache.schema import products, readings
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from sync.readings import queries as reading_queries

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = open_cache(tmp_path_factory.mktemp("cache") / "cache.sqlite")
    rng = random.Random(7)
    product_rows, reading_rows = [], []
    for i in range(700):
        site = rng.choice(["Oslo", "Bergen", "Trondheim"])
        location = rng.choice(["Bygg A", "Bygg B", "Kopirom"]) + f" {rng.randint(1, 5)}"
        product_rows.append(dict(
            id=f"p{i:04d}", serial=f"SN{rng.randint(0, 99999):05d}", model=rng.choice(["C5850i", "4945i", "TX-3100"]),
            family="mfp", site_id=site.lower(), site_name=site, location=location,
            counters_json=json.dumps([{"key": "total", "label": "Total"}]), contract_number=f"K{i}",
            response_time_hours=8, billing_cycle=rng.choice(["monthly", "quarterly"]),
            reading_window_days=rng.randint(1, 10), normal_monthly_volume=1000, version=1,
            search_text=f"sn{i:05d} {site.lower()} {location.lower()}"))
        for m in range(rng.randint(0, 6)):
            day = TODAY - timedelta(days=rng.randint(0, 120))
            reading_rows.append(dict(id=f"r{i}-{m}", product_id=f"p{i:04d}", reading_date=day.isoformat(),
                                     values_json=json.dumps({"total": m}), status=rng.choice(["accepted", "pending"]),
                                     submitted_by="x"))
    with writer(engine).begin() as conn:
        conn.execute(insert(products), product_rows)
        conn.execute(insert(readings), reading_rows)
    return engine


def all_pages(engine, flt, limit=37):
    rows, page = [], product_queries.product_page(engine, flt, today=TODAY, limit=limit)
    while page:
        rows += page
        page = product_queries.product_page(engine, flt, today=TODAY, after=page[-1], limit=limit)
    return rows


@pytest.mark.parametrize("sort", ["serial", "model", "site", "location", "last_reading"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_visits_every_product_once_in_order(engine, sort, descending):
    rows = all_pages(engine, ProductFilter(sort=sort, descending=descending))
    assert len(rows) == 700 and len({r.id for r in rows}) == 700
    keys = [(product_queries._sort_value(r, sort), r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_text_filter_matches_every_word_and_counts_in_sql(engine):
    flt = ProductFilter(text="BERGEN  kopirom")
    rows = all_pages(engine, flt)
    assert rows and all(r.site_name == "Bergen" and r.location.startswith("Kopirom") for r in rows)
    assert product_queries.product_count(engine, flt, today=TODAY) == len(rows)


def test_like_wildcards_typed_by_the_user_are_literal(engine):
    assert product_queries.product_count(engine, ProductFilter(text="%"), today=TODAY) == 0
    assert product_queries.product_count(engine, ProductFilter(text="_"), today=TODAY) == 0


def test_site_filter(engine):
    rows = all_pages(engine, ProductFilter(site_id="oslo"))
    assert rows and {r.site_name for r in rows} == {"Oslo"}


def test_due_filter_in_sql_agrees_with_the_domain_rule(engine):
    everything = all_pages(engine, ProductFilter())
    expected = {r.id for r in everything
                if reading_due(TODAY, r.billing_cycle, r.reading_window_days,
                               [r.last_reading_date] if r.last_reading_date else [])}
    assert {r.id for r in everything if r.reading_due} == expected
    due = {r.id for r in all_pages(engine, ProductFilter(due_only=True))}
    assert due == expected and 0 < len(due) < 700


def test_last_reading_ignores_rejected_ones_and_history_is_newest_first(engine):
    history = reading_queries.reading_history(engine, "p0001")
    assert [r.reading_date for r in history] == sorted((r.reading_date for r in history), reverse=True)
    row = product_queries.product(engine, "p0001", today=TODAY)
    assert row.last_reading_date == (history[0].reading_date if history else None)
    assert product_queries.product(engine, "nope", today=TODAY) is None


def test_schema_head_constant_is_alembics_head(tmp_path):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from sync.cache.db import MIGRATIONS, SCHEMA_HEAD, schema_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD
    engine = open_cache(tmp_path / "fresh.sqlite")
    assert schema_revision(engine) == SCHEMA_HEAD
    assert schema_revision(open_cache(tmp_path / "fresh.sqlite")) == SCHEMA_HEAD  # reopening skips the migration
