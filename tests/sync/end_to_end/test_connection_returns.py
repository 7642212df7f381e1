"""When the portal answers again, what waited only because it could not be reached goes in that very round, not
after its backoff; and the wait reason is a code (no URL with ids) the app can word."""

from __future__ import annotations

import pytest

from domain.clock import today
from sync.api import PortalClient
from sync.api.backoff import Backoff
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.readings.operations import queue_readings
from tests.sync.e2e import (
    assert_arrived_exactly_once,
    fast_engine,
    plan_readings,
    signed_in,
)
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = [pytest.mark.e2e]


def test_a_reading_queued_while_unreachable_goes_in_the_first_round_that_reaches_the_portal(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()  # the fleet, so there is something to read
    entry, = plan_readings(ws.engine, 1, today())
    reading_id = queue_readings(ws.engine, [entry], today=today()).queued[0].item.entity_id
    backoff = Backoff(base=600, cap=3600, uniform=lambda low, high: high)  # no jitter: a wait of ten minutes
    with FaultyProxy(portal, fault_rate=1.0, faults=("drop_before",)) as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 2.0))
        with SyncEngine(ws, client=client, backoff=backoff) as engine:
            down = engine.run_once()
            assert not down.online and down.pushed == 0
            waiting, = outbox.outbox_items(ws.engine, ("queued",))
            assert waiting.wait_code == "portal.unreachable" and waiting.wait_params == {}
            assert (waiting.next_attempt_at - waiting.created_at).total_seconds() > 500  # its backoff lies ahead
            assert "http" not in repr(waiting.wait_params)

            proxy.fault_rate = 0.0  # the connection is back
            up = engine.run_once()
    assert up.online and up.error is None and up.pushed == 1
    sent, = outbox.outbox_items(ws.engine)
    assert sent.state == "sent" and sent.wait_code is None and sent.wait_params == {}
    assert up.next_retry_at is None
    assert_arrived_exactly_once(portal, ws.engine, [reading_id])
    ws.close()
