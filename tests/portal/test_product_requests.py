"""Relocation and removal requests over HTTP: every refusal code, one open request per product, 404 for a product
the caller may not see, an idempotent replay, and an agent's completion moving or removing the product in the feed.

The portal's clock stands on Monday 7 December 2026 in Oslo: Thursday 10 December is the earliest desired date."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Iterator

import pytest

from domain import problems
from domain.clock import ACCOUNT_TZ
from portal.app import create_app
from portal.db import sqlite_url
from portal.demo_agent import DemoAgent
from tests.portal.conftest import ADMIN, KARI, OLA, assert_problem, sign_in
from tests.support.portal_server import serve_app

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=ACCOUNT_TZ)
THURSDAY = "2026-12-10"
AGENT = "agent@vendor.example"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Portal:
    def __init__(self, url: str, app, clock: Clock) -> None:
        self.url, self.app, self.clock = url, app, clock
        self.kari, self.ola, self.admin, self.agent = (sign_in(url, e) for e in (KARI, OLA, ADMIN, AGENT))
        self.product = self.kari.get("/v1/products").json()[0]
        self.sites = {s["name"]: s for s in self.admin.get("/v1/sites").json()}


@pytest.fixture(scope="module")
def portal(tmp_path_factory) -> Iterator[Portal]:
    """One portal for the module on Monday 7 December; each test uses a product of its own where it writes."""
    clock = Clock(MONDAY)
    db = Path(tmp_path_factory.mktemp("requests")) / "portal.sqlite"
    app = create_app(sqlite_url(db), demo=True, clock=clock, access_ttl_seconds=86400)
    with serve_app(app) as url:
        yield Portal(url, app, clock)


_used: set[str] = set()


def fresh_product(portal: Portal) -> dict:
    """A product of Kari's no test used yet."""
    for product in portal.kari.get("/v1/products").json():
        if product["id"] not in _used and product["open_request"] is None and product["removed_on"] is None:
            _used.add(product["id"])
            return product
    raise AssertionError("no unused product left")


def relocation(product: dict, site_id: str, **changes) -> dict:
    return {"id": str(uuid.uuid4()), "product_id": product["id"], "desired_date": THURSDAY, "site_id": site_id,
            "building": "Bygg B", "floor": "2. etasje", "room": "Rom 201", "contact_name": "Kari Nordmann",
            "contact_phone": "+47 22 33 44 55", "network_change": True, **changes}


def removal(product: dict, **changes) -> dict:
    return {"id": str(uuid.uuid4()), "product_id": product["id"], "desired_date": THURSDAY, "reason": "replaced",
            "pickup_address": "Karl Johans gate 22, 0159 Oslo", "wipe_disk": True, **changes}


def other_site(portal: Portal, product: dict) -> str:
    return next(s["id"] for s in portal.sites.values() if s["id"] != product["site"]["id"])


def test_a_relocation_opens_a_case_the_product_shows(portal):
    product = fresh_product(portal)
    body = relocation(product, other_site(portal, product), note="Ring på døra ved varemottaket.")
    answer = portal.kari.post_idem("/v1/cases/relocations", json=body)
    assert answer.status_code == 201, answer.text
    case = answer.json()
    assert (case["type"], case["category"], case["department"], case["state"]) == (
        "relocation", None, "logistics", "new")
    assert case["subject"] == f"Flytting av {product['model']} ({product['serial']})"
    assert case["description"] == "Ring på døra ved varemottaket."
    assert case["request"] == {"kind": "relocation", "desired_date": THURSDAY, "site_id": body["site_id"],
                               "address": "", "postcode": "", "city": "", "building": "Bygg B",
                               "floor": "2. etasje", "room": "Rom 201", "contact_name": "Kari Nordmann",
                               "contact_phone": "+47 22 33 44 55", "network_change": True, "completed_on": None}
    shown = portal.kari.get(f"/v1/products/{product['id']}").json()["open_request"]
    assert shown == {"case_id": case["id"], "number": case["number"], "kind": "relocation", "desired_date": THURSDAY}
    assert case["id"] in {c["id"] for c in portal.kari.get("/v1/cases").json()}


def test_a_second_request_of_either_kind_is_refused(portal):
    product = fresh_product(portal)
    first = portal.kari.post_idem("/v1/cases/removals", json=removal(product))
    assert first.status_code == 201, first.text
    for path, body in (("/v1/cases/removals", removal(product)),
                       ("/v1/cases/relocations", relocation(product, other_site(portal, product)))):
        refused = assert_problem(portal.kari.post_idem(path, json=body), 409, problems.CASE_REQUEST_ALREADY_OPEN)
        assert first.json()["number"] in refused["detail"]
        assert refused["errors"][0]["field"] == "product_id"


def test_a_cancelled_request_frees_the_product(portal):
    product = fresh_product(portal)
    case = portal.kari.post_idem("/v1/cases/removals", json=removal(product)).json()
    cancelled = portal.kari.post_idem(f"/v1/cases/{case['id']}/actions", json={"action": "cancel"})
    assert cancelled.json()["state"] == "cancelled"
    assert portal.kari.get(f"/v1/products/{product['id']}").json()["open_request"] is None
    again = portal.kari.post_idem("/v1/cases/removals", json=removal(product))
    assert again.status_code == 201, again.text


@pytest.mark.parametrize("desired, code", [
    (None, problems.DESIRED_DATE_MISSING),
    ("2026-12-09", problems.DESIRED_DATE_TOO_SOON),       # Wednesday: only two business days after Monday
    ("2026-12-07", problems.DESIRED_DATE_TOO_SOON),       # today
    ("2027-12-08", problems.DESIRED_DATE_TOO_FAR),        # a year and a day
    ("2026-12-12", problems.DESIRED_DATE_WEEKEND),
    ("2026-12-25", problems.DESIRED_DATE_HOLIDAY),        # Christmas Day
    ("2027-03-26", problems.DESIRED_DATE_HOLIDAY),        # Good Friday
    ("2027-05-17", problems.DESIRED_DATE_HOLIDAY),        # Constitution Day (and Whit Monday in 2027)
])
def test_each_way_a_date_is_wrong_has_its_code(portal, desired, code):
    body = relocation(portal.product, other_site(portal, portal.product), desired_date=desired)
    found = assert_problem(portal.kari.post_idem("/v1/cases/relocations", json=body), 422, code)
    assert found["errors"] == [{"field": "desired_date", "code": code, "message": problems.TITLES[code]}]
    body = removal(portal.product, desired_date=desired)
    assert_problem(portal.kari.post_idem("/v1/cases/removals", json=body), 422, code)


@pytest.mark.parametrize("changes, field, code", [
    ({"site_id": None}, "site_id", problems.RELOCATION_DESTINATION_MISSING),
    ({"site_id": "no-such-site"}, "site_id", problems.RELOCATION_SITE_UNKNOWN),
    ({"site_id": None, "postcode": "0155", "city": "Oslo"}, "address", problems.RELOCATION_ADDRESS_MISSING),
    ({"site_id": None, "address": "Storgata 5", "postcode": "155", "city": "Oslo"}, "postcode",
     problems.RELOCATION_POSTCODE_INVALID),
    ({"site_id": None, "address": "Storgata 5", "postcode": "0155"}, "city", problems.RELOCATION_CITY_MISSING),
    ({"building": "", "floor": " ", "room": ""}, "room", problems.RELOCATION_LOCATION_MISSING),
    ({"contact_name": ""}, "contact_name", problems.RELOCATION_CONTACT_MISSING),
    ({"contact_phone": ""}, "contact_phone", problems.PHONE_MISSING),
    ({"contact_phone": "22 33 44"}, "contact_phone", problems.PHONE_INVALID),
    ({"room": "r" * 61}, "room", problems.REQUEST_TEXT_TOO_LONG),
])
def test_each_relocation_field_refusal_has_its_code(portal, changes, field, code):
    body = {**relocation(portal.product, other_site(portal, portal.product)), **changes}
    found = assert_problem(portal.kari.post_idem("/v1/cases/relocations", json=body), 422, code)
    assert [(e["field"], e["code"]) for e in found["errors"]] == [(field, code)]


def test_moving_a_machine_to_where_it_stands_is_refused(portal):
    product = portal.product
    body = relocation(product, product["site"]["id"], building=product["location"], floor="", room="")
    assert_problem(portal.kari.post_idem("/v1/cases/relocations", json=body), 422, problems.RELOCATION_SAME_PLACE)


@pytest.mark.parametrize("changes, field, code", [
    ({"reason": None}, "reason", problems.REMOVAL_REASON_MISSING),
    ({"reason": "other"}, "reason_note", problems.REMOVAL_REASON_NOTE_MISSING),
    ({"pickup_address": "  "}, "pickup_address", problems.REMOVAL_PICKUP_MISSING),
])
def test_each_removal_field_refusal_has_its_code(portal, changes, field, code):
    found = assert_problem(portal.kari.post_idem("/v1/cases/removals", json=removal(portal.product, **changes)),
                           422, code)
    assert [(e["field"], e["code"]) for e in found["errors"]] == [(field, code)]


def test_several_problems_are_one_validation_failed_with_each_field(portal):
    body = relocation(portal.product, None, desired_date="2026-12-12", contact_phone="x")
    found = assert_problem(portal.kari.post_idem("/v1/cases/relocations", json=body), 422,
                           problems.VALIDATION_FAILED)
    assert [(e["field"], e["code"]) for e in found["errors"]] == [
        ("desired_date", problems.DESIRED_DATE_WEEKEND), ("site_id", problems.RELOCATION_DESTINATION_MISSING),
        ("contact_phone", problems.PHONE_INVALID)]


def test_another_users_product_is_404(portal):
    olas = portal.ola.get("/v1/products").json()[0]
    for path, body in (("/v1/cases/relocations", relocation(olas, other_site(portal, olas))),
                       ("/v1/cases/removals", removal(olas))):
        assert_problem(portal.kari.post_idem(path, json=body), 404, problems.NOT_FOUND)
    assert_problem(portal.kari.post_idem("/v1/cases/removals", json=removal({"id": "nope"})), 404,
                   problems.NOT_FOUND)
    assert portal.ola.get(f"/v1/products/{olas['id']}").json()["open_request"] is None


def test_an_idempotent_replay_creates_nothing_new(portal):
    product = fresh_product(portal)
    body, key = removal(product), str(uuid.uuid4())
    first = portal.kari.post_idem("/v1/cases/removals", json=body, key=key)
    again = portal.kari.post_idem("/v1/cases/removals", json=body, key=key)
    assert (first.status_code, again.status_code) == (201, 201) and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    same_id = portal.kari.post_idem("/v1/cases/removals", json=body)  # a new key, the same request: the same case
    assert same_id.status_code == 200 and same_id.json()["id"] == first.json()["id"]
    assert [c["id"] for c in portal.kari.get("/v1/cases").json()].count(body["id"]) == 1
    assert_problem(portal.kari.post_idem("/v1/cases/removals", json={**body, "wipe_disk": False}), 422,
                   problems.VALIDATION_FAILED)  # the same id for a different request


def test_a_completed_relocation_moves_the_product_in_the_feed(portal):
    product = fresh_product(portal)
    target = other_site(portal, product)
    case = portal.kari.post_idem("/v1/cases/relocations", json=relocation(product, target)).json()
    cursor = portal.kari.get("/v1/changes").json()["cursor"]
    assert_problem(portal.kari.post_idem(f"/v1/agent/cases/{case['id']}/complete"), 403, problems.FORBIDDEN)
    done = portal.agent.post_idem(f"/v1/agent/cases/{case['id']}/complete")
    assert done.status_code == 200, done.text
    assert done.json()["state"] == "closed" and done.json()["request"]["completed_on"] == "2026-12-07"
    page = portal.kari.get("/v1/changes", params={"cursor": cursor}).json()
    moved = next(c["data"] for c in page["changes"] if c["entity"] == "product" and c["id"] == product["id"])
    assert moved["site"]["id"] == target and moved["location"] == "Bygg B, 2. etasje, Rom 201"
    assert (moved["building"], moved["floor"], moved["room"]) == ("Bygg B", "2. etasje", "Rom 201")
    assert moved["open_request"] is None and moved["version"] == product["version"] + 1
    assert_problem(portal.agent.post_idem(f"/v1/agent/cases/{case['id']}/complete"), 422,
                   problems.CASE_TRANSITION_NOT_ALLOWED)  # done already


def test_a_relocation_to_a_new_address_makes_it_a_site(portal):
    product = fresh_product(portal)
    body = relocation(product, None, address="Storgata 5", postcode="0155", city="Oslo")
    case = portal.kari.post_idem("/v1/cases/relocations", json=body).json()
    assert portal.agent.post_idem(f"/v1/agent/cases/{case['id']}/complete").status_code == 200
    moved = portal.kari.get(f"/v1/products/{product['id']}").json()
    assert (moved["site"]["address"], moved["site"]["postcode"], moved["site"]["city"]) == (
        "Storgata 5", "0155", "Oslo")


def test_a_completed_removal_takes_the_product_out_of_the_fleet(portal):
    product = fresh_product(portal)
    case = portal.kari.post_idem("/v1/cases/removals", json=removal(product)).json()
    assert portal.agent.post_idem(f"/v1/agent/cases/{case['id']}/complete").status_code == 200
    removed = portal.kari.get(f"/v1/products/{product['id']}").json()
    assert removed["removed_on"] == "2026-12-07" and removed["open_request"] is None
    assert removed["active"] is False  # the order rules refuse supplies for it (order.product_inactive)
    assert portal.kari.get(f"/v1/products/{product['id']}/meter-readings").json()  # its history is kept
    assert_problem(portal.kari.post_idem("/v1/cases/relocations", json=relocation(product, other_site(
        portal, product))), 422, problems.CASE_PRODUCT_REMOVED)


def test_a_support_case_is_not_completed(portal):
    body = {"id": str(uuid.uuid4()), "type": "support", "product_id": portal.product["id"], "category": "paper_jam",
            "subject": "Papirstopp", "description": "Skuff 2."}
    case = portal.kari.post_idem("/v1/cases", json=body).json()
    assert_problem(portal.agent.post_idem(f"/v1/agent/cases/{case['id']}/complete"), 422,
                   problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(portal.kari.post_idem("/v1/cases", json={**body, "id": str(uuid.uuid4()), "type": "relocation"}),
                   422, problems.VALIDATION_FAILED)  # a request is not opened as a plain case


def test_the_demo_agent_completes_a_request_after_its_delay(portal):
    product = fresh_product(portal)
    case = portal.kari.post_idem("/v1/cases/removals", json=removal(product)).json()
    agent = DemoAgent(portal.app.state.portal.store, portal.clock, 30)
    assert agent.run_once() == 0
    portal.clock.now = MONDAY.replace(minute=1)
    try:
        assert agent.run_once() >= 1
    finally:
        portal.clock.now = MONDAY
    assert portal.kari.get(f"/v1/cases/{case['id']}").json()["state"] == "closed"
    said = portal.kari.get(f"/v1/cases/{case['id']}/messages").json()
    assert said[-1]["author_kind"] == "agent" and "hentet" in said[-1]["body"]
    assert portal.kari.get(f"/v1/products/{product['id']}").json()["removed_on"] == "2026-12-07"
