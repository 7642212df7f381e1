"""One case read from the cache: its header with its product, its conversation (messages and state events in one
time order) and its attachments — and a 500-message conversation reads fast."""

from datetime import timedelta

import pytest
from sqlalchemy import insert

from sync.cache.db import writer
from sync.cache.schema import case_messages
from sync.cache.stamps import to_iso
from sync.cases import thread as case_thread
from tests.desktop.case_fixtures import START, add_attachment, add_case, case_engine  # noqa: F401


def test_detail_carries_the_product_and_its_response_time(case_engine):
    add_case(case_engine, "c1", product=0, expected=START + timedelta(hours=8))
    detail = case_thread.case_detail(case_engine, "c1")
    assert detail.number == "CS0001234" and detail.state == "in_progress"
    assert (detail.serial, detail.model, detail.family) == ("SN00000", "Konica C300i", "A3 MFP")
    assert detail.site_name == "Oslo HQ" and detail.response_time_hours == 8
    assert detail.expected_response_at == START + timedelta(hours=8)
    assert detail.created_at == START and detail.email_updates is True and detail.unread is True


def test_account_question_has_no_product(case_engine):
    add_case(case_engine, "q1", product=None, number=None, sync_status="pending")
    detail = case_thread.case_detail(case_engine, "q1")
    assert detail.type == "account_question" and detail.number is None and detail.sync_status == "pending"
    assert detail.serial is None and detail.response_time_hours is None


def test_unknown_case_is_none(case_engine):
    assert case_thread.case_detail(case_engine, "nope") is None
    assert case_thread.thread(case_engine, "nope") == []
    assert case_thread.attachments(case_engine, "nope") == []


def test_thread_merges_messages_and_events_in_time_order(case_engine):
    add_case(case_engine, "c1", messages=3, state="resolved")
    add_case(case_engine, "other", messages=5)
    entries = case_thread.thread(case_engine, "c1")
    assert [(e.kind, e.id) for e in entries] == [
        ("event", "c1-e0"), ("event", "c1-e1"), ("message", "c1-m0000"), ("message", "c1-m0001"),
        ("message", "c1-m0002"), ("event", "c1-e2")]
    created, started = entries[0], entries[1]
    assert created.from_state is None and created.to_state == "new" and created.action == "create"
    assert started.author_kind == "agent" and started.author_name == "Anne Agent" and started.body == ""
    message = entries[3]
    assert message.author_kind == "agent" and message.body.startswith("Message 1:") and message.action is None
    assert [e.created_at for e in entries] == sorted(e.created_at for e in entries)


def test_a_message_reads_before_the_event_it_caused_at_the_same_moment(case_engine):
    add_case(case_engine, "c1", messages=0)
    moment = to_iso(START + timedelta(minutes=5))  # the same instant as the "start" event
    with writer(case_engine).begin() as conn:
        conn.execute(insert(case_messages).values(id="zz", case_id="c1", author_kind="customer", author_name="K",
                                                  body="reply", created_at=moment, sync_status="pending"))
    kinds = [(e.kind, e.sync_status) for e in case_thread.thread(case_engine, "c1")]
    assert kinds == [("event", "synced"), ("message", "pending"), ("event", "synced")]


def test_attachments_in_the_order_added(case_engine):
    add_case(case_engine, "c1")
    add_attachment(case_engine, "c1", "a2", "photo.png", 2048)
    add_attachment(case_engine, "c1", "a1", "log.txt", 10, local_path="attachments/c1/a1-log.txt")
    rows = case_thread.attachments(case_engine, "c1")
    assert [(a.id, a.file_name, a.size, a.local_path) for a in rows] == [
        ("a1", "log.txt", 10, "attachments/c1/a1-log.txt"), ("a2", "photo.png", 2048, None)]


def test_five_hundred_messages_are_read_among_others(case_engine):
    """How fast is a figure of `bench/benchmark.py` ("a case with 500 messages: thread query"); the query plan is
    checked below (it uses the case indexes)."""
    add_case(case_engine, "big", messages=500)
    for i in range(20):
        add_case(case_engine, f"noise{i}", messages=100)
    entries = case_thread.thread(case_engine, "big")
    detail = case_thread.case_detail(case_engine, "big")
    assert len(entries) == 502 and detail is not None


@pytest.mark.parametrize("table, index", [("case_messages", "ix_case_messages_case"),
                                          ("case_events", "ix_case_events_case")])
def test_thread_query_uses_the_case_indexes(case_engine, table, index):
    from sqlalchemy import text
    sql = str(case_thread._thread_query("c1").compile(case_engine, compile_kwargs={"literal_binds": True}))
    with case_engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert index in plan, plan
