"""When a machine is un-assigned from the user on the portal, their next sync drops it from the cache, and what they
queued for it offline is refused with `local.access_lost` and the machine's serial: kept for them to read and
discard, never sent — against the real portal."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from domain import problems
from domain.clock import today
from portal.assignments import set_assignments
from portal.db import Store, assignments, sqlite_url, users
from sync.engine import replay
from sync.notices import unshown_notices
from sync.outbox import queue as outbox
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading
from tests.support.portal_api import portal_post, portal_session
from tests.sync.e2e import (
    ADMIN,
    all_products,
    fast_engine,
    portal_reading_ids,
    signed_in,
)

pytestmark = pytest.mark.e2e

KARI = "kari@example.no"


def unassign(portal_db: Path, email: str, product_id: str) -> None:
    """What an administrator's un-assignment does, straight on the portal's database."""
    store = Store(sqlite_url(portal_db))
    try:
        with store.write() as conn:
            user_id = conn.execute(select(users.c.id).where(users.c.email == email)).scalar_one()
            kept = set(conn.execute(select(assignments.c.product_id)
                                    .where(assignments.c.user_id == user_id)).scalars()) - {product_id}
            assert set_assignments(conn, user_id, kept) == {product_id}
    finally:
        store.dispose()


def next_values(product, rise: int = 100) -> dict[str, int]:
    return {k: product.last_values[k] + rise for k in product.counter_keys}


def test_a_lost_machine_leaves_the_cache_and_its_queued_reading_is_refused_not_sent(portal, data_dir, tmp_path):
    with signed_in(data_dir, portal, KARI) as ws, fast_engine(ws) as engine:
        engine.run_once()
        lost, kept = all_products(ws.engine, today())[:2]
        lost_reading = queue_reading(ws.engine, lost.id, lost.last_reading_date + timedelta(days=1),
                                     next_values(lost), today=today()).value
        kept_reading = queue_reading(ws.engine, kept.id, kept.last_reading_date + timedelta(days=1),
                                     next_values(kept), today=today()).value

        unassign(tmp_path / "portal.sqlite", KARI, lost.id)
        report = engine.run_once()

        assert report.machines_lost == 1 and report.pushed == 1
        assert lost.id not in {p.id for p in all_products(ws.engine, today())}
        refused = outbox.outbox_item(ws.engine, lost_reading.seq)
        assert refused.state == "rejected"
        assert refused.problem["code"] == problems.LOCAL_ACCESS_LOST
        assert refused.problem["params"] == {"serial": lost.serial, "model": lost.model}
        assert lost.serial in refused.reason
        assert outbox.outbox_item(ws.engine, kept_reading.seq).state == "sent"
        assert portal_reading_ids(portal, [lost.id])[lost_reading.entity_id] == 0, "never sent"
        assert [r.status for r in reading_queries.reading_history(ws.engine, lost.id)] == ["rejected"], \
            "only her own refused reading is left of the machine, until she discards it"
        notice = next(n for n in unshown_notices(ws.engine) if n.kind == "access_lost")
        assert notice.access_lost == (1, 1) and notice.entity_id == str(lost_reading.seq)

        replay.discard(ws.engine, lost_reading.seq)
        assert reading_queries.reading_history(ws.engine, lost.id) == []
        assert engine.run_once().machines_lost == 0, "settled once"


def test_a_reply_to_a_case_of_the_lost_machine_is_refused_too(portal, data_dir, tmp_path):
    from sync.cases.operations import queue_reply  # noqa: PLC0415

    with signed_in(data_dir, portal, KARI) as ws, fast_engine(ws) as engine:
        engine.run_once()
        lost = all_products(ws.engine, today())[0]
        with portal_session(portal, KARI) as http:
            case = portal_post(http, portal, "/cases", {
                "id": str(uuid.uuid4()), "type": "support", "product_id": lost.id, "category": "paper_jam",
                "subject": "Papirstopp", "description": "Stopper.", "contact_name": "Kari",
                "contact_email": KARI})
        engine.run_once()
        queue_reply(ws.engine, case["id"], "Fortsatt feil", data_dir=ws.data_dir)
        reply = next(i for i in outbox.outbox_items(ws.engine) if i.kind == "case_message.create")

        unassign(tmp_path / "portal.sqlite", KARI, lost.id)
        assert engine.run_once().machines_lost == 1

        refused = outbox.outbox_item(ws.engine, reply.seq)
        assert refused.state == "rejected" and refused.problem["code"] == problems.LOCAL_ACCESS_LOST
        assert refused.attempts == 1 and refused.problem["status"] == 0, "refused here, not by the portal"


def test_a_pull_that_stops_between_the_resets_pages_settles_at_the_next_round(portal, data_dir, tmp_path):
    with signed_in(data_dir, portal, KARI) as ws, fast_engine(ws, page_size=20) as engine:
        engine.run_once()
        lost = all_products(ws.engine, today())[0]
        item = queue_reading(ws.engine, lost.id, lost.last_reading_date + timedelta(days=1), next_values(lost),
                             today=today()).value
        unassign(tmp_path / "portal.sqlite", KARI, lost.id)

        pages = []
        stopped = engine.run_once(progress=lambda stage, *_: pages.append(stage), cancelled=lambda: bool(pages))
        assert stopped.machines_lost == 0 and outbox.outbox_item(ws.engine, item.seq).state == "queued"

        report = engine.run_once()
        assert report.machines_lost == 1
        refused = outbox.outbox_item(ws.engine, item.seq)
        assert refused.problem["code"] == problems.LOCAL_ACCESS_LOST and refused.problem["status"] == 0
        assert refused.attempts == 1, "the unfinished reset went on before the push: never sent"
        assert json.loads(next(n.detail for n in unshown_notices(ws.engine) if n.kind == "access_lost")) == {
            "machines": 1, "changes": 1}


def test_an_administrator_made_customer_loses_the_machines_not_assigned_to_her(portal, data_dir, tmp_path):
    with signed_in(data_dir, portal, ADMIN) as ws, fast_engine(ws) as engine:
        engine.run_once()
        fleet = all_products(ws.engine, today())
        product = fleet[0]
        item = queue_reading(ws.engine, product.id, product.last_reading_date + timedelta(days=1),
                             next_values(product), today=today()).value
        store = Store(sqlite_url(tmp_path / "portal.sqlite"))
        try:
            with store.write() as conn:  # as a role change by another administrator would
                conn.execute(update(users).where(users.c.email == ADMIN).values(role="customer"))
        finally:
            store.dispose()

        report = engine.run_once()

        assert report.machines_lost == len(fleet) and all_products(ws.engine, today()) == []
        assert outbox.outbox_item(ws.engine, item.seq).problem["code"] == problems.LOCAL_ACCESS_LOST
