"""Product data edits end to end against the real portal on 127.0.0.1: an edit made offline that meets a newer
portal version (another user changed the machine meanwhile) becomes a conflict, never an overwrite; keeping mine and
taking the portal's both end with portal and cache agreeing and nothing lost; a plain edit arrives exactly once
through a network that loses answers."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest

from domain.clock import today
from sync.api import PortalClient
from sync.edits import operations as edits
from sync.edits import queries as edit_queries
from sync.features import EDITABLE
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from tests.support.portal_api import portal_session
from tests.sync.e2e import ADMIN, all_products, closed_port_url, fast_engine, signed_in
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = pytest.mark.e2e

PRODUCT = EDITABLE["product"]
KARI = "kari@example.no"


def _synced(data_dir, portal, email=ADMIN):
    ws = signed_in(data_dir, portal, email)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
    return ws


def _portal_product(url: str, product_id: str) -> dict:
    """The product as the portal has it now (without whom it is assigned to, which only an administrator sees)."""
    answer = portal_session(url, ADMIN).get(f"{url}/v1/products/{product_id}", timeout=10)
    answer.raise_for_status()
    return {k: v for k, v in answer.json().items() if k != "assigned_user_ids"}


def _someone_else_edits(url: str, product_id: str, body: dict) -> dict:
    """Kari, on another machine, changes the product on the portal (with the ETag she just read)."""
    with portal_session(url, KARI) as http:
        etag = http.get(f"{url}/v1/products/{product_id}", timeout=10).headers["ETag"]
        answer = http.patch(f"{url}/v1/products/{product_id}", json=body, timeout=10,
                            headers={"If-Match": etag, "Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 200, answer.text
    return {k: v for k, v in answer.json().items() if k != "assigned_user_ids"}


def _offline_edit(ws, product_id: str, changes: dict) -> None:
    edits.edit(ws.engine, PRODUCT, product_id, changes, summary="Edit")
    with fast_engine(ws, client=PortalClient(closed_port_url(), tokens=ws.tokens)) as engine:
        assert engine.run_once().online is False
    assert outbox.unsent_count(ws.engine) == 1


def _round(ws) -> None:
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None


def _cached(ws, product_id):
    return product_queries.product(ws.engine, product_id, today=today())


def _conflict_setup(ws, portal):
    karis = _karis_ids(portal)
    product = next(p for p in all_products(ws.engine, today()) if p.id in karis)
    _offline_edit(ws, product.id, {"room": "Kopirom 2", "cost_centre": "4900 Felles"})
    assert _cached(ws, product.id).room == "Kopirom 2"  # optimistic, while offline
    theirs = _someone_else_edits(portal, product.id, {"room": "Postrommet", "contact_name": "Kari Nordmann"})
    _round(ws)
    (conflict,) = edit_queries.conflicts(ws.engine)
    return product, conflict, theirs


def _karis_ids(url: str) -> set[str]:
    with portal_session(url, KARI) as http:
        return {p["id"] for p in http.get(f"{url}/v1/products", timeout=10).json()}


def test_an_offline_edit_meeting_a_newer_version_is_a_conflict_not_an_overwrite(portal, data_dir):
    ws = _synced(data_dir, portal)
    product, conflict, theirs = _conflict_setup(ws, portal)
    assert conflict.entity_id == product.id and conflict.theirs_version == theirs["version"]
    assert {(f.name, f.base, f.mine, f.theirs) for f in conflict.fields} == {
        ("room", product.room, "Kopirom 2", "Postrommet"),
        ("cost_centre", product.cost_centre, "4900 Felles", product.cost_centre)}
    assert _portal_product(portal, product.id) == theirs  # nothing overwritten
    cached = _cached(ws, product.id)
    assert (cached.room, cached.cost_centre) == ("Kopirom 2", "4900 Felles")  # nothing lost
    assert cached.contact_name == "Kari Nordmann"  # the portal's change to a field I did not touch is there
    assert [i.problem["code"] for i in outbox.outbox_items(ws.engine, ("rejected",))] == ["conflict.etag_mismatch"]
    ws.close()


def test_keep_mine_sends_my_values_on_the_portals_version(portal, data_dir):
    ws = _synced(data_dir, portal)
    product, conflict, theirs = _conflict_setup(ws, portal)
    edits.resolve(ws.engine, PRODUCT, conflict.seq, {"room": "mine", "cost_centre": "mine"})
    _round(ws)
    on_portal = _portal_product(portal, product.id)
    assert (on_portal["room"], on_portal["cost_centre"], on_portal["contact_name"]) == (
        "Kopirom 2", "4900 Felles", "Kari Nordmann")
    assert on_portal["version"] == theirs["version"] + 1
    cached = _cached(ws, product.id)
    assert (cached.room, cached.cost_centre, cached.contact_name, cached.version) == (
        "Kopirom 2", "4900 Felles", "Kari Nordmann", on_portal["version"])
    assert cached.location == on_portal["location"]
    assert edit_queries.conflicts(ws.engine) == [] and outbox.unsent_count(ws.engine) == 0
    ws.close()


def test_take_the_portals_ends_with_theirs_in_the_cache_and_nothing_sent(portal, data_dir):
    ws = _synced(data_dir, portal)
    product, conflict, theirs = _conflict_setup(ws, portal)
    edits.resolve(ws.engine, PRODUCT, conflict.seq, {"room": "theirs", "cost_centre": "theirs"})
    _round(ws)
    assert _portal_product(portal, product.id) == theirs
    cached = _cached(ws, product.id)
    assert (cached.room, cached.cost_centre, cached.version, cached.location) == (
        "Postrommet", theirs["cost_centre"], theirs["version"], theirs["location"])
    assert edit_queries.conflicts(ws.engine) == [] and outbox.outbox_items(ws.engine, ("queued", "rejected")) == []
    ws.close()


def test_a_merge_keeps_my_cost_centre_and_takes_their_room(portal, data_dir):
    ws = _synced(data_dir, portal)
    product, conflict, theirs = _conflict_setup(ws, portal)
    edits.resolve(ws.engine, PRODUCT, conflict.seq, {"room": "theirs", "cost_centre": "mine"})
    _round(ws)
    on_portal = _portal_product(portal, product.id)
    assert (on_portal["room"], on_portal["cost_centre"]) == ("Postrommet", "4900 Felles")
    cached = _cached(ws, product.id)
    assert (cached.room, cached.cost_centre, cached.version) == ("Postrommet", "4900 Felles", on_portal["version"])
    ws.close()


def test_a_plain_edit_arrives_exactly_once_through_a_network_that_loses_answers(portal, data_dir):
    ws = _synced(data_dir, portal)
    product = all_products(ws.engine, today())[0]
    _offline_edit(ws, product.id, {"internal_name": "Skriveren ved kantina", "floor": "4. etasje"})
    tries = Counter()

    def spare(method: str, path: str) -> bool:
        """The edit's first two attempts reach the portal and lose their answer; everything else goes."""
        if method != "PATCH":
            return True
        tries[path] += 1
        return tries[path] > 2

    with FaultyProxy(portal, fault_rate=1.0, faults=("drop_after",), spare=spare) as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 3.0))
        with fast_engine(ws, client=client) as engine:
            for _ in range(40):
                report = engine.run_once()
                if outbox.unsent_count(ws.engine) == 0 and report.error is None:
                    break
                outbox.retry_now(ws.engine)
        assert proxy.injected == {"drop_after": 2}
    assert {i.state for i in outbox.outbox_items(ws.engine)} == {"sent"}
    on_portal = _portal_product(portal, product.id)
    assert on_portal["version"] == product.version + 1  # once: a repeat would have been a 412 or a second version
    assert (on_portal["internal_name"], on_portal["floor"]) == ("Skriveren ved kantina", "4. etasje")
    cached = _cached(ws, product.id)
    assert (cached.internal_name, cached.floor, cached.version, cached.location) == (
        "Skriveren ved kantina", "4. etasje", on_portal["version"], on_portal["location"])
    assert edit_queries.conflicts(ws.engine) == []
    ws.close()
