"""The drafts of forms in the cache: one per form kind and key, replaced on save, gone when deleted, and a row that
cannot be read never stops a form from opening."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text

from sync.cache import drafts
from sync.cache.db import open_cache, writer

NINE = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
TEN = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)


def test_a_saved_draft_is_loaded_back_as_it_was(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    payload = {"subject": "Papirstopp i skuff 2", "files": ["C:/logg.txt"], "email_updates": False}
    assert drafts.save_draft(engine, "new_case", "", payload, now=NINE) == {}
    draft = drafts.load_draft(engine, "new_case", "")
    assert draft == drafts.Draft(kind="new_case", key="", payload=payload, updated_at=NINE)
    assert drafts.load_draft(engine, "reply", "") is None


def test_saving_again_replaces_the_draft_of_that_form_only(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    drafts.save_draft(engine, "reply", "c1", {"text": "first"}, now=NINE)
    drafts.save_draft(engine, "reply", "c2", {"text": "other case"}, now=NINE)
    drafts.save_draft(engine, "reply", "c1", {"text": "second"}, now=TEN)
    assert drafts.load_draft(engine, "reply", "c1").payload == {"text": "second"}
    assert drafts.load_draft(engine, "reply", "c1").updated_at == TEN
    assert [(d.key, d.payload["text"]) for d in drafts.list_drafts(engine, "reply")] == [
        ("c1", "second"), ("c2", "other case")]


def test_a_deleted_draft_is_gone_and_deleting_none_is_fine(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    drafts.save_draft(engine, "reading", "p1", {"values": {"total": "12"}})
    drafts.save_draft(engine, "meter_round", "", {"drafts": {}})
    assert drafts.delete_draft(engine, "reading", "p1") == {}
    drafts.delete_draft(engine, "reading", "p1")
    assert drafts.load_draft(engine, "reading", "p1") is None
    assert [d.kind for d in drafts.list_drafts(engine)] == ["meter_round"]


def test_a_garbled_row_is_ignored(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with writer(engine).begin() as conn:
        conn.execute(text("INSERT INTO drafts (kind, key, payload_json, updated_at) VALUES "
                          "('new_case', '', '{not json', '2026-12-02T09:00:00+00:00'), "
                          "('reply', 'c1', '[1, 2]', '2026-12-02T09:00:00+00:00')"))
    assert drafts.load_draft(engine, "new_case", "") is None
    assert drafts.load_draft(engine, "reply", "c1") is None
    assert drafts.list_drafts(engine) == []
