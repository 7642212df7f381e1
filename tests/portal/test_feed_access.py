"""The delta feed follows what each user may see: after an un-assignment or a role change, the user's very next pull
starts over (`reset: true`) and carries only what they may now see."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select, update

from portal.app import create_app
from portal.assignments import set_assignments
from portal.db import assignments, sqlite_url, users
from tests.portal.conftest import ADMIN, KARI, PortalSession, sign_in
from tests.portal.test_cases import TUESDAY_MORNING, support_case
from tests.support.portal_server import serve_app


class FeedPortal:
    def __init__(self, url: str, app) -> None:
        self.app, self.store = app, app.state.portal.store
        self.kari, self.admin = sign_in(url, KARI), sign_in(url, ADMIN)

    def user_id(self, session: PortalSession) -> str:
        return session.get("/v1/me").json()["user"]["id"]

    def unassign(self, session: PortalSession, product_id: str) -> None:
        user_id = self.user_id(session)
        with self.store.write() as conn:
            kept = set(conn.execute(select(assignments.c.product_id)
                                    .where(assignments.c.user_id == user_id)).scalars()) - {product_id}
            assert set_assignments(conn, user_id, kept) == {product_id}

    def set_role(self, session: PortalSession, role: str) -> None:
        """As a plain column write: the feed must follow the role, whoever changes it and however."""
        with self.store.write() as conn:
            conn.execute(update(users).where(users.c.id == self.user_id(session)).values(role=role))


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[FeedPortal]:
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=lambda: TUESDAY_MORNING,
                     access_ttl_seconds=400 * 86400)
    with serve_app(app) as url:
        yield FeedPortal(url, app)


def pull(session: PortalSession, cursor: str | None = None) -> tuple[bool, list[dict], str]:
    """Every page from `cursor`: whether the first was a reset, the changes, the last cursor."""
    pages = []
    while True:
        page = session.get("/v1/changes", params={"cursor": cursor} if cursor else {}).json()
        pages.append(page)
        cursor = page["cursor"]
        if not page["has_more"]:
            return pages[0]["reset"], [c for p in pages for c in p["changes"]], cursor


def ids_of(changes: list[dict], entity: str) -> set[str]:
    return {c["id"] for c in changes if c["entity"] == entity and c["op"] == "upsert"}


def about(changes: list[dict], product_id: str) -> list[dict]:
    """The changes that are the product or belong to it (its readings, orders and cases, and those cases' events)."""
    own = [c for c in changes if c["id"] == product_id or (c["data"] or {}).get("product_id") == product_id]
    cases = {c["id"] for c in own if c["entity"] == "case"}
    return own + [c for c in changes if (c["data"] or {}).get("case_id") in cases]


def test_an_unassigned_product_and_all_of_its_data_leave_the_customers_feed_at_her_next_pull(portal):
    product = portal.kari.get("/v1/products").json()[0]
    case = portal.kari.post_idem("/v1/cases", json=support_case(product["id"])).json()
    _, before, cursor = pull(portal.kari)
    assert {"product", "meter_reading", "case", "case_event"} <= {c["entity"] for c in about(before, product["id"])}
    assert case["id"] in ids_of(before, "case")

    portal.unassign(portal.kari, product["id"])

    reset, after, _ = pull(portal.kari, cursor)
    assert reset, "what she may see changed: the cache starts over"
    assert about(after, product["id"]) == []
    assert case["id"] not in ids_of(after, "case")
    assert ids_of(after, "product") == ids_of(before, "product") - {product["id"]}
    assert portal.kari.get(f"/v1/products/{product['id']}").status_code == 404


def test_the_administrators_feed_shows_the_changed_assignment_without_a_reset(portal):
    product = portal.kari.get("/v1/products").json()[0]
    _, _, cursor = pull(portal.admin)
    portal.unassign(portal.kari, product["id"])
    reset, after, _ = pull(portal.admin, cursor)
    assert not reset
    changed = next(c for c in after if c["entity"] == "product" and c["id"] == product["id"])
    assert portal.user_id(portal.kari) not in changed["data"]["assigned_user_ids"]


def test_an_administrator_made_customer_sees_only_her_assigned_products_from_her_next_pull(portal):
    _, before, cursor = pull(portal.admin)
    assert len(ids_of(before, "product")) == 40 and len(ids_of(before, "user")) == 3

    portal.set_role(portal.admin, "customer")

    reset, after, _ = pull(portal.admin, cursor)
    assert reset
    assert ids_of(after, "product") == set() and ids_of(after, "meter_reading") == set()
    assert ids_of(after, "user") == {portal.user_id(portal.admin)}


def test_a_customer_made_administrator_gets_the_whole_account_from_her_next_pull(portal):
    _, before, cursor = pull(portal.kari)
    assert len(ids_of(before, "product")) < 40

    portal.set_role(portal.kari, "admin")

    reset, after, _ = pull(portal.kari, cursor)
    assert reset and len(ids_of(after, "product")) == 40


def test_without_a_change_of_access_the_next_pull_is_no_reset(portal):
    _, _, cursor = pull(portal.kari)
    portal.kari.post_idem("/v1/cases", json={**support_case(portal.kari.get("/v1/products").json()[0]["id"]),
                                             "id": str(uuid.uuid4())})
    reset, after, _ = pull(portal.kari, cursor)
    assert not reset and [c["entity"] for c in after] == ["case", "case_event"]
