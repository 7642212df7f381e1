"""A customer probing every route with the ids of things they may not see: another customer's product, case, account
question, order, reading and attachment, and the other user. Each answer must be the 404 a random id gets, byte for
byte, and no list (nor the delta feed) may name any of them.

The routes come from `app.routes`, so a route added later is probed too: one with a path parameter or a body this
module does not know fails `test_every_route_is_covered` until it is given a sample here (or a place in the
allow-lists, with the reason)."""

from __future__ import annotations

import base64
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import pytest

from domain.clock import ACCOUNT_TZ
from portal.app import create_app
from portal.db import sqlite_url
from tests.portal.conftest import ADMIN, KARI, OLA, PortalSession, sign_in
from tests.portal.test_cases import question, support_case
from tests.support.portal_server import serve_app

TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ACCOUNT_TZ)
MONDAY_AFTER = "2026-12-07"

PUBLIC = {("GET", "/v1/health"), ("GET", "/v1/portal"), ("POST", "/v1/auth/token"), ("POST", "/v1/auth/refresh"),
          ("POST", "/v1/auth/logout"), ("GET", "/openapi.json"), ("GET", "/docs"), ("GET", "/docs/oauth2-redirect"),
          ("GET", "/redoc")}
"""Routes that name nothing of anyone's: reached before or without signing in."""

SELF = {("PATCH", "/v1/me")}
"""Writes about the caller alone: they take no id of anything."""

ADMIN_WRITES = {("PATCH", "/v1/account"): lambda ids: {"phone": "+47 22 00 00 00"}}
"""Writes about the whole account, for administrators only: a customer is refused (403) whatever they send."""

AGENT_PREFIX = "/v1/agent/"
"""The service desk's routes: a customer is refused (403) before any id is looked at."""


def _reading(ids: dict) -> dict:
    return {"id": str(uuid.uuid4()), "reading_date": "2026-11-24", "values": {"total": 1}}


def _relocation(ids: dict) -> dict:
    return {"id": str(uuid.uuid4()), "product_id": ids["product_id"], "desired_date": MONDAY_AFTER,
            "site_id": ids["site_id"], "room": "201", "contact_name": "Kari", "contact_phone": "+47 22 33 44 55"}


def _removal(ids: dict) -> dict:
    return {"id": str(uuid.uuid4()), "product_id": ids["product_id"], "desired_date": MONDAY_AFTER,
            "reason": "not_needed"}


def _attachment(ids: dict) -> dict:
    return {"id": str(uuid.uuid4()), "file_name": "logg.txt", "data_base64": base64.b64encode(b"feil 42").decode()}


BODIES: dict[tuple[str, str], Callable[[dict], dict]] = {
    ("PATCH", "/v1/products/{product_id}"): lambda ids: {"location": "Rom 1"},
    ("POST", "/v1/products/{product_id}/meter-readings"): _reading,
    ("POST", "/v1/cases"): lambda ids: support_case(ids["product_id"]),
    ("POST", "/v1/cases/relocations"): _relocation,
    ("POST", "/v1/cases/removals"): _removal,
    ("PATCH", "/v1/cases/{case_id}"): lambda ids: {"email_updates": True},
    ("POST", "/v1/cases/{case_id}/actions"): lambda ids: {"action": "cancel"},
    ("POST", "/v1/cases/{case_id}/messages"): lambda ids: {"id": str(uuid.uuid4()), "body": "Hei"},
    ("POST", "/v1/cases/{case_id}/attachments"): _attachment,
    ("POST", "/v1/orders"): lambda ids: {"id": str(uuid.uuid4()), "product_id": ids["product_id"],
                                         "lines": [{"article": ids["article"], "quantity": 1}]},
    ("POST", "/v1/orders/{order_id}/cancel"): lambda ids: {},
}
"""A valid body per write route, so the answer is about the id and not about the body. Ids the body names (a
product to open a case or order for) come from `ids`, hidden or random like the path's."""

BODY_IDS = {"/v1/cases": "product_id", "/v1/cases/relocations": "product_id", "/v1/cases/removals": "product_id",
            "/v1/orders": "product_id"}
"""Write routes without a path id that name a product in their body: probed with the hidden product."""


@dataclass(frozen=True)
class Route:
    method: str
    path: str

    @property
    def params(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)


def every_route(app) -> list[Route]:
    """Every method and path the app serves, included routers too."""
    found = []
    for route in app.routes:
        contexts = route.effective_route_contexts() if hasattr(route, "effective_route_contexts") else [route]
        for context in contexts:
            methods = getattr(context, "original_route", context).methods
            found += [Route(m, context.path) for m in sorted(methods - {"HEAD"})]
    return found


class Audit:
    """A portal where Ola has one of everything Kari may not see."""

    def __init__(self, url: str, app) -> None:
        self.url, self.app = url, app
        self.kari, self.ola, self.admin = (sign_in(url, e) for e in (KARI, OLA, ADMIN))
        self.product = self.ola.get("/v1/products").json()[0]
        self.kari_product = self.kari.get("/v1/products").json()[0]
        article = self.ola.get(f"/v1/products/{self.product['id']}/catalogue").json()[0]["id"]
        self.case = _created(self.ola.post_idem("/v1/cases", json=support_case(self.product["id"])))
        self.question = _created(self.ola.post_idem("/v1/cases", json=question()))
        self.admin_question = _created(self.admin.post_idem("/v1/cases", json=question()))
        self.attachment = _created(self.ola.post_idem(f"/v1/cases/{self.case['id']}/attachments",
                                                     json=_attachment({})))
        self.order = _created(self.ola.post_idem("/v1/orders", json=BODIES[("POST", "/v1/orders")](
            {"product_id": self.product["id"], "article": article})))
        self.reading = self.ola.get(f"/v1/products/{self.product['id']}/meter-readings").json()[0]
        self.ola_user = self.ola.get("/v1/me").json()["user"]
        self.hidden = {"product_id": self.product["id"], "case_id": self.case["id"], "order_id": self.order["id"],
                       "attachment_id": self.attachment["id"], "reading_id": self.reading["id"],
                       "user_id": self.ola_user["id"], "article": article, "site_id": self.product["site"]["id"]}

    def random_ids(self) -> dict:
        return {**{k: str(uuid.uuid4()) for k in self.hidden}, "article": self.hidden["article"],
                "site_id": self.hidden["site_id"]}

    def secrets(self) -> list[str]:
        """What no answer to Kari may contain (not Ola's e-mail: he may well be the contact person of one of
        Kari's machines, which is the product's data)."""
        ola_products = [p["id"] for p in self.ola.get("/v1/products").json()]
        return [*ola_products, self.case["id"], self.question["id"], self.admin_question["id"], self.order["id"],
                self.attachment["id"], self.reading["id"], self.ola_user["id"]]


def _created(answer) -> dict:
    assert answer.status_code == 201, answer.text
    return answer.json()


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Audit]:
    path: Path = tmp_path_factory.mktemp("audit") / "portal.sqlite"
    app = create_app(sqlite_url(path), demo=True, clock=lambda: TUESDAY_MORNING, access_ttl_seconds=400 * 86400)
    with serve_app(app) as url:
        yield Audit(url, app)


def call(session: PortalSession, route: Route, ids: dict):
    path = route.path.format(**{p: ids[p] for p in route.params})
    sample = BODIES.get((route.method, route.path)) or ADMIN_WRITES.get((route.method, route.path))
    if route.method == "GET":
        return session.get(path)
    return session.request(route.method, path, json=sample(ids) if sample else {},
                           headers={"Idempotency-Key": str(uuid.uuid4())})


def kind_of(route: Route) -> str:
    if (route.method, route.path) in PUBLIC:
        return "public"
    if route.path.startswith(AGENT_PREFIX):
        return "agent"
    if (route.method, route.path) in SELF:
        return "self"
    if (route.method, route.path) in ADMIN_WRITES:
        return "admin"
    if route.params or (route.method != "GET" and route.path in BODY_IDS):
        return "targeted"
    return "list" if route.method == "GET" else "uncovered"


def probed(app, kind: str) -> list[Route]:
    return [r for r in every_route(app) if kind_of(r) == kind]


def test_every_route_is_covered(audit):
    routes = every_route(audit.app)
    assert len(routes) > 30, "the walk found the included routers' routes"
    uncovered = [r for r in routes if kind_of(r) == "uncovered"
                 or (kind_of(r) == "targeted" and r.method != "GET" and (r.method, r.path) not in BODIES)
                 or (kind_of(r) == "targeted" and set(r.params) - set(audit.hidden))]
    assert not uncovered, f"give these routes a sample body or id in {__name__}: {uncovered}"


def test_each_hidden_thing_is_really_there_for_its_owner(audit):
    """Without this the 404s below could come from ids that exist for nobody."""
    assert audit.ola.get(f"/v1/products/{audit.product['id']}").status_code == 200
    assert audit.ola.get(f"/v1/cases/{audit.case['id']}").status_code == 200
    assert audit.ola.get(f"/v1/orders/{audit.order['id']}").status_code == 200
    assert audit.ola.get(f"/v1/cases/{audit.case['id']}/attachments/{audit.attachment['id']}").status_code == 200
    assert audit.admin.get(f"/v1/cases/{audit.question['id']}").status_code == 200


def test_a_customer_gets_the_random_ids_404_for_everything_hidden(audit):
    leaks = []
    for route in probed(audit.app, "targeted"):
        hidden, missing = call(audit.kari, route, audit.hidden), call(audit.kari, route, audit.random_ids())
        if hidden.status_code != 404 or hidden.content != missing.content:
            leaks.append((route, hidden.status_code, hidden.text[:200], missing.text[:200]))
    assert not leaks, leaks


def test_another_customers_account_question_and_her_own_cases_other_attachment(audit):
    """Case ids beside the product-scoped one: a question (no product) and an attachment reached through a case
    Kari may see."""
    own = _created(audit.kari.post_idem("/v1/cases", json=support_case(audit.kari_product["id"])))
    missing = audit.kari.get(f"/v1/cases/{uuid.uuid4()}")
    for case_id in (audit.question["id"], audit.admin_question["id"]):
        hidden = audit.kari.get(f"/v1/cases/{case_id}")
        assert hidden.status_code == 404 and hidden.content == missing.content
    across = audit.kari.get(f"/v1/cases/{own['id']}/attachments/{audit.attachment['id']}")
    nothing = audit.kari.get(f"/v1/cases/{own['id']}/attachments/{uuid.uuid4()}")
    assert across.status_code == 404 and across.content == nothing.content


def test_the_agent_routes_refuse_a_customer_before_looking_at_ids(audit):
    routes = probed(audit.app, "agent")
    assert routes
    for route in routes:
        hidden, missing = call(audit.kari, route, audit.hidden), call(audit.kari, route, audit.random_ids())
        assert hidden.status_code == 403 and hidden.content == missing.content, (route, hidden.text)


def test_the_administrators_writes_refuse_a_customer_and_change_nothing(audit):
    routes = probed(audit.app, "admin")
    assert routes
    before = audit.admin.get("/v1/account").content
    for route in routes:
        answer = call(audit.kari, route, audit.hidden)
        assert answer.status_code == 403 and answer.json()["code"] == "forbidden", (route, answer.text)
    assert audit.admin.get("/v1/account").content == before


def test_no_list_and_no_feed_page_names_anything_hidden(audit):
    routes = probed(audit.app, "list")
    assert {"/v1/products", "/v1/cases", "/v1/orders", "/v1/users", "/v1/changes", "/v1/me"} <= {
        r.path for r in routes}
    secrets = audit.secrets()
    for route in routes:
        for text in _pages(audit.kari, route.path):
            assert not [s for s in secrets if s in text], (route, [s for s in secrets if s in text])


def test_the_lists_are_not_empty_for_what_kari_may_see(audit):
    """The check above would pass on empty answers too."""
    assert audit.kari_product["id"] in audit.kari.get("/v1/products").text
    assert audit.kari_product["id"] in "".join(_pages(audit.kari, "/v1/changes"))


def _pages(session: PortalSession, path: str) -> Iterator[str]:
    """The answer's text; for the feed every page of it."""
    answer = session.get(path)
    assert answer.status_code == 200, (path, answer.text)
    yield answer.text
    while path == "/v1/changes" and answer.json()["has_more"]:
        answer = session.get(path, params={"cursor": answer.json()["cursor"]})
        yield answer.text
