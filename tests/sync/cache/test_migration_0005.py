"""Migration 0005 renames the stored entity of outbox items and notices to the one entity name, so an item queued by
an older version is still found, replayed and discarded by the new code."""

from __future__ import annotations

from sqlalchemy import text

from sync.cache.db import open_cache
from sync.engine import replay
from sync.outbox import queue as outbox
from tests.sync.cache.older_cache import cache_at

ITEM = ("INSERT INTO outbox (idempotency_key, kind, method, path, body_json, entity, entity_id, group_key, summary, "
        "state, created_at) VALUES (:key, :kind, 'POST', '/x', '{}', :entity, :id, :group, 's', 'queued', "
        "'2026-11-21T09:00:00Z')")
OLD = [("meter_reading.create", "readings", "r-1", "product:p-1"), ("case.create", "cases", "c-1", "case:c-1"),
       ("case.action", "case_actions", "c-1", "case:c-1"), ("case.patch", "case_settings", "c-1", "case:c-1"),
       ("case_message.create", "case_messages", "m-1", "case:c-1"),
       ("case_attachment.create", "case_attachments", "a-1", "case:c-1"), ("me.patch", "me", "1", "me")]


def test_a_cache_at_0004_names_its_items_and_notices_by_entity(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0004") as conn:
        for n, (kind, entity, entity_id, group) in enumerate(OLD):
            conn.execute(text(ITEM), {"key": f"k-{n}", "kind": kind, "entity": entity, "id": entity_id,
                                      "group": group})
        conn.execute(text("INSERT INTO notices (kind, entity, entity_id, title, detail, created_at, shown) VALUES "
                          "('reply', 'cases', 'c-1', 't', 'd', '2026-11-21T09:00:00Z', 0)"))

    migrated = open_cache(path)
    assert [i.entity for i in outbox.outbox_items(migrated)] == [
        "meter_reading", "case", "case", "case", "case_message", "case_attachment", "me"]
    with migrated.connect() as conn:
        assert conn.execute(text("SELECT entity FROM notices")).scalar_one() == "case"
    assert outbox.item_for_entity(migrated, "meter_reading", "r-1").kind == "meter_reading.create"
    replay.discard(migrated, outbox.outbox_items(migrated)[0].seq)  # an old item goes through the new registry
    assert outbox.item_for_entity(migrated, "meter_reading", "r-1") is None
