"""The expected answer time when a case moves: recounted from the move when the service desk owes an answer again
(the customer answered its question, a resolved case was reopened, an agent took a waiting case back), by the
business-hours rule, over weekends and public holidays; otherwise the deadline stands."""

from __future__ import annotations

from datetime import datetime

import pytest

from domain.cases import ACCOUNT_QUESTION_RESPONSE_HOURS, expected_after_move, is_overdue, response_hours
from domain.clock import ACCOUNT_TZ

OLD_DEADLINE = datetime(2026, 11, 2, 12, 0, tzinfo=ACCOUNT_TZ)  # long past when the customer answers


def oslo(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ACCOUNT_TZ)


@pytest.mark.parametrize(("replied", "hours", "due"), [
    (oslo(2026, 11, 24, 9, 0), 8, oslo(2026, 11, 25, 9, 0)),      # a Tuesday morning: the next morning
    (oslo(2026, 11, 27, 15, 0), 8, oslo(2026, 11, 30, 15, 0)),    # Friday 15:00: one hour, the weekend, seven on Monday
    (oslo(2026, 11, 28, 11, 0), 4, oslo(2026, 11, 30, 12, 0)),    # a Saturday counts from Monday 08:00
    (oslo(2026, 12, 24, 15, 0), 8, oslo(2026, 12, 28, 15, 0)),    # Christmas Day (Friday) and the weekend skipped
    (oslo(2027, 3, 24, 14, 0), 8, oslo(2027, 3, 30, 14, 0)),      # Easter: Maundy Thursday to Easter Monday skipped
    (oslo(2027, 3, 24, 18, 30), 4, oslo(2027, 3, 30, 12, 0)),     # after hours before Easter: from Tuesday 08:00
])
def test_a_reply_to_the_service_desks_question_restarts_the_clock_from_the_reply(replied, hours, due):
    expected = expected_after_move("awaiting_customer", "in_progress", OLD_DEADLINE, moved_at=replied,
                                   response_time_hours=hours)
    assert expected == due
    assert not is_overdue("in_progress", expected, replied)
    assert is_overdue("in_progress", expected, due)


def test_a_reopened_case_and_a_waiting_case_the_agent_takes_back_are_owed_an_answer_anew():
    moved = oslo(2026, 11, 24, 10, 0)
    for before in ("resolved", "awaiting_customer"):
        assert expected_after_move(before, "in_progress", OLD_DEADLINE, moved_at=moved,
                                   response_time_hours=8) == oslo(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(("before", "after"), [
    ("new", "new"),                          # a reply to a case nobody answered yet: the first deadline stands
    ("in_progress", "in_progress"),          # a reply while the desk works on it
    ("new", "in_progress"),                  # the desk started: the answer is still owed by the same time
    ("in_progress", "awaiting_customer"),    # the desk asked: nothing is owed, the old time is kept for the record
    ("in_progress", "resolved"),
    ("awaiting_customer", "cancelled"),
    ("resolved", "closed"),
])
def test_every_other_move_keeps_the_deadline(before, after):
    assert expected_after_move(before, after, OLD_DEADLINE, moved_at=oslo(2026, 11, 24, 10, 0),
                               response_time_hours=8) == OLD_DEADLINE


def test_a_case_without_a_deadline_gets_one_when_an_answer_is_owed_again():
    assert expected_after_move("awaiting_customer", "in_progress", None, moved_at=oslo(2026, 11, 24, 10, 0),
                               response_time_hours=2) == oslo(2026, 11, 24, 12, 0)
    assert expected_after_move("in_progress", "in_progress", None, moved_at=oslo(2026, 11, 24, 10, 0),
                               response_time_hours=2) is None


def test_the_hours_come_from_the_products_contract_and_an_account_question_has_its_own():
    assert response_hours(4) == 4
    assert response_hours(0) == 0
    assert response_hours(None) == ACCOUNT_QUESTION_RESPONSE_HOURS
