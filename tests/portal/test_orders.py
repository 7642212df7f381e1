"""Supplies orders over real HTTP: the catalogue per product, every refusal code with its field, the state machine
(the supplies desk's steps and the customer's cancel), who sees what (404 for another user's or organisation's
product and order), Idempotency-Key replays, the delta feed and the demo supplies desk. Each test gets its own
portal (demo data, agents and catalogue) on a movable clock.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import func, select, update

from domain import problems
from domain.clock import ACCOUNT_TZ
from portal.__main__ import order_delay, parse_args
from portal.app import create_app
from portal.db import orders, products, sqlite_url
from portal.demo_orders import DemoSuppliesDesk
from tests.portal.conftest import ADMIN, KARI, OLA, assert_problem, sign_in
from tests.support.organisations import OTHER_ADMIN, other_organisation
from tests.support.portal_server import serve_app

AGENT = "agent@vendor.example"
TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ACCOUNT_TZ)
CANON_BLACK, CANON_CYAN, HP_BLACK = "3763C002", "3764C002", "W1470A"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class OrderPortal:
    def __init__(self, url: str, app, clock: Clock) -> None:
        self.url, self.app, self.clock = url, app, clock
        self.store = app.state.portal.store
        other_organisation(self.store)
        self.kari, self.ola, self.admin, self.agent, self.other = (
            sign_in(url, e) for e in (KARI, OLA, ADMIN, AGENT, OTHER_ADMIN))

    def product_of(self, session, model: str = "Canon imageRUNNER ADVANCE DX C5840i") -> dict:
        return next(p for p in session.get("/v1/products").json() if p["model"] == model)

    def set_product(self, product_id: str, **values) -> None:
        with self.store.write() as conn:
            conn.execute(update(products).where(products.c.id == product_id).values(**values))

    def order_count(self) -> int:
        with self.store.read() as conn:
            return conn.execute(select(func.count()).select_from(orders)).scalar_one()


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[OrderPortal]:
    clock = Clock(TUESDAY_MORNING)
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=clock, access_ttl_seconds=400 * 86400)
    with serve_app(app) as url:
        yield OrderPortal(url, app, clock)


def order_body(product_id: str, lines=((CANON_BLACK, 2),), **changes) -> dict:
    return {"id": str(uuid.uuid4()), "product_id": product_id,
            "lines": [{"article": a, "quantity": q} for a, q in lines], **changes}


def place(session, body: dict) -> dict:
    answer = session.post_idem("/v1/orders", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def agent_step(portal: OrderPortal, order_id: str, action: str, **extra):
    return portal.agent.post_idem(f"/v1/agent/orders/{order_id}/actions", json={"action": action, **extra})


def fields(problem: dict) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in problem["errors"]]


def test_the_catalogue_holds_what_fits_the_product_and_only_for_who_may_see_it(portal):
    canon = portal.product_of(portal.kari)
    found = portal.kari.get(f"/v1/products/{canon['id']}/catalogue").json()
    assert [a["id"] for a in found] == [CANON_BLACK, CANON_CYAN, "3765C002", "3766C002", "3767C002", "FM1-A606-000",
                                        "0148B001"]
    black = found[0]
    assert (black["kind"], black["colour"], black["page_yield"]) == ("toner", "black", 60_000)
    assert black["name_nb"] == "Toner svart (C-EXV 58)" and black["name_en"] == "Toner black (C-EXV 58)"
    assert canon["model"] in black["models"] and canon["contract"]["order_line_limit"] == 10 and canon["active"]
    assert_problem(portal.ola.get(f"/v1/products/{canon['id']}/catalogue"), 404, problems.NOT_FOUND)
    assert_problem(portal.admin.get("/v1/products/product-fjord/catalogue"), 404, problems.NOT_FOUND)


def test_an_order_is_placed_with_its_delivery(portal):
    canon = portal.product_of(portal.kari)
    order = place(portal.kari, order_body(canon["id"], lines=[(CANON_BLACK, 2), (CANON_CYAN, 1)],
                                          delivery={"recipient": "Resepsjonen", "phone": "+47 22 00 00 00"},
                                          note="Leveres i resepsjonen"))
    assert order["number"] == "OR0001001" and order["state"] == "submitted"
    assert order["lines"] == [{"article": CANON_BLACK, "quantity": 2}, {"article": CANON_CYAN, "quantity": 1}]
    assert order["delivery"]["site_id"] == canon["site"]["id"] and order["delivery"]["city"] == canon["site"]["city"]
    assert (order["delivery"]["recipient"], order["delivery"]["phone"]) == ("Resepsjonen", "+47 22 00 00 00")
    assert order["note"] == "Leveres i resepsjonen" and order["created_by"] == KARI
    assert datetime.fromisoformat(order["created_at"]) == TUESDAY_MORNING
    assert order["carrier"] is order["tracking_ref"] is order["shipped_at"] is None
    second = place(portal.kari, order_body(canon["id"], delivery={"site_id": _other_site(portal, canon)}))
    assert second["number"] == "OR0001002" and second["delivery"]["recipient"] == "Kari Nordmann"
    assert second["delivery"]["site_id"] == _other_site(portal, canon)
    assert [o["id"] for o in portal.kari.get("/v1/orders").json()][:2] in ([second["id"], order["id"]],
                                                                           [order["id"], second["id"]])
    assert portal.kari.get(f"/v1/orders/{order['id']}").json() == order


def _other_site(portal: OrderPortal, product: dict) -> str:
    return next(s["id"] for s in portal.admin.get("/v1/sites").json() if s["id"] != product["site"]["id"])


def test_every_refusal_has_its_code_and_field(portal):
    canon = portal.product_of(portal.kari)
    pid = canon["id"]

    def refused(body: dict, code: str) -> list[tuple[str, str]]:
        return fields(assert_problem(portal.kari.post_idem("/v1/orders", json=body), 422, code))

    assert refused(order_body(pid, lines=[]), problems.ORDER_EMPTY) == [("lines", problems.ORDER_EMPTY)]
    assert refused(order_body(pid, lines=[(HP_BLACK, 1)]), problems.ORDER_ARTICLE_NOT_FITTING) == [
        ("lines.0.article", problems.ORDER_ARTICLE_NOT_FITTING)]
    assert refused(order_body(pid, lines=[("NO-SUCH", 1)]), problems.ORDER_ARTICLE_NOT_FITTING) == [
        ("lines.0.article", problems.ORDER_ARTICLE_NOT_FITTING)]
    assert refused(order_body(pid, lines=[(CANON_BLACK, 1), (CANON_BLACK, 2)]), problems.ORDER_ARTICLE_REPEATED) == [
        ("lines.1.article", problems.ORDER_ARTICLE_REPEATED)]
    for bad in (0, -1, "2", 2.5, True, None):
        assert refused(order_body(pid, lines=[(CANON_BLACK, bad)]), problems.ORDER_QUANTITY_INVALID) == [
            ("lines.0.quantity", problems.ORDER_QUANTITY_INVALID)], bad
    assert refused(order_body(pid, lines=[(CANON_CYAN, 10), (CANON_BLACK, 11)]),
                   problems.ORDER_QUANTITY_OVER_LIMIT) == [("lines.1.quantity", problems.ORDER_QUANTITY_OVER_LIMIT)]
    too_many = order_body(pid, lines=[(f"A{n}", 1) for n in range(51)])
    assert refused(too_many, problems.ORDER_TOO_MANY_LINES)[0] == ("lines", problems.ORDER_TOO_MANY_LINES)
    assert refused(order_body(pid, delivery={"site_id": "site-fjord"}), problems.ORDER_DELIVERY_SITE_UNKNOWN) == [
        ("delivery.site_id", problems.ORDER_DELIVERY_SITE_UNKNOWN)]
    assert refused(order_body(pid, lines=[(HP_BLACK, 0)]), problems.ORDER_ARTICLE_NOT_FITTING) == [
        ("lines.0.article", problems.ORDER_ARTICLE_NOT_FITTING), ("lines.0.quantity", problems.ORDER_QUANTITY_INVALID)]
    portal.set_product(pid, order_line_limit=3)
    assert refused(order_body(pid, lines=[(CANON_BLACK, 4)]), problems.ORDER_QUANTITY_OVER_LIMIT) == [
        ("lines.0.quantity", problems.ORDER_QUANTITY_OVER_LIMIT)]
    assert place(portal.kari, order_body(pid, lines=[(CANON_BLACK, 3)]))["lines"][0]["quantity"] == 3
    portal.set_product(pid, active=0)
    assert portal.kari.get(f"/v1/products/{pid}").json()["active"] is False
    assert refused(order_body(pid), problems.ORDER_PRODUCT_INACTIVE) == [("product_id", problems.ORDER_PRODUCT_INACTIVE)]
    assert portal.order_count() == 1


def test_another_users_or_organisations_product_and_order_are_not_found(portal):
    karis = portal.product_of(portal.kari)
    theirs = place(portal.other, order_body("product-fjord"))
    mine = place(portal.kari, order_body(karis["id"]))
    for session, product_id, order_id in ((portal.ola, karis["id"], mine["id"]),
                                          (portal.admin, "product-fjord", theirs["id"]),
                                          (portal.other, karis["id"], mine["id"])):
        assert_problem(session.post_idem("/v1/orders", json=order_body(product_id)), 404, problems.NOT_FOUND)
        assert_problem(session.get(f"/v1/orders/{order_id}"), 404, problems.NOT_FOUND)
        assert_problem(session.post_idem(f"/v1/orders/{order_id}/cancel"), 404, problems.NOT_FOUND)
        assert order_id not in {o["id"] for o in session.get("/v1/orders").json()}
    assert_problem(portal.kari.post_idem("/v1/orders", json=order_body("no-such-product")), 404, problems.NOT_FOUND)
    assert portal.kari.get(f"/v1/orders/{mine['id']}").json()["state"] == "submitted"
    assert portal.other.get(f"/v1/orders/{theirs['id']}").json()["state"] == "submitted"
    assert portal.order_count() == 2


def test_the_state_machine(portal):
    canon = portal.product_of(portal.kari)
    order = place(portal.kari, order_body(canon["id"]))
    portal.clock.now += timedelta(hours=1)
    confirmed = agent_step(portal, order["id"], "confirm").json()
    assert confirmed["state"] == "confirmed" and datetime.fromisoformat(confirmed["confirmed_at"]) == portal.clock.now
    assert confirmed["version"] == order["version"] + 1
    problem = assert_problem(portal.kari.post_idem(f"/v1/orders/{order['id']}/cancel"), 422,
                             problems.ORDER_CANCEL_NOT_ALLOWED)
    assert fields(problem) == [("state", problems.ORDER_CANCEL_NOT_ALLOWED)]
    assert_problem(agent_step(portal, order["id"], "deliver"), 422, problems.ORDER_TRANSITION_NOT_ALLOWED)
    no_tracking = assert_problem(agent_step(portal, order["id"], "ship", carrier="Bring"), 422,
                                 problems.VALIDATION_FAILED)
    assert fields(no_tracking) == [("tracking_ref", problems.VALIDATION_FAILED)]
    shipped = agent_step(portal, order["id"], "ship", carrier="Bring", tracking_ref="70720000000000001").json()
    assert (shipped["state"], shipped["carrier"], shipped["tracking_ref"]) == ("shipped", "Bring",
                                                                               "70720000000000001")
    assert_problem(agent_step(portal, order["id"], "confirm"), 422, problems.ORDER_TRANSITION_NOT_ALLOWED)
    delivered = agent_step(portal, order["id"], "deliver").json()
    assert delivered["state"] == "delivered" and delivered["delivered_at"] and delivered["tracking_ref"]
    for action in ("confirm", "ship", "deliver"):
        assert_problem(agent_step(portal, order["id"], action, carrier="Bring", tracking_ref="1"), 422,
                       problems.ORDER_TRANSITION_NOT_ALLOWED)
    assert_problem(portal.kari.post_idem(f"/v1/orders/{order['id']}/cancel"), 422, problems.ORDER_CANCEL_NOT_ALLOWED)
    assert_problem(portal.kari.post_idem(f"/v1/agent/orders/{order['id']}/actions", json={"action": "confirm"}), 403,
                   problems.FORBIDDEN)


def test_only_the_orderer_or_an_administrator_cancels_and_only_while_submitted(portal):
    canon = portal.product_of(portal.kari)
    by_admin = place(portal.admin, order_body(canon["id"]))
    assert_problem(portal.kari.post_idem(f"/v1/orders/{by_admin['id']}/cancel"), 403, problems.FORBIDDEN)
    assert portal.kari.get(f"/v1/orders/{by_admin['id']}").json()["state"] == "submitted"
    by_kari = place(portal.kari, order_body(canon["id"], lines=[(CANON_CYAN, 1)]))
    cancelled = portal.kari.post_idem(f"/v1/orders/{by_kari['id']}/cancel").json()
    assert cancelled["state"] == "cancelled" and datetime.fromisoformat(cancelled["cancelled_at"]) == TUESDAY_MORNING
    assert portal.admin.post_idem(f"/v1/orders/{by_admin['id']}/cancel").json()["state"] == "cancelled"
    assert_problem(portal.admin.post_idem(f"/v1/orders/{by_kari['id']}/cancel"), 422,
                   problems.ORDER_CANCEL_NOT_ALLOWED)
    assert_problem(agent_step(portal, by_kari["id"], "confirm"), 422, problems.ORDER_TRANSITION_NOT_ALLOWED)


def test_an_idempotent_replay_creates_nothing_new(portal):
    body = order_body(portal.product_of(portal.kari)["id"])
    key = str(uuid.uuid4())
    first = portal.kari.post_idem("/v1/orders", json=body, key=key)
    again = portal.kari.post_idem("/v1/orders", json=body, key=key)
    assert first.status_code == again.status_code == 201 and again.content == first.content
    assert again.headers["Idempotent-Replayed"] == "true"
    same_id = portal.kari.post_idem("/v1/orders", json=body)
    assert same_id.status_code == 200 and same_id.json() == first.json()
    assert_problem(portal.kari.post_idem("/v1/orders", json={**body, "note": "annet"}, key=key), 422,
                   problems.IDEMPOTENCY_KEY_REUSED)
    assert_problem(portal.kari.post_idem("/v1/orders", json={**body, "note": "annet"}), 422,
                   problems.VALIDATION_FAILED)
    assert_problem(portal.admin.post_idem("/v1/orders", json=body), 422, problems.VALIDATION_FAILED)
    cancel_key = str(uuid.uuid4())
    cancelled = portal.kari.post_idem(f"/v1/orders/{body['id']}/cancel", key=cancel_key)
    replayed = portal.kari.post_idem(f"/v1/orders/{body['id']}/cancel", key=cancel_key)
    assert replayed.content == cancelled.content and replayed.headers["Idempotent-Replayed"] == "true"
    assert portal.order_count() == 1 and portal.kari.get(f"/v1/orders/{body['id']}").json()["version"] == 2


def test_the_feed_carries_the_catalogue_and_the_orders_each_user_may_see(portal):
    karis = portal.product_of(portal.kari)
    olas = portal.product_of(portal.ola, portal.ola.get("/v1/products").json()[0]["model"])
    kari_order = place(portal.kari, order_body(karis["id"]))
    ola_order = place(portal.ola, order_body(olas["id"], lines=[(_first_article(portal.ola, olas), 1)]))
    feeds = {name: _whole_feed(session) for name, session in (("kari", portal.kari), ("ola", portal.ola),
                                                               ("admin", portal.admin), ("other", portal.other))}
    orders_seen = {name: {c["id"] for c in feed if c["entity"] == "order"} for name, feed in feeds.items()}
    assert orders_seen == {"kari": {kari_order["id"]}, "ola": {ola_order["id"]},
                           "admin": {kari_order["id"], ola_order["id"]}, "other": set()}
    kari_feed_order = next(c for c in feeds["kari"] if c["entity"] == "order")
    assert kari_feed_order["data"] == portal.kari.get(f"/v1/orders/{kari_order['id']}").json()
    for name, session in (("kari", portal.kari), ("ola", portal.ola), ("admin", portal.admin)):
        models = {p["model"] for p in session.get("/v1/products").json()}
        articles = [c["data"] for c in feeds[name] if c["entity"] == "article"]
        assert articles and all(set(a["models"]) & models for a in articles), name
        fitting = {a["id"] for p in session.get("/v1/products").json()
                   for a in session.get(f"/v1/products/{p['id']}/catalogue").json()}
        assert {a["id"] for a in articles} == fitting, name
    assert Counter(c["entity"] for c in feeds["other"])["article"] == 0  # their catalogue came before them
    page = portal.kari.get("/v1/changes", params={"cursor": _cursor(portal.kari)}).json()
    agent_step(portal, kari_order["id"], "confirm")
    after = portal.kari.get("/v1/changes", params={"cursor": page["cursor"]}).json()
    assert [(c["entity"], c["id"], c["data"]["state"]) for c in after["changes"]] == [
        ("order", kari_order["id"], "confirmed")]


def _first_article(session, product: dict) -> str:
    return session.get(f"/v1/products/{product['id']}/catalogue").json()[0]["id"]


def _whole_feed(session) -> list[dict]:
    found, cursor = [], None
    while True:
        page = session.get("/v1/changes", params={"cursor": cursor} if cursor else {}).json()
        found += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return found


def _cursor(session) -> str:
    cursor = None
    while True:
        page = session.get("/v1/changes", params={"cursor": cursor} if cursor else {}).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            return cursor


def test_the_demo_supplies_desk_moves_an_order_on_once_per_step(portal):
    order = place(portal.kari, order_body(portal.product_of(portal.kari)["id"]))
    desk = DemoSuppliesDesk(portal.store, portal.clock, 60)
    assert desk.run_once() == 0
    states = []
    for _ in range(3):
        portal.clock.now += timedelta(seconds=59)
        assert desk.run_once() == 0
        portal.clock.now += timedelta(seconds=1)
        assert desk.run_once() == 1 and desk.run_once() == 0
        states.append(portal.kari.get(f"/v1/orders/{order['id']}").json())
    assert [s["state"] for s in states] == ["confirmed", "shipped", "delivered"]
    assert states[1]["carrier"] == "Bring" and len(states[1]["tracking_ref"]) == 17
    assert states[2]["tracking_ref"] == states[1]["tracking_ref"]
    portal.clock.now += timedelta(days=1)
    assert desk.run_once() == 0
    cancelled = place(portal.kari, order_body(portal.product_of(portal.kari)["id"]))
    portal.kari.post_idem(f"/v1/orders/{cancelled['id']}/cancel")
    portal.clock.now += timedelta(days=1)
    assert desk.run_once() == 0
    with pytest.raises(ValueError):
        DemoSuppliesDesk(portal.store, portal.clock, 0)


def test_the_order_delay_option():
    assert order_delay(parse_args(["--demo"])) == 30
    assert order_delay(parse_args([])) == 0
    assert order_delay(parse_args(["--demo", "--order-delay", "0"])) == 0
    assert order_delay(parse_args(["--order-delay", "2.5"])) == 2.5
    assert parse_args(["--demo"]).demo_orders is True
    assert parse_args(["--demo", "--no-demo-orders"]).demo_orders is False
    with pytest.raises(SystemExit):
        parse_args(["--order-delay", "-1"])


def test_demo_orders_are_seeded_on_request(tmp_path):
    app = create_app(sqlite_url(tmp_path / "demo.sqlite"), demo=True, demo_orders=True)
    with serve_app(app) as url:
        found = sign_in(url, ADMIN).get("/v1/orders").json()
        assert len(found) == 7
        assert {o["state"] for o in found} == {"submitted", "confirmed", "shipped", "delivered", "cancelled"}
        assert all(o["tracking_ref"] for o in found if o["state"] in ("shipped", "delivered"))
        assert {o["created_by"] for o in sign_in(url, KARI).get("/v1/orders").json()} >= {KARI}
