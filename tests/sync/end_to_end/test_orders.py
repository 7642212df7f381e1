"""Supplies orders end to end against the real portal on 127.0.0.1: a cart queued offline (an order for each of two
machines, and the cancel of one) arrives exactly once through a fault-injecting proxy, and a demo order the supplies
desk ships raises exactly one notice with its tracking reference."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.api import PortalClient
from sync.cache.schema import orders
from sync.notices import unshown_notices
from sync.orders import queries
from sync.orders.operations import queue_cancel, queue_cart
from sync.outbox import queue as outbox
from tests.support.portal_api import portal_session
from tests.support.portal_server import running_portal
from tests.support.waiting import wait_until
from tests.sync.e2e import ADMIN, closed_port_url, fast_engine, signed_in
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KARI = "kari@example.no"


def _two_machines(ws) -> dict[str, list[tuple[str, object]]]:
    targets = queries.order_targets(ws.engine)[:2]
    return {t.product_id: [(queries.fitting_articles(ws.engine, t.product_id)[0].id, 2)] for t in targets}


def _portal_orders(url: str) -> list[dict]:
    with portal_session(url, ADMIN) as http:
        answer = http.get(f"{url}/v1/orders", timeout=10)
        answer.raise_for_status()
        return answer.json()


def test_a_cart_queued_offline_arrives_exactly_once_through_a_flaky_network(portal, data_dir):
    ws = signed_in(data_dir, portal, KARI)
    with fast_engine(ws) as engine:
        engine.run_once()
    offline = PortalClient(closed_port_url(), tokens=ws.tokens, timeout=(0.5, 0.5))
    with fast_engine(ws, client=offline) as engine:
        cart = _two_machines(ws)
        ids = queue_cart(ws.engine, cart, note="Til resepsjonen").value
        queue_cancel(ws.engine, ids[1])
        down = engine.run_once()
        assert (down.online, down.pushed) == (False, 0)
    assert [o.sync_status for o in queries.all_orders(ws.engine, queries.OrderQuery(filter="all"))] == [
        "pending", "pending"]
    # The faults land on the orders' requests alone: each order and the cancel may be lost on the way there or back.
    with FaultyProxy(portal, fault_rate=0.6, seed=10, delay=1.2, faults=("error_500", "drop_after", "drop_before"),
                     spare=lambda method, path: not (method == "POST" and path.startswith("/v1/orders"))) as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 3.0))
        with fast_engine(ws, client=client) as engine:
            for _ in range(40):
                report = engine.run_once()
                if outbox.unsent_count(ws.engine) == 0 and report.error is None:
                    break
                outbox.retry_now(ws.engine)
        assert proxy.injected["drop_after"] >= 1  # an order the portal took whose answer was lost
    assert outbox.unsent_count(ws.engine) == 0
    assert {i.state for i in outbox.outbox_items(ws.engine)} == {"sent"}
    on_portal = _portal_orders(portal)
    assert sorted(o["id"] for o in on_portal) == sorted(ids)  # each exactly once, nothing else
    by_id = {o["id"]: o for o in on_portal}
    assert (by_id[ids[0]]["state"], by_id[ids[1]]["state"]) == ("submitted", "cancelled")
    assert {o["product_id"]: [(line["article"], line["quantity"]) for line in o["lines"]] for o in on_portal} == cart
    assert {o["note"] for o in on_portal} == {"Til resepsjonen"}
    with ws.engine.connect() as conn:
        cached = {r.id: r for r in conn.execute(select(orders)).all()}
    assert {(r.sync_status, r.number is not None) for r in cached.values()} == {("synced", True)}
    assert cached[ids[1]].state == "cancelled"
    ws.close()


def test_a_demo_order_reaching_shipped_raises_one_notice_with_its_tracking_reference(tmp_path, data_dir):
    with running_portal(tmp_path / "portal.sqlite", order_delay=1.5) as url:
        ws = signed_in(data_dir, url, KARI)
        with fast_engine(ws) as engine:
            engine.run_once()
            assert unshown_notices(ws.engine) == []
            target = queries.order_targets(ws.engine)[0]
            article = queries.fitting_articles(ws.engine, target.product_id)[0].id
            order_id = queue_cart(ws.engine, {target.product_id: [(article, 1)]}).value[0]
            assert engine.run_once().pushed == 1

            def shipped():
                engine.run_once()
                return [n for n in unshown_notices(ws.engine) if n.kind == "shipped"]

            (notice,) = wait_until(shipped, timeout=30, what="the order to ship")
            row = queries.order_row(ws.engine, order_id)
            assert row is not None and row.state in ("shipped", "delivered") and row.tracking_ref
            assert (notice.entity, notice.entity_id) == ("order", order_id)
            assert notice.title == f"{row.number}: {target.serial}"
            assert notice.shipment == ("Bring", row.tracking_ref)
            wait_until(lambda: engine.run_once() and queries.order_row(ws.engine, order_id).state == "delivered",
                       timeout=30, what="the order to be delivered")
            assert [n.kind for n in unshown_notices(ws.engine)] == ["shipped"]  # delivered is no second notice
        ws.close()
