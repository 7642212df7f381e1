"""The app's optimistic row of a case the customer answers offline: the service desk owes an answer again, counted
from the reply by the same business-hours rule the portal applies (`domain.cases.expected_after_move`), so the case
is not shown overdue the moment the user replies. A pull while the reply waits keeps the recount; a refused or
discarded reply puts the portal's deadline back; a reply the portal took is counted from the portal's own time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from domain.business_hours import expected_response_at
from domain.cases import is_overdue
from domain.clock import utc_now
from sync.cache.db import writer
from sync.cache.schema import cases
from sync.cache.stamps import from_iso
from sync.cases.apply import upsert_case
from sync.cases.operations import queue_case_action, queue_reply
from sync.cases.queries import case_row
from sync.engine import replay
from sync.outbox import queue as outbox
from tests.sync.case_factories import T0, message, portal_case

PORTAL_DEADLINE = T0 + timedelta(hours=8)  # the factory's: long past today
HOURS = 8  # p-1's contract in the cache fixture
REFUSED = {"title": "No", "status": 422, "code": "case.transition_not_allowed"}


def _pull(cache, **fields):
    with writer(cache).begin() as conn:
        upsert_case(conn, portal_case("c-1", **fields))


def _shown(cache):
    with cache.connect() as conn:
        row = conn.execute(select(cases.c.state, cases.c.expected_response_at).where(cases.c.id == "c-1")).one()
    return row.state, from_iso(row.expected_response_at)


def _reply_offline(cache, tmp_path):
    queue_reply(cache, "c-1", "Here is the photo you asked for.", data_dir=tmp_path)
    item = next(i for i in outbox.outbox_items(cache) if i.kind == "case_message.create")
    return item, expected_response_at(item.created_at, HOURS)


def test_a_reply_queued_offline_is_owed_an_answer_from_the_reply_not_overdue(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    assert _shown(cache) == ("awaiting_customer", PORTAL_DEADLINE)
    _item, due = _reply_offline(cache, tmp_path)
    assert _shown(cache) == ("in_progress", due)
    row = case_row(cache, "c-1")
    assert (row.state, row.sync_status) == ("in_progress", "synced")  # what the list's overdue mark looks at
    assert row.expected_response_at == due and not is_overdue(row.state, row.expected_response_at, utc_now())


def test_a_pull_while_the_reply_waits_keeps_the_recount(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    _item, due = _reply_offline(cache, tmp_path)
    _pull(cache, state="awaiting_customer", version=2)  # the portal has not got the reply yet
    assert _shown(cache) == ("in_progress", due)


def test_a_refused_reply_puts_the_portals_deadline_back(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    item, _due = _reply_offline(cache, tmp_path)
    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, REFUSED)
    assert _shown(cache) == ("awaiting_customer", PORTAL_DEADLINE)


def test_a_discarded_reply_puts_the_portals_deadline_back(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    item, _due = _reply_offline(cache, tmp_path)
    replay.discard(cache, item.seq)
    assert _shown(cache) == ("awaiting_customer", PORTAL_DEADLINE)


def test_a_resent_reply_is_counted_again(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    item, due = _reply_offline(cache, tmp_path)
    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, REFUSED)
    replay.resend(cache, item.seq, outbox.outbox_item(cache, item.seq).body)
    state, expected = _shown(cache)
    assert state == "in_progress" and expected >= due and not is_overdue(state, expected, utc_now())


def test_a_reply_the_portal_took_is_counted_from_the_portals_time(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    item, _due = _reply_offline(cache, tmp_path)
    assert outbox.claim(cache, item.seq)
    answer = message(item.body["id"], author_kind="customer", minutes=60 * 24 * 3)  # its own time, not ours
    with writer(cache).begin() as conn:
        replay.sent(conn, item, answer, utc_now())
    assert _shown(cache) == ("in_progress", expected_response_at(answer.created_at, HOURS))


def test_a_reply_to_a_case_already_in_progress_keeps_its_deadline(cache, tmp_path):
    _pull(cache, state="in_progress")
    _reply_offline(cache, tmp_path)
    assert _shown(cache) == ("in_progress", PORTAL_DEADLINE)


def test_a_reopen_queued_offline_is_owed_an_answer_from_the_reopening(cache):
    _pull(cache, state="resolved", resolved_at=utc_now() - timedelta(days=1))
    queue_case_action(cache, "c-1", "reopen")
    (item,) = outbox.outbox_items(cache)
    assert _shown(cache) == ("in_progress", expected_response_at(item.created_at, HOURS))
    replay.discard(cache, item.seq)
    assert _shown(cache) == ("resolved", PORTAL_DEADLINE)
