"""Migration 0006 adds the drafts table to a cache at 0005 and keeps everything the cache held."""

from __future__ import annotations

from sqlalchemy import text

from sync.cache import drafts
from sync.cache.db import SCHEMA_HEAD, open_cache, schema_revision
from sync.outbox import queue as outbox
from tests.sync.cache.older_cache import cache_at


def test_a_cache_at_0005_gets_the_drafts_table_and_keeps_its_data(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0005") as conn:
        conn.execute(text("INSERT INTO outbox (idempotency_key, kind, method, path, body_json, entity, entity_id, "
                          "group_key, summary, state, created_at) VALUES ('k-1', 'meter_reading.create', 'POST', "
                          "'/x', '{}', 'meter_reading', 'r-1', 'product:p-1', 's', 'queued', "
                          "'2026-12-01T09:00:00Z')"))
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES ('cursor', 'c-42')"))
        assert "drafts" not in {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}

    migrated = open_cache(path)
    assert schema_revision(migrated) == SCHEMA_HEAD
    assert [(i.kind, i.entity_id) for i in outbox.outbox_items(migrated)] == [("meter_reading.create", "r-1")]
    with migrated.connect() as conn:
        assert conn.execute(text("SELECT value FROM sync_state WHERE key = 'cursor'")).scalar_one() == "c-42"
    assert drafts.list_drafts(migrated) == []
    drafts.save_draft(migrated, "reply", "c-1", {"text": "Hei"})
    assert drafts.load_draft(migrated, "reply", "c-1").payload == {"text": "Hei"}
