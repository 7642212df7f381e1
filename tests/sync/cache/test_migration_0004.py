"""Migration 0004 keeps the portal's copy of each case beside what the screen shows: a cache from before it learns
the copy for every case that carries no request of ours, and leaves it unknown (NULL) for the others."""

from __future__ import annotations

from sqlalchemy import text

from sync.cache.db import open_cache
from tests.sync.cache.older_cache import cache_at

CASE = ("INSERT INTO cases (id, type, category, department, subject, description, state, created_at, "
        "last_activity_at, sync_status, resolved_at, email_updates) VALUES "
        "(:id, 'support', 'paper_jam', 'technical_support', 's', 'd', :state, '2026-11-20T09:00:00Z', "
        "'2026-11-20T09:00:00Z', :status, :resolved, 0)")
QUEUED_CANCEL = ("INSERT INTO outbox (idempotency_key, kind, method, path, body_json, entity, entity_id, group_key, "
                 "summary, state, created_at) VALUES ('k-1', 'case.action', 'POST', '/cases/c-2/actions', "
                 "'{\"action\": \"cancel\"}', 'case_actions', 'c-2', 'case:c-2', 'Cancel', 'queued', "
                 "'2026-11-21T09:00:00Z')")


def test_a_cache_at_0003_learns_the_portal_copy_of_cases_without_requests(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0003") as conn:
        conn.execute(text(CASE), {"id": "c-1", "state": "resolved", "status": "synced",
                                  "resolved": "2026-11-22T10:00:00Z"})
        conn.execute(text(CASE), {"id": "c-2", "state": "cancelled", "status": "synced", "resolved": None})
        conn.execute(text(CASE), {"id": "c-3", "state": "new", "status": "pending", "resolved": None})
        conn.execute(text(QUEUED_CANCEL))

    migrated = open_cache(path)
    with migrated.connect() as conn:
        rows = conn.execute(text("SELECT id, portal_state, portal_resolved_at, portal_email_updates FROM cases "
                                 "ORDER BY id")).all()
    migrated.dispose()
    assert [tuple(r) for r in rows] == [("c-1", "resolved", "2026-11-22T10:00:00Z", 0),
                                        ("c-2", None, None, None),  # shows our waiting cancel: learnt at next pull
                                        ("c-3", None, None, None)]  # ours, never sent
