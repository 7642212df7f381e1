"""Pulled changes into the cache: upserts, deletes, reset, and our pending reading meeting the portal's copy."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from domain.wire import Change, ChangePage
from sync.account import queries as account_queries
from sync.cache.db import writer
from sync.cache.schema import products, sites
from sync.engine.feed import apply_page
from sync.products import queries as product_queries
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading
from tests.sync import factories
from tests.sync.conftest import TODAY


def _apply(cache, *changes, reset=False):
    with writer(cache).begin() as conn:
        return apply_page(conn, ChangePage(cursor="c", has_more=False, reset=reset, changes=list(changes)))


def _upsert(entity, item):
    return Change(entity=entity, op="upsert", id=item.id, data=item.model_dump(mode="json"))


def test_product_upsert_fills_search_text_counters_contract_and_site(cache):
    item = factories.product("p-9", "XY-77", location="Tilbygget, Arkivet", contact_name="Ola Hansen")
    changed = _apply(cache, _upsert("product", item))
    assert changed == {"product": {"p-9"}, "site": {"site-1"}}
    row = product_queries.product_by_serial(cache, "xy-77", today=TODAY)
    assert row.counter_keys == ("total", "bw", "colour")
    assert (row.contract_number, row.billing_cycle, row.response_time_hours) == ("C-1", "monthly", 8)
    with cache.connect() as conn:
        text = conn.execute(select(products.c.search_text).where(products.c.id == "p-9")).scalar_one()
    assert text == "xy-77 bizhub c300i head office oslo tilbygget, arkivet ola hansen"
    assert [p.serial for p in product_queries.product_page(cache, _filter("arkivet ola"), today=TODAY)] == ["XY-77"]


def test_pulled_reading_with_our_id_turns_our_pending_row_accepted(cache):
    item = queue_reading(cache, "p-1", TODAY, {"total": 11_000, "bw": 8_500, "colour": 2_500}, today=TODAY).value
    portal_copy = factories.reading(item.entity_id, "p-1", TODAY, {"total": 11_000, "bw": 8_500, "colour": 2_500})
    _apply(cache, _upsert("meter_reading", portal_copy))
    history = reading_queries.reading_history(cache, "p-1")
    assert [(r.id, r.status) for r in history] == [(item.entity_id, "accepted"), ("r-1", "accepted")]


def test_deletes(cache):
    changed = _apply(cache, Change(entity="meter_reading", op="delete", id="r-1"),
                     Change(entity="product", op="delete", id="p-2"), Change(entity="site", op="delete", id="site-1"))
    assert reading_queries.reading_history(cache, "p-1") == []
    assert product_queries.product(cache, "p-2", today=TODAY) is None
    assert changed["product"] == {"p-2"} and changed["meter_reading"] == {"r-1"}
    with cache.connect() as conn:
        assert conn.execute(select(sites)).all() == []


def test_deleting_a_product_keeps_our_unsent_reading_for_the_outbox(cache):
    item = queue_reading(cache, "p-1", TODAY, {"total": 11_000, "bw": 8_500, "colour": 2_500}, today=TODAY).value
    _apply(cache, Change(entity="product", op="delete", id="p-1"))
    assert [r.id for r in reading_queries.reading_history(cache, "p-1")] == [item.entity_id]


def test_reset_drops_the_replica_but_not_unsent_work_then_applies_the_page(cache):
    item = queue_reading(cache, "p-1", TODAY, {"total": 11_000, "bw": 8_500, "colour": 2_500}, today=TODAY).value
    changed = _apply(cache, _upsert("product", factories.product("p-5", "NEW-1")), reset=True)
    assert changed["product"] is None and changed["meter_reading"] is None
    assert [p.serial for p in product_queries.product_page(cache, _filter(""), today=TODAY)] == ["NEW-1"]
    assert [r.id for r in reading_queries.reading_history(cache, "p-1")] == [item.entity_id]
    assert account_queries.current_user(cache).email == "kari@example.no"


def test_account_and_user_upserts(cache):
    me = factories.me()
    renamed = me.account.model_copy(update={"name": "Acme Norge AS"})
    _apply(cache, _upsert("account", renamed), _upsert("user", me.user))
    assert account_queries.current_account(cache).name == "Acme Norge AS"


def _filter(text):
    from sync.products.records import ProductFilter
    return ProductFilter(text=text)


def test_dates_survive(cache):
    assert reading_queries.reading_history(cache, "p-1")[0].reading_date == date(2026, 10, 1)


def test_entities_this_version_does_not_cache_are_skipped_and_the_page_still_applies(cache):
    item = factories.product("p-10", "AB-10")
    case = Change(entity="supply_order", op="upsert", id="o-1", data={"id": "o-1", "subject": "Toner"})
    gone = Change(entity="relocation_request", op="delete", id="m-1")
    changed = _apply(cache, case, _upsert("product", item), gone)
    assert changed == {"product": {"p-10"}, "site": {"site-1"}}
    assert product_queries.product_by_serial(cache, "AB-10", today=TODAY) is not None
