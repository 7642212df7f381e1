"""The cache belongs to the portal, not to its address: work queued under one port is there under another, and a
cache made under an address before portals had an identity is adopted, not stranded."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.clock import today
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.readings.operations import queue_reading
from sync.session import workspace
from sync.session.paths import url_cache_path
from tests.support.portal_server import running_portal
from tests.sync.e2e import all_products, signed_in

pytestmark = pytest.mark.e2e


def _fetched(ws):
    with SyncEngine(ws) as engine:
        assert engine.run_once().error is None
    return ws


def _queue_one(ws) -> str:
    machine = next(p for p in all_products(ws.engine, today()) if p.last_reading_date)
    values = {k: machine.last_values[k] + 100 for k in machine.counter_keys}
    day = machine.last_reading_date + timedelta(days=1)
    return queue_reading(ws.engine, machine.id, day, values, today=today()).value.idempotency_key


def test_a_reading_queued_under_one_port_is_pending_under_the_next(tmp_path):
    data_dir, db = tmp_path / "data", tmp_path / "portal.sqlite"
    with running_portal(db) as first_url, _fetched(signed_in(data_dir, first_url)) as ws:
        first_id = ws.portal_id
    # the portal is down now (like the demo after Ctrl+Q): the reading waits in the outbox
    with workspace.restore(data_dir) as ws:
        key = _queue_one(ws)
    with running_portal(db) as second_url:
        assert second_url != first_url
        with signed_in(data_dir, second_url) as ws:
            assert ws.portal_id == first_id
            assert [(i.state, i.idempotency_key) for i in outbox.outbox_items(ws.engine)] == [("queued", key)]
            with SyncEngine(ws) as engine:
                assert engine.run_once().pushed == 1
    assert sorted(p.parent.name for p in data_dir.glob("*/*/cache.sqlite")) == \
        [ws.cache_file.parent.name]  # one cache folder, not one per run


def test_an_offline_start_finds_the_cache_by_the_remembered_identity(tmp_path):
    data_dir = tmp_path / "data"
    with running_portal(tmp_path / "portal.sqlite") as url, signed_in(data_dir, url) as ws:
        path, portal_id = ws.cache_file, ws.portal_id
    with workspace.restore(data_dir) as ws:
        assert (ws.cache_file, ws.portal_id) == (path, portal_id)
        assert path.relative_to(data_dir).parts[0] == f"portal-{portal_id}"


def test_a_cache_named_after_the_address_is_adopted_with_its_unsent_work(tmp_path):
    data_dir = tmp_path / "data"
    with running_portal(tmp_path / "portal.sqlite") as url:
        with _fetched(signed_in(data_dir, url)) as ws:
            key = _queue_one(ws)
            identity_folder = ws.cache_file.parent
        old = url_cache_path(data_dir, url, ws.email)  # put it where a version before identities kept it
        old.parent.parent.mkdir(parents=True)
        identity_folder.rename(old.parent)
        with signed_in(data_dir, url) as ws:
            assert ws.cache_file.parent == identity_folder and not old.exists()
            assert [i.idempotency_key for i in outbox.outbox_items(ws.engine, outbox.UNSENT_STATES)] == [key]
