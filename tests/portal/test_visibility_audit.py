"""A customer probing every route with the ids of things they may not see: another customer's product, case, account
question, order, reading and attachment, and the other user; and an administrator doing the same with another
organisation's. Each answer must be the 404 a random id gets, byte for
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
from tests.support.organisations import OTHER_ADMIN, other_organisation
from tests.support.portal_server import serve_app

TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ACCOUNT_TZ)
MONDAY_AFTER = "2026-12-07"

PUBLIC = {("GET", "/v1/health"), ("GET", "/v1/portal"), ("POST", "/v1/auth/token"), ("POST", "/v1/auth/refresh"),
          ("POST", "/v1/auth/logout"), ("POST", "/v1/auth/set-password"), ("GET", "/openapi.json"), ("GET", "/docs"),
          ("GET", "/docs/oauth2-redirect"), ("GET", "/redoc")}
"""Routes that name nothing of anyone's: reached before or without signing in (an invitation's password is set
with its one-time token)."""

SELF = {("PATCH", "/v1/me"), ("PATCH", "/v1/account")}
"""Writes about the caller alone or their own account: they take no id of anything."""

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
    ("POST", "/v1/users"): lambda ids: {"name": "Nina Ny", "email": f"nina-{uuid.uuid4().hex[:8]}@example.no",
                                        "role": "customer", "product_ids": [ids["product_id"]]},
    ("PATCH", "/v1/users/{user_id}"): lambda ids: {"role": "customer"},
    ("POST", "/v1/users/{user_id}/assignments"): lambda ids: {"assign": [ids["product_id"]]},
}
"""A valid body per write route, so the answer is about the id and not about the body. Ids the body names (a
product to open a case or order for) come from `ids`, hidden or random like the path's. The users' routes (an
administrator's: creating a user with machines, a role change, assignments) are probed the same way."""

BODY_IDS = {"/v1/cases": "product_id", "/v1/cases/relocations": "product_id", "/v1/cases/removals": "product_id",
            "/v1/orders": "product_id", "/v1/users": "product_id"}
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


@dataclass
class Hidden:
    """One of everything a user owns, as ids: what a prober may not reach."""
    ids: dict[str, str]
    secrets: list[str]
    """Ids no answer to the prober may contain."""

    def random_ids(self) -> dict:
        kept = ("article", "site_id")  # not what is probed: a real article and site keep the bodies valid
        return {k: v if k in kept else str(uuid.uuid4()) for k, v in self.ids.items()}


def things_of(owner: PortalSession, *, reading: bool = False) -> Hidden:
    """A case with an attachment, an account question and an order on the owner's first machine, and a reading (one
    of its own when `reading`, else the machine's newest)."""
    product = owner.get("/v1/products").json()[0]
    article = owner.get(f"/v1/products/{product['id']}/catalogue").json()[0]["id"]
    case = _created(owner.post_idem("/v1/cases", json=support_case(product["id"])))
    asked = _created(owner.post_idem("/v1/cases", json=question()))
    attachment = _created(owner.post_idem(f"/v1/cases/{case['id']}/attachments", json=_attachment({})))
    order = _created(owner.post_idem("/v1/orders", json=BODIES[("POST", "/v1/orders")](
        {"product_id": product["id"], "article": article})))
    if reading:
        _created(owner.post_idem(f"/v1/products/{product['id']}/meter-readings", json=_reading({})))
    newest = owner.get(f"/v1/products/{product['id']}/meter-readings").json()[0]
    user = owner.get("/v1/me").json()["user"]
    ids = {"product_id": product["id"], "case_id": case["id"], "order_id": order["id"],
           "attachment_id": attachment["id"], "reading_id": newest["id"], "user_id": user["id"], "article": article,
           "site_id": product["site"]["id"]}
    machines = [p["id"] for p in owner.get("/v1/products").json()]
    return Hidden(ids, [*machines, case["id"], asked["id"], order["id"], attachment["id"], newest["id"], user["id"]])


class Audit:
    """A portal where Ola has one of everything Kari may not see, and another organisation (Per Fjord's) one of
    everything the administrator may not see. Not Ola's e-mail among the secrets: he may well be the contact person
    of one of Kari's machines, which is the product's data."""

    def __init__(self, url: str, app) -> None:
        self.url, self.app = url, app
        other_organisation(app.state.portal.store)
        self.kari, self.ola, self.admin, self.per = (sign_in(url, e) for e in (KARI, OLA, ADMIN, OTHER_ADMIN))
        self.kari_product = self.kari.get("/v1/products").json()[0]
        self.ola_things = things_of(self.ola)
        self.question = _created(self.ola.post_idem("/v1/cases", json=question()))
        self.admin_question = _created(self.admin.post_idem("/v1/cases", json=question()))
        self.ola_things.secrets += [self.question["id"], self.admin_question["id"]]
        self.per_things = things_of(self.per, reading=True)

    def probe(self, who: str) -> tuple[PortalSession, Hidden]:
        """The prober and what they may not reach: a customer another customer's things, an administrator another
        organisation's."""
        return (self.kari, self.ola_things) if who == "customer" else (self.admin, self.per_things)


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
    """The route with these ids; a write with a fresh Idempotency-Key and `If-Match: *` (past any version check,
    to the lookup of the id)."""
    path = route.path.format(**{p: ids[p] for p in route.params})
    sample = BODIES.get((route.method, route.path))
    if route.method == "GET":
        return session.get(path)
    return session.request(route.method, path, json=sample(ids) if sample else {},
                           headers={"Idempotency-Key": str(uuid.uuid4()), "If-Match": "*"})


def answer_of(response, ids: dict) -> tuple[int, bytes]:
    """The status and the body, the probed ids in it made one placeholder: an answer may say back the id it was
    asked about, which tells nothing."""
    body = response.content
    for key, value in ids.items():
        if key not in ("article", "site_id"):
            body = body.replace(value.encode(), b"<id>")
    return response.status_code, body


def kind_of(route: Route) -> str:
    if (route.method, route.path) in PUBLIC:
        return "public"
    if route.path.startswith(AGENT_PREFIX):
        return "agent"
    if (route.method, route.path) in SELF:
        return "self"
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
                 or (kind_of(r) == "targeted" and set(r.params) - set(audit.ola_things.ids))]
    assert not uncovered, f"give these routes a sample body or id in {__name__}: {uncovered}"


@pytest.mark.parametrize("owner", ["ola", "per"])
def test_each_hidden_thing_is_really_there_for_its_owner(audit, owner):
    """Without this the 404s below could come from ids that exist for nobody."""
    session, ids = (audit.ola, audit.ola_things.ids) if owner == "ola" else (audit.per, audit.per_things.ids)
    for path in (f"/v1/products/{ids['product_id']}", f"/v1/cases/{ids['case_id']}", f"/v1/orders/{ids['order_id']}",
                 f"/v1/cases/{ids['case_id']}/attachments/{ids['attachment_id']}",
                 f"/v1/products/{ids['product_id']}/meter-readings"):
        assert session.get(path).status_code == 200, path
    assert audit.admin.get(f"/v1/cases/{audit.question['id']}").status_code == 200


@pytest.mark.parametrize("who", ["customer", "administrator"])
def test_everything_hidden_answers_as_a_random_id_does(audit, who):
    """A refusal byte for byte as for an id nobody has: nearly always the 404 of the route's thing; a route closed to
    the prober's role (a customer on an administrator's route) refuses both alike before it looks at any id, and one
    that checks a body's ids may name the field (a new user's machines: `user.product_unknown`) for both alike."""
    prober, things = audit.probe(who)
    leaks, answers = [], []
    for route in probed(audit.app, "targeted"):
        ids = things.random_ids()
        hidden, missing = answer_of(call(prober, route, things.ids), things.ids), answer_of(
            call(prober, route, ids), ids)
        answers.append(hidden[0])
        if hidden != missing or not 400 <= hidden[0] < 500:
            leaks.append((route, hidden[0], hidden[1][:200], missing[1][:200]))
    assert not leaks, leaks
    assert answers.count(404) >= 15, ("the probes reach the lookups", answers)


def test_another_customers_account_question_and_her_own_cases_other_attachment(audit):
    """Case ids beside the product-scoped one: a question (no product) and an attachment reached through a case
    Kari may see."""
    own = _created(audit.kari.post_idem("/v1/cases", json=support_case(audit.kari_product["id"])))
    missing = audit.kari.get(f"/v1/cases/{uuid.uuid4()}")
    for case_id in (audit.question["id"], audit.admin_question["id"]):
        hidden = audit.kari.get(f"/v1/cases/{case_id}")
        assert hidden.status_code == 404 and hidden.content == missing.content
    across = audit.kari.get(f"/v1/cases/{own['id']}/attachments/{audit.ola_things.ids['attachment_id']}")
    nothing = audit.kari.get(f"/v1/cases/{own['id']}/attachments/{uuid.uuid4()}")
    assert across.status_code == 404 and across.content == nothing.content


@pytest.mark.parametrize("who", ["customer", "administrator"])
def test_the_agent_routes_refuse_before_looking_at_ids(audit, who):
    prober, things = audit.probe(who)
    routes = probed(audit.app, "agent")
    assert routes
    for route in routes:
        hidden, missing = call(prober, route, things.ids), call(prober, route, things.random_ids())
        assert hidden.status_code == 403 and hidden.content == missing.content, (route, hidden.text)


@pytest.mark.parametrize("who", ["customer", "administrator"])
def test_no_list_and_no_feed_page_names_anything_hidden(audit, who):
    prober, things = audit.probe(who)
    routes = probed(audit.app, "list")
    assert {"/v1/products", "/v1/cases", "/v1/orders", "/v1/users", "/v1/changes", "/v1/me"} <= {
        r.path for r in routes}
    secrets = things.secrets
    for route in routes:
        for text in _pages(prober, route.path):
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
