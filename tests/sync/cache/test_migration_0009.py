"""Migration 0009 keeps the portal's expected answer time of each case beside the one the screen shows: a cache
from before it learns it for every case that carries no request of ours and leaves it unknown (NULL) for the others,
and a reply an older version queued is counted anew from itself at the next pull."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from domain.business_hours import expected_response_at
from sync.cache.db import SCHEMA_HEAD, open_cache, schema_revision, writer
from sync.cache.schema import cases
from sync.cache.stamps import from_iso
from sync.cases.apply import upsert_case
from tests.sync import factories
from tests.sync.cache.older_cache import cache_at
from tests.sync.case_factories import portal_case

CASE = ("INSERT INTO cases (id, type, product_id, category, department, subject, description, state, created_at, "
        "expected_response_at, last_activity_at, sync_status, portal_state) VALUES "
        "(:id, 'support', 'p-1', 'paper_jam', 'technical_support', 's', 'd', :state, '2026-11-20T09:00:00+00:00', "
        "'2026-11-20T17:00:00.000000+00:00', '2026-11-20T09:00:00+00:00', 'synced', :portal_state)")
QUEUED_REPLY = ("INSERT INTO outbox (idempotency_key, kind, method, path, body_json, entity, entity_id, group_key, "
                "summary, state, created_at) VALUES ('k-1', 'case_message.create', 'POST', '/cases/c-2/messages', "
                "'{\"id\": \"m-1\", \"body\": \"Hei\", \"_from_state\": \"awaiting_customer\", "
                "\"_to_state\": \"in_progress\"}', 'case_message', 'm-1', 'case:c-2', 'Reply', 'queued', "
                "'2026-11-24T09:00:00.000000+00:00')")


def test_a_cache_at_0008_learns_the_portals_deadline_and_recounts_an_old_waiting_reply_at_the_next_pull(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0008") as conn:
        conn.execute(text(CASE), {"id": "c-1", "state": "in_progress", "portal_state": "in_progress"})
        conn.execute(text(CASE), {"id": "c-2", "state": "in_progress", "portal_state": "awaiting_customer"})
        conn.execute(text(QUEUED_REPLY))

    migrated = open_cache(path)
    assert schema_revision(migrated) == SCHEMA_HEAD
    with migrated.connect() as conn:
        rows = conn.execute(select(cases.c.id, cases.c.portal_expected_response_at).order_by(cases.c.id)).all()
    assert [tuple(r) for r in rows] == [("c-1", "2026-11-20T17:00:00.000000+00:00"),
                                        ("c-2", None)]  # shows our waiting reply: learnt at the next pull

    factories.seed(migrated, factories.product("p-1", "SN100"))
    with writer(migrated).begin() as conn:
        upsert_case(conn, portal_case("c-2", state="awaiting_customer", version=2))
        shown = conn.execute(select(cases.c.state, cases.c.expected_response_at, cases.c.portal_expected_response_at)
                             .where(cases.c.id == "c-2")).one()
    migrated.dispose()
    replied = from_iso("2026-11-24T09:00:00+00:00")
    assert shown.state == "in_progress"
    assert from_iso(shown.expected_response_at) == expected_response_at(replied, 8) > replied + timedelta(hours=1)
    assert from_iso(shown.portal_expected_response_at) == portal_case("c-2").expected_response_at
