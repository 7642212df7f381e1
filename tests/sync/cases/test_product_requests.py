"""Relocation and removal requests in the cache: the offline checks (the portal's rules, an unknown, removed or
already busy machine), the unsent case row and its outbox item written together, and the feed's product state."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from domain import problems
from domain.clock import utc_now
from domain.product_requests import Relocation, Removal
from domain.wire import Case, OpenRequest
from sync.cache.db import writer
from sync.cache.schema import cases
from sync.cases.operations import CaseInputError
from sync.cases.product_requests import (
    RELOCATION_KIND,
    REMOVAL_KIND,
    check_relocation,
    check_removal,
    open_request_for,
    queue_relocation,
    queue_removal,
    request_of,
)
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.apply import upsert_product
from sync.products.records import ProductFilter
from tests.sync import factories
from tests.sync.case_factories import portal_case

MONDAY = date(2026, 12, 7)


def relocation(**changes) -> Relocation:
    fields = dict(product_id="p-1", desired_date=date(2026, 12, 10), site_id="site-1", building="Bygg B",
                  floor="3. etasje", room="Rom 301", contact_name="Kari Nordmann", contact_phone="22 33 44 55",
                  network_change=True, note="Ring på.")
    return Relocation(**(fields | changes))


def removal(**changes) -> Removal:
    fields = dict(product_id="p-2", desired_date=date(2026, 12, 10), reason="lease_ended",
                  pickup_address="Storgata 1, 0155 Oslo", wipe_disk=True)
    return Removal(**(fields | changes))


def codes(found) -> dict[str, str]:
    return {p.field: p.code for p in found}


def test_a_good_relocation_checks_clean_and_a_holiday_does_not(cache):
    assert check_relocation(cache, relocation(), today=MONDAY) == []
    found = check_relocation(cache, relocation(desired_date=date(2026, 12, 25)), today=MONDAY)
    assert [(p.field, p.code, dict(p.params)) for p in found] == [
        ("desired_date", problems.DESIRED_DATE_HOLIDAY, {"holiday": "Første juledag"})]


def test_the_machine_must_be_known_and_not_removed(cache):
    assert codes(check_removal(cache, removal(product_id="p-9"), today=MONDAY)) == {
        "product_id": problems.CASE_PRODUCT_UNKNOWN}
    with writer(cache).begin() as conn:
        upsert_product(conn, factories.product("p-2", "SN200", removed_on=date(2026, 12, 1)))
    assert codes(check_removal(cache, removal(), today=MONDAY)) == {"product_id": problems.CASE_PRODUCT_REMOVED}


def test_a_queued_relocation_is_an_unsent_case_with_its_item(cache):
    changed = queue_relocation(cache, relocation(room="  Rom   301 "), subject="Flytt SN100", today=MONDAY)
    (case_id,) = changed["case"]
    assert changed["product"] == {"p-1"}
    with cache.connect() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
    assert (row.type, row.category, row.department, row.sync_status, row.subject, row.description) == (
        "relocation", "", "logistics", "pending", "Flytt SN100", "Ring på.")
    (item,) = outbox.outbox_items(cache)
    assert (item.kind, item.method, item.path, item.group_key) == (
        RELOCATION_KIND, "POST", "/cases/relocations", f"case:{case_id}")
    assert item.body == {"id": case_id, "product_id": "p-1", "desired_date": "2026-12-10", "site_id": "site-1",
                         "address": "", "postcode": "", "city": "", "building": "Bygg B", "floor": "3. etasje",
                         "room": "Rom 301", "contact_name": "Kari Nordmann", "contact_phone": "22 33 44 55",
                         "network_change": True, "note": "Ring på.", "subject": "Flytt SN100"}
    record = request_of(cache, case_id)
    assert (record.kind, record.desired_date, record.details["room"]) == ("relocation", date(2026, 12, 10),
                                                                          "Rom 301")
    shown = open_request_for(cache, "p-1")
    assert (shown.case_id, shown.number, shown.kind, shown.sync_status) == (case_id, None, "relocation", "pending")


def test_a_second_request_of_either_kind_is_refused_offline(cache):
    queue_removal(cache, removal(product_id="p-1"), subject="Hent SN100", today=MONDAY)
    with pytest.raises(CaseInputError) as refused:
        queue_relocation(cache, relocation(), subject="Flytt SN100", today=MONDAY)
    (problem,) = refused.value.problems
    assert (problem.field, problem.code, dict(problem.params)) == (
        "product_id", problems.CASE_REQUEST_ALREADY_OPEN, {"number": "", "kind": "removal"})
    assert outbox.unsent_count(cache) == 1


def test_an_open_request_the_portal_shows_on_the_product_counts(cache):
    with writer(cache).begin() as conn:
        upsert_product(conn, factories.product("p-2", "SN200", open_request=OpenRequest(
            case_id="c-9", number="CS0001009", kind="relocation", desired_date=date(2026, 12, 14))))
    shown = open_request_for(cache, "p-2")
    assert (shown.number, shown.kind, shown.desired_date) == ("CS0001009", "relocation", date(2026, 12, 14))
    assert codes(check_removal(cache, removal(), today=MONDAY)) == {
        "product_id": problems.CASE_REQUEST_ALREADY_OPEN}
    row = product_queries.product(cache, "p-2", today=MONDAY)
    assert row.open_request.number == "CS0001009"


def test_a_refused_request_keeps_its_case_and_a_discarded_one_goes(cache):
    changed = queue_removal(cache, removal(), subject="Hent SN200", today=MONDAY)
    (case_id,) = changed["case"]
    (item,) = outbox.outbox_items(cache)
    replay.rejected(cache, item, {"title": "Too soon", "code": problems.DESIRED_DATE_TOO_SOON, "status": 422})
    with cache.connect() as conn:
        assert conn.execute(select(cases.c.sync_status).where(cases.c.id == case_id)).scalar_one() == "rejected"
    replay.discard(cache, item.seq)
    assert request_of(cache, case_id) is None and open_request_for(cache, "p-2") is None


def test_the_portals_answer_replaces_the_unsent_case(cache):
    changed = queue_relocation(cache, relocation(), subject="Flytt SN100", today=MONDAY)
    (case_id,) = changed["case"]
    (item,) = outbox.outbox_items(cache)
    data = portal_case(case_id, number="CS0001500", product_id="p-1").model_dump() | {
        "type": "relocation", "category": None, "department": "logistics",
        "request": {"kind": "relocation", "desired_date": "2026-12-10", "site_id": "site-1", "room": "Rom 301",
                    "contact_name": "Kari Nordmann", "contact_phone": "22 33 44 55"}}
    with writer(cache).begin() as conn:
        replay.sent(conn, item, Case.model_validate(data), utc_now())
    shown = open_request_for(cache, "p-1")
    assert (shown.number, shown.sync_status) == ("CS0001500", "synced")
    assert json.loads(_row_json(cache, case_id))["kind"] == "relocation"


def test_a_removed_machine_leaves_the_active_lists(cache):
    with writer(cache).begin() as conn:
        upsert_product(conn, factories.product("p-3", "SN300", removed_on=date(2026, 12, 7)))
    active = product_queries.product_page(cache, ProductFilter(), today=MONDAY)
    assert [p.id for p in active] == ["p-1", "p-2"]
    assert product_queries.product_count(cache, ProductFilter(), today=MONDAY) == 2
    everything = product_queries.product_page(cache, ProductFilter(include_removed=True), today=MONDAY)
    assert [p.id for p in everything] == ["p-1", "p-2", "p-3"]
    assert everything[2].removed_on == date(2026, 12, 7) and not everything[2].reading_due


def test_both_kinds_are_registered():
    from sync.features import KINDS
    assert {RELOCATION_KIND, REMOVAL_KIND} <= set(KINDS)


def _row_json(cache, case_id):
    with cache.connect() as conn:
        return conn.execute(select(cases.c.request_json).where(cases.c.id == case_id)).scalar_one()
