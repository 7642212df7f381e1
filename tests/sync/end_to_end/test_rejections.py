"""A reading the portal refuses stays visible with the portal's reason, holds only its own machine's queue, and can
be fixed and resent or discarded — against the real portal."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
import requests

from domain.clock import today
from sync.cache.db import writer
from sync.cache.schema import readings
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading, resend_reading
from tests.sync.e2e import (
    PASSWORD,
    all_products,
    fast_engine,
    portal_reading_ids,
    signed_in,
)

pytestmark = pytest.mark.e2e


def _post_as_admin(url, product_id, day, values):
    token = requests.post(f"{url}/v1/auth/token", json={"email": "admin@example.no", "password": PASSWORD},
                          timeout=10).json()["access_token"]
    answer = requests.post(f"{url}/v1/products/{product_id}/meter-readings", timeout=10,
                           json={"id": str(uuid.uuid4()), "reading_date": day.isoformat(), "values": values},
                           headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 201, answer.text


def _plus(product, amount):
    return {k: product.last_values[k] + amount for k in product.counter_keys}


def test_a_conflicting_reading_is_rejected_with_the_portals_reason_then_fixed(portal, data_dir):
    with signed_in(data_dir, portal, "kari@example.no") as ws, fast_engine(ws) as engine:
        engine.run_once()
        a, b = all_products(ws.engine, today())[:2]
        d1, d2, d3 = (a.last_reading_date + timedelta(days=n) for n in (1, 2, 3))
        _post_as_admin(portal, a.id, d1, _plus(a, 50))        # someone else read machine A that day
        first = queue_reading(ws.engine, a.id, d1, _plus(a, 100), today=today()).value
        held = queue_reading(ws.engine, a.id, d2, _plus(a, 200), today=today()).value
        other = queue_reading(ws.engine, b.id, b.last_reading_date + timedelta(days=1), _plus(b, 100),
                              today=today()).value

        report = engine.run_once()
        assert (report.pushed, report.rejected) == (1, 1)
        states = {i.seq: i.state for i in outbox.outbox_items(ws.engine)}
        assert states == {first.seq: "rejected", held.seq: "queued", other.seq: "sent"}
        rejected = outbox.outbox_item(ws.engine, first.seq)
        assert rejected.problem["code"] == "meter.already_submitted_today"
        assert rejected.reason
        assert outbox.held_seqs(outbox.outbox_items(ws.engine)) == {held.seq}
        mine = {r.id: r.status for r in reading_queries.reading_history(ws.engine, a.id)}
        assert mine[first.entity_id] == "rejected" and mine[held.entity_id] == "pending"

        assert engine.run_once().pushed == 0          # still held: only the user can free it
        fixed = resend_reading(ws.engine, first.seq, d3, _plus(a, 300), today=today()).value
        assert fixed.idempotency_key != first.idempotency_key
        report = engine.run_once()
        assert (report.pushed, report.rejected) == (2, 0)
        on_portal = portal_reading_ids(portal, [a.id], "kari@example.no")
        assert on_portal[first.entity_id] == 1 and on_portal[held.entity_id] == 1
        statuses = {r.id: (r.status, r.reading_date) for r in reading_queries.reading_history(ws.engine, a.id)}
        assert statuses[first.entity_id] == ("accepted", d3)


def test_a_reading_that_bypassed_the_checks_is_rejected_and_can_be_discarded(portal, data_dir):
    with signed_in(data_dir, portal, "kari@example.no") as ws, fast_engine(ws) as engine:
        engine.run_once()
        product = all_products(ws.engine, today())[0]
        day = product.last_reading_date + timedelta(days=1)
        bad = _queue_unchecked(ws.engine, product, day, _plus(product, -10))
        after = queue_reading(ws.engine, product.id, day + timedelta(days=1), _plus(product, 100), today=today()).value
        assert engine.run_once().rejected == 1
        assert outbox.outbox_item(ws.engine, bad.seq).problem["code"] == "meter.reading_decreased"
        replay.discard(ws.engine, bad.seq)
        assert outbox.outbox_item(ws.engine, bad.seq) is None
        assert bad.entity_id not in {r.id for r in reading_queries.reading_history(ws.engine, product.id)}
        assert engine.run_once().pushed == 1
        assert outbox.outbox_item(ws.engine, after.seq).state == "sent"
        assert portal_reading_ids(portal, [product.id], "kari@example.no")[bad.entity_id] == 0


def _queue_unchecked(engine, product, day, values):
    """What a buggy form would do: skip the shared rules. The portal applies them anyway."""
    reading_id = str(uuid.uuid4())
    with writer(engine).begin() as conn:
        conn.execute(readings.insert().values(id=reading_id, product_id=product.id, reading_date=day.isoformat(),
                                              values_json=json.dumps(values), status="pending"))
        return outbox.enqueue(conn, kind="meter_reading.create", method="POST",
                              path=f"/products/{product.id}/meter-readings",
                              body={"id": reading_id, "reading_date": day.isoformat(), "values": values},
                              entity="meter_reading", entity_id=reading_id, group_key=f"product:{product.id}",
                              summary="unchecked")
