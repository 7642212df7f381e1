"""Our requests of a case still waiting in the queue stay on screen when a pull brings the portal's copy of the case:
a cancel, reopen, reply or e-mail choice made offline, or held behind a rejected request, is played again over it by
the portal's own rules; a rejected one is not."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from domain.clock import utc_now
from sync.cache.db import writer
from sync.cache.schema import cases
from sync.cases.apply import upsert_case
from sync.cases.operations import queue_case_action, queue_email_updates, queue_reply
from sync.cases.requests import CONVERSATION_WINDOW, in_conversation
from sync.engine import replay
from sync.outbox import queue as outbox
from tests.sync.case_factories import portal_case

REFUSED = {"title": "No", "status": 422, "code": "case.transition_not_allowed"}


def _pull(cache, **fields):
    with writer(cache).begin() as conn:
        return upsert_case(conn, portal_case("c-1", **fields))


def _shown(cache):
    with cache.connect() as conn:
        return conn.execute(select(cases.c.state, cases.c.resolved_at, cases.c.email_updates)
                            .where(cases.c.id == "c-1")).one()


def _reject_first(cache):
    item = outbox.outbox_items(cache)[0]
    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, REFUSED)


def test_a_waiting_cancel_stays_shown_when_the_portal_still_has_the_case_open(cache):
    _pull(cache, state="in_progress")
    queue_case_action(cache, "c-1", "cancel")
    changed = _pull(cache, state="in_progress", version=2)
    assert _shown(cache).state == "cancelled" and changed["case"] == {"c-1"}
    _pull(cache, state="awaiting_customer", version=3)  # the agent moved it on meanwhile: cancel still allowed
    assert _shown(cache).state == "cancelled"


def test_a_waiting_cancel_of_a_case_resolved_meanwhile_shows_the_portals_state(cache):
    _pull(cache, state="in_progress")
    queue_case_action(cache, "c-1", "cancel")
    _pull(cache, state="resolved", resolved_at=utc_now(), version=2)
    assert _shown(cache).state == "resolved"
    assert [i.state for i in outbox.outbox_items(cache)] == ["queued"]  # the portal decides; the item still goes


def test_a_waiting_reopen_clears_the_resolved_time_again(cache):
    resolved = utc_now() - timedelta(days=1)
    _pull(cache, state="resolved", resolved_at=resolved)
    queue_case_action(cache, "c-1", "reopen")
    _pull(cache, state="resolved", resolved_at=resolved, version=2)
    assert tuple(_shown(cache)[:2]) == ("in_progress", None)


def test_a_waiting_reply_moves_a_case_the_agent_just_put_on_us(cache, tmp_path):
    _pull(cache, state="in_progress")
    queue_reply(cache, "c-1", "The drawer is empty now.", data_dir=tmp_path)
    _pull(cache, state="awaiting_customer", version=2)
    assert _shown(cache).state == "in_progress"


def test_a_waiting_email_choice_wins_over_the_portals_value(cache):
    _pull(cache, state="new")
    queue_email_updates(cache, "c-1", False)
    _pull(cache, state="in_progress", version=2)
    assert tuple(_shown(cache)) == ("in_progress", None, 0)


def test_a_cancel_held_behind_a_rejected_reply_stays_shown_and_the_rejected_reply_is_not_played(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    queue_reply(cache, "c-1", "Tried that.", data_dir=tmp_path)
    queue_case_action(cache, "c-1", "cancel")
    _reject_first(cache)
    assert [i.state for i in outbox.outbox_items(cache)] == ["rejected", "queued"]
    _pull(cache, state="awaiting_customer", version=2)
    assert _shown(cache).state == "cancelled"
    replay.discard(cache, outbox.outbox_items(cache)[1].seq)  # the user drops the cancel: the portal's state shows
    assert _shown(cache).state == "awaiting_customer"


def test_a_rejected_cancel_is_not_played_again(cache):
    _pull(cache, state="in_progress")
    queue_case_action(cache, "c-1", "cancel")
    _reject_first(cache)
    assert _shown(cache).state == "in_progress"
    _pull(cache, state="in_progress", version=2)
    assert _shown(cache).state == "in_progress"


def test_a_case_without_waiting_requests_is_taken_as_the_portal_sends_it(cache):
    _pull(cache, state="in_progress")
    queue_case_action(cache, "c-1", "cancel")
    item = outbox.outbox_items(cache)[0]
    assert outbox.claim(cache, item.seq)
    with writer(cache).begin() as conn:
        replay.sent(conn, item, portal_case("c-1", state="cancelled", version=2), utc_now())
    _pull(cache, state="closed", version=3)  # later, whatever the portal says goes
    assert _shown(cache).state == "closed"


def test_a_sent_reply_moves_the_portals_copy_so_a_later_discard_shows_the_right_state(cache, tmp_path):
    _pull(cache, state="awaiting_customer")
    queue_reply(cache, "c-1", "Here is the photo you asked for.", data_dir=tmp_path)
    queue_case_action(cache, "c-1", "cancel")
    reply, cancel = outbox.outbox_items(cache)
    assert outbox.claim(cache, reply.seq)
    with writer(cache).begin() as conn:
        replay.sent(conn, reply, None, utc_now())  # the portal took it; the case itself comes with the next pull
    replay.discard(cache, cancel.seq)
    assert _shown(cache).state == "in_progress"  # as the portal has it now, not "awaiting_customer"


def test_a_case_or_reply_just_sent_means_an_answer_may_come_soon(cache, tmp_path):
    _pull(cache, state="in_progress")
    now = utc_now()
    assert not in_conversation(cache, now)
    queue_reply(cache, "c-1", "Tried that.", data_dir=tmp_path)
    assert not in_conversation(cache, now)  # queued is not sent: nobody can answer it yet
    (item,) = outbox.outbox_items(cache)
    assert outbox.claim(cache, item.seq)
    with writer(cache).begin() as conn:
        replay.sent(conn, item, None, now)
    assert in_conversation(cache, now)
    assert in_conversation(cache, now + CONVERSATION_WINDOW - timedelta(seconds=1))
    assert not in_conversation(cache, now + CONVERSATION_WINDOW + timedelta(seconds=1))
