"""Relocation and removal end to end against the real portal on 127.0.0.1: a relocation queued offline arrives
exactly once through a fault-injecting proxy, a completed relocation moves the machine in the app, and a removed
machine leaves the active fleet (and stays in the cache, marked removed)."""

from __future__ import annotations

from collections import Counter

import pytest

from domain.clock import today
from domain.product_requests import Relocation, Removal, first_possible_date
from sync.api import PortalClient
from sync.cases.product_requests import (
    open_request_for,
    queue_relocation,
    queue_removal,
    request_of,
)
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from tests.support.portal_api import AGENT, portal_post, portal_session
from tests.sync.e2e import ADMIN, all_products, closed_port_url, fast_engine, signed_in
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = pytest.mark.e2e


def _relocation(ws, product, site_id: str) -> Relocation:
    return Relocation(product_id=product.id, desired_date=first_possible_date(today()), site_id=site_id,
                      building="Bygg B", floor="2. etasje", room="Rom 201", contact_name="Anne Admin",
                      contact_phone="+47 22 33 44 55", network_change=True)


def _other_site(ws, product) -> str:
    return next(s.id for s in product_queries.sites_list(ws.engine) if s.id != product.site_id)


def _portal_cases(url: str, case_id: str) -> list[dict]:
    return [c for c in portal_session(url, ADMIN).get(f"{url}/v1/cases", timeout=10).json() if c["id"] == case_id]


def test_a_relocation_queued_offline_arrives_exactly_once_through_a_flaky_network(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
    product = all_products(ws.engine, today())[0]
    changed = queue_relocation(ws.engine, _relocation(ws, product, _other_site(ws, product)), subject="Flytt")
    (case_id,) = changed["case"]
    with fast_engine(ws, client=PortalClient(closed_port_url(), tokens=ws.tokens)) as engine:
        down = engine.run_once()
    assert (down.online, down.pushed, outbox.unsent_count(ws.engine)) == (False, 0, 1)
    tries = Counter()

    def spare(method: str, path: str) -> bool:
        """The relocation's first two attempts reach the portal and lose their answer; everything else goes."""
        if (method, path) != ("POST", "/v1/cases/relocations"):
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
    assert outbox.unsent_count(ws.engine) == 0
    assert {i.state for i in outbox.outbox_items(ws.engine)} == {"sent"}
    found = _portal_cases(portal, case_id)
    assert len(found) == 1 and found[0]["type"] == "relocation"
    assert sum(c["type"] == "relocation" for c in portal_session(portal, ADMIN).get(
        f"{portal}/v1/cases", timeout=10).json()) == 1
    shown = open_request_for(ws.engine, product.id)
    assert (shown.case_id, shown.number, shown.sync_status) == (case_id, found[0]["number"], "synced")
    assert product_queries.product(ws.engine, product.id, today=today()).open_request.case_id == case_id
    ws.close()


def test_a_completed_relocation_moves_the_machine_in_the_app(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
        product = all_products(ws.engine, today())[1]
        target = _other_site(ws, product)
        (case_id,) = queue_relocation(ws.engine, _relocation(ws, product, target), subject="Flytt")["case"]
        assert engine.run_once().pushed == 1
        portal_post(portal_session(portal, AGENT), portal, f"/agent/cases/{case_id}/complete", {})
        assert engine.run_once().error is None
    moved = product_queries.product(ws.engine, product.id, today=today())
    assert (moved.site_id, moved.location, moved.open_request) == (target, "Bygg B, 2. etasje, Rom 201", None)
    assert request_of(ws.engine, case_id).completed_on == today()
    assert open_request_for(ws.engine, product.id) is None
    ws.close()


def test_a_removed_machine_leaves_the_active_fleet(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
        fleet = all_products(ws.engine, today())
        product = fleet[2]
        removal = Removal(product_id=product.id, desired_date=first_possible_date(today()), reason="replaced",
                          pickup_address="Karl Johans gate 22, 0159 Oslo", wipe_disk=True)
        (case_id,) = queue_removal(ws.engine, removal, subject="Hent")["case"]
        assert engine.run_once().pushed == 1
        portal_post(portal_session(portal, AGENT), portal, f"/agent/cases/{case_id}/complete", {})
        assert engine.run_once().error is None
    active = all_products(ws.engine, today())
    assert product.id not in {p.id for p in active} and len(active) == len(fleet) - 1
    kept = product_queries.product(ws.engine, product.id, today=today())
    assert kept is not None and kept.removed_on == today()
    everything = product_queries.product_page(ws.engine, ProductFilter(include_removed=True), today=today(),
                                              limit=10_000)
    assert len(everything) == len(fleet)
    ws.close()
