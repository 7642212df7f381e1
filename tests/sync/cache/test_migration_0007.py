"""Migration 0007 gives outbox items a wait code (and its parameters) and keeps what the queue held."""

from __future__ import annotations

from sqlalchemy import text

from sync.cache.db import SCHEMA_HEAD, open_cache, schema_revision
from sync.outbox import queue as outbox
from tests.sync.cache.older_cache import cache_at


def test_a_cache_at_0006_keeps_its_waiting_items_with_no_wait_code_yet(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0006") as conn:
        conn.execute(text("INSERT INTO outbox (idempotency_key, kind, method, path, body_json, entity, entity_id, "
                          "group_key, summary, state, attempts, last_error, next_attempt_at, created_at) VALUES "
                          "('k-1', 'meter_reading.create', 'POST', '/x', '{}', 'meter_reading', 'r-1', 'product:p-1', "
                          "'s', 'queued', 2, 'The portal cannot be reached (http://h/v1/x)', "
                          "'2026-12-01T09:05:00Z', '2026-12-01T09:00:00Z')"))

    migrated = open_cache(path)
    assert schema_revision(migrated) == SCHEMA_HEAD
    item, = outbox.outbox_items(migrated)
    assert (item.attempts, item.wait_code, dict(item.wait_params)) == (2, None, {})
    assert item.last_error.startswith("The portal cannot be reached")
    assert outbox.retry_unreachable(migrated) == 0  # an old item without a code waits for its backoff as before
