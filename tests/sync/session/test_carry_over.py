"""Unsent work in another cache of the same user is found after sign-in and carried over with its keys: it is sent
once, and only once, from the cache the user works in now."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from domain.clock import today
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.readings.operations import queue_reading
from sync.session.carry_over import carry_over, stranded_work
from sync.session.paths import url_cache_path
from tests.sync.e2e import all_products, assert_arrived_exactly_once, signed_in

pytestmark = pytest.mark.e2e


def _sync(ws):
    with SyncEngine(ws) as engine:
        report = engine.run_once()
    assert report.error is None, report.error
    return report


def _queue_reading(ws, rise: int = 100):
    machine = next(p for p in all_products(ws.engine, today()) if p.last_reading_date)
    values = {k: machine.last_values[k] + rise for k in machine.counter_keys}
    day = machine.last_reading_date + timedelta(days=1)
    return queue_reading(ws.engine, machine.id, day, values, today=today()).value


def _strand(data_dir, ws, address: str):
    """Put this cache where an older version kept it for another address of the portal."""
    old = url_cache_path(data_dir, address, ws.email)
    old.parent.parent.mkdir(parents=True, exist_ok=True)
    ws.cache_file.parent.rename(old.parent)
    return old


@pytest.fixture
def stranded(data_dir, portal):
    """A reading queued in a cache left under another address, and the user signed in afresh."""
    ws = signed_in(data_dir, portal)
    _sync(ws)
    item = _queue_reading(ws)
    ws.close()
    old = _strand(data_dir, ws, "https://portal-alias.example.no")
    ws = signed_in(data_dir, portal)
    _sync(ws)
    yield ws, old, item
    ws.close()


def test_the_stranded_work_is_found_and_carried_over_with_its_key(stranded, data_dir, portal):
    ws, old, item = stranded
    (found,) = stranded_work(data_dir, ws.email, ws.cache_file)
    assert (found.cache_file, found.unsent, found.place) == (old, 1, "portal-alias.example.no")
    changed = carry_over(ws.engine, old)
    assert changed["meter_reading"] == {item.entity_id} and "outbox" in changed
    (carried,) = outbox.outbox_items(ws.engine, outbox.UNSENT_STATES)
    assert (carried.idempotency_key, carried.entity_id, carried.body) == (item.idempotency_key, item.entity_id,
                                                                         item.body)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM readings WHERE id = :id"), {"id": item.entity_id}).scalar() \
            == "pending"  # its optimistic row came along: the lists show it waiting
    assert stranded_work(data_dir, ws.email, ws.cache_file) == []
    assert _sync(ws).pushed == 1
    assert_arrived_exactly_once(portal, ws.engine, [item.entity_id])


def test_a_request_the_portal_already_saw_is_not_done_twice(data_dir, portal):
    ws = signed_in(data_dir, portal)
    _sync(ws)
    item = _queue_reading(ws)
    _sync(ws)  # it reached the portal, but say the answer was lost: the old cache still has it as unsent
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE outbox SET state = 'sending', sent_at = NULL WHERE seq = :seq"), {"seq": item.seq})
    ws.close()
    old = _strand(data_dir, ws, "http://127.0.0.1:1")
    with signed_in(data_dir, portal) as ws:
        _sync(ws)
        carry_over(ws.engine, old)
        assert [i.state for i in outbox.outbox_items(ws.engine, outbox.UNSENT_STATES)] == ["queued"]
        _sync(ws)
        assert_arrived_exactly_once(portal, ws.engine, [item.entity_id])


def test_carrying_over_twice_adds_nothing(stranded):
    ws, old, _item = stranded
    carry_over(ws.engine, old)
    assert carry_over(ws.engine, old) == {"outbox": None}
    assert len(outbox.outbox_items(ws.engine)) == 1


def test_other_users_and_empty_caches_are_not_offered(stranded, data_dir, portal):
    ws, old, _item = stranded
    with signed_in(data_dir, portal, email="kari@example.no") as kari:
        assert stranded_work(data_dir, kari.email, kari.cache_file) == []
    carry_over(ws.engine, old)
    assert stranded_work(data_dir, ws.email, ws.cache_file) == []  # the old cache is still there, but empty
    assert old.exists()


def test_an_edit_comes_along_with_what_it_replaced(data_dir, portal):
    from sync.edits import operations as edits
    from sync.edits import queries as edit_queries
    from sync.features import EDITABLE
    ws = signed_in(data_dir, portal)
    _sync(ws)
    machine = all_products(ws.engine, today())[0]
    edits.edit(ws.engine, EDITABLE["product"], machine.id, {"room": "Arkivet"}, summary="Edit")
    ws.close()
    old = _strand(data_dir, ws, "https://portal-alias.example.no")
    ws = signed_in(data_dir, portal)
    _sync(ws)
    carry_over(ws.engine, old)
    (item,) = outbox.outbox_items(ws.engine)
    assert edit_queries.pending_fields(ws.engine, "product", machine.id) == {"room": "pending"}
    _sync(ws)
    assert outbox.outbox_item(ws.engine, item.seq).state == "sent"
    assert edit_queries.pending_fields(ws.engine, "product", machine.id) == {}
    ws.close()
