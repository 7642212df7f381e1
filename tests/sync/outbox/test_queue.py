"""Outbox state transitions: the durable promise that a queued request is sent exactly once or shown to the user."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from sync.cache.db import writer
from sync.cache.schema import readings
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading
from tests.sync.conftest import TODAY

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
VALUES = {"total": 11_000, "bw": 8_500, "colour": 2_500}


def _queue(cache, product_id="p-1", day=TODAY, values=VALUES):
    return queue_reading(cache, product_id, day, values, today=TODAY).value


def test_enqueue_makes_a_queued_item_with_a_fresh_key(cache):
    first, second = _queue(cache), _queue(cache, "p-2")
    assert (first.state, first.attempts, first.next_attempt_at) == ("queued", 0, None)
    assert first.idempotency_key != second.idempotency_key
    assert second.seq > first.seq
    assert first.body == {"id": first.entity_id, "reading_date": "2026-11-25", "values": VALUES}


def test_enqueue_joins_the_callers_transaction(cache):
    with pytest.raises(RuntimeError):
        with writer(cache).begin() as conn:
            outbox.enqueue(conn, kind="k", method="POST", path="/x", body={}, entity="meter_reading", entity_id="e",
                           group_key="g", summary="s")
            raise RuntimeError("the caller's transaction fails")
    assert outbox.outbox_items(cache) == []


def test_claim_takes_an_item_only_once(cache):
    item = _queue(cache)
    assert outbox.claim(cache, item.seq) is True
    assert outbox.claim(cache, item.seq) is False
    assert outbox.outbox_item(cache, item.seq).state == "sending"


def test_recover_interrupted_puts_sending_back_with_the_same_key(cache):
    item = _queue(cache)
    outbox.claim(cache, item.seq)
    assert outbox.recover_interrupted(cache) == 1
    again = outbox.outbox_item(cache, item.seq)
    assert (again.state, again.idempotency_key) == ("queued", item.idempotency_key)


def test_failure_keeps_the_key_counts_the_attempt_and_schedules(cache):
    item = _queue(cache)
    outbox.claim(cache, item.seq)
    outbox.mark_failed(cache, item, "HTTP 503", NOW + timedelta(seconds=30))
    again = outbox.outbox_item(cache, item.seq)
    assert (again.state, again.attempts, again.idempotency_key) == ("queued", 1, item.idempotency_key)
    assert again.next_attempt_at == NOW + timedelta(seconds=30)
    assert again.last_error == "HTTP 503"
    assert outbox.next_due_at(cache) == NOW + timedelta(seconds=30)
    assert outbox.retry_now(cache) == 1
    assert outbox.outbox_item(cache, item.seq).next_attempt_at is None


def test_rejection_marks_item_and_reading_and_holds_the_group(cache):
    first = _queue(cache, day=date(2026, 11, 20))
    second, other = _queue(cache), _queue(cache, "p-2")
    replay.rejected(cache, first, {"code": "meter.reading_decreased", "title": "Lower", "status": 422,
                                        "errors": [{"field": "values.total", "message": "too low"}]})
    items = outbox.outbox_items(cache)
    assert [i.state for i in items] == ["rejected", "queued", "queued"]
    assert items[0].reason == "too low"
    assert outbox.held_seqs(items) == {second.seq}
    assert _status(cache, first.entity_id) == "rejected"
    assert outbox.next_due_at(cache) == other.created_at


def test_resend_gives_a_new_key_and_updates_the_optimistic_row(cache):
    item = _queue(cache)
    replay.rejected(cache, item, {"code": "x", "title": "t", "status": 422})
    body = {"id": item.entity_id, "reading_date": "2026-11-24", "values": {"total": 12_000, "bw": 9_000,
                                                                           "colour": 3_000}}
    again = replay.resend(cache, item.seq, body).value
    assert (again.seq, again.state, again.attempts, again.problem) == (item.seq, "queued", 0, None)
    assert again.idempotency_key != item.idempotency_key
    row = _reading(cache, item.entity_id)
    assert (row.status, row.reading_date, json.loads(row.values_json)["total"]) == ("pending", "2026-11-24", 12_000)


def test_only_rejected_items_can_be_resent_and_sent_items_not_discarded(cache):
    item = _queue(cache)
    with pytest.raises(outbox.OutboxStateError, match="only rejected"):
        replay.resend(cache, item.seq, item.body)
    outbox.claim(cache, item.seq)
    with pytest.raises(outbox.OutboxStateError, match="is sending"):
        replay.discard(cache, item.seq)
    with pytest.raises(outbox.OutboxStateError, match="no queued item"):
        replay.discard(cache, 999)


def test_discard_removes_the_item_and_its_pending_reading(cache):
    item = _queue(cache)
    changed = replay.discard(cache, item.seq)
    assert outbox.outbox_items(cache) == []
    assert _reading(cache, item.entity_id) is None
    assert changed == {"meter_reading": {item.entity_id}, "product": {item.product_id}, "outbox": {str(item.seq)}}


def test_sent_item_turns_the_pending_reading_into_the_portals(cache):
    item = _queue(cache)
    outbox.claim(cache, item.seq)
    from tests.sync.factories import reading
    with writer(cache).begin() as conn:
        replay.sent(conn, item, reading(item.entity_id, "p-1", TODAY, VALUES), NOW)
    assert outbox.outbox_item(cache, item.seq).state == "sent"
    assert outbox.unsent_count(cache) == 0
    history = reading_queries.reading_history(cache, "p-1")
    assert [(r.id, r.status) for r in history][0] == (item.entity_id, "accepted")
    assert len(history) == 2


def _reading(cache, reading_id):
    with cache.connect() as conn:
        return conn.execute(select(readings).where(readings.c.id == reading_id)).first()


def _status(cache, reading_id):
    return _reading(cache, reading_id).status


def test_a_failure_is_kept_as_a_code_with_its_parameters(cache):
    item = _queue(cache)
    outbox.claim(cache, item.seq)
    outbox.mark_failed(cache, item, "The portal failed (HTTP 503 from http://x/v1/products/p-1/meter-readings)",
                       NOW + timedelta(seconds=30), code="portal.server_error", params={"status": 503})
    again = outbox.outbox_item(cache, item.seq)
    assert (again.wait_code, dict(again.wait_params)) == ("portal.server_error", {"status": 503})
    with writer(cache).begin() as conn:
        outbox.mark_sent(conn, again, NOW)
    sent = outbox.outbox_item(cache, item.seq)
    assert (sent.wait_code, dict(sent.wait_params), sent.last_error) == (None, {}, None)


def test_only_items_that_found_the_portal_unreachable_are_due_at_once_when_it_answers(cache):
    offline, failing, fresh = _queue(cache), _queue(cache, "p-2"), _queue(cache, "p-3", values={"total": 5})
    for item, code in ((offline, "portal.unreachable"), (failing, "portal.server_error")):
        outbox.claim(cache, item.seq)
        outbox.mark_failed(cache, item, "no", NOW + timedelta(minutes=10), code=code)
    assert outbox.retry_unreachable(cache) == 1
    due = {i.seq: i.next_attempt_at for i in outbox.outbox_items(cache)}
    assert due == {offline.seq: None, failing.seq: NOW + timedelta(minutes=10), fresh.seq: None}
    assert outbox.retry_unreachable(cache) == 0  # nothing left that waits for the connection
