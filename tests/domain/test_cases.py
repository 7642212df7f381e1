"""Case rules: the transition table, every allowed and every refused move, reopen window, numbers, departments."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest

from domain import problems
from domain.cases import (
    ACTOR_OF,
    CATEGORIES,
    DEPARTMENTS,
    STATES,
    TRANSITIONS,
    CaseRuleError,
    check_product,
    check_transition,
    department_for,
    format_case_number,
)

NOW = datetime(2026, 11, 24, 10, tzinfo=timezone.utc)
RECENT = NOW - timedelta(days=3)

ALLOWED = [
    ("new", "start", "agent", "in_progress"),
    ("in_progress", "ask_customer", "agent", "awaiting_customer"),
    ("awaiting_customer", "start", "agent", "in_progress"),
    ("new", "resolve", "agent", "resolved"),
    ("in_progress", "resolve", "agent", "resolved"),
    ("awaiting_customer", "resolve", "agent", "resolved"),
    ("resolved", "close", "agent", "closed"),
    ("new", "reply", "customer", "new"),
    ("in_progress", "reply", "customer", "in_progress"),
    ("awaiting_customer", "reply", "customer", "in_progress"),
    ("new", "cancel", "customer", "cancelled"),
    ("in_progress", "cancel", "customer", "cancelled"),
    ("awaiting_customer", "cancel", "customer", "cancelled"),
    ("resolved", "reopen", "customer", "in_progress"),
]
ALLOWED_KEYS = {(state, action, role) for state, action, role, _ in ALLOWED}
REFUSED = [(state, action, role) for state, action, role in itertools.product(STATES, ACTOR_OF, ("agent", "customer"))
           if (state, action, role) not in ALLOWED_KEYS]


@pytest.mark.parametrize("state, action, role, target", ALLOWED)
def test_allowed_transitions(state, action, role, target):
    assert check_transition(state, action, actor_role=role, resolved_at=RECENT, now=NOW) == target


@pytest.mark.parametrize("state, action, role", REFUSED)
def test_every_other_transition_is_refused(state, action, role):
    with pytest.raises(CaseRuleError) as refused:
        check_transition(state, action, actor_role=role, resolved_at=RECENT, now=NOW)
    assert refused.value.code == problems.CASE_TRANSITION_NOT_ALLOWED


COMPLETED = [(state, "closed") for state in ("new", "in_progress", "awaiting_customer")]
"""An agent completes an open relocation or removal (and nothing else)."""


@pytest.mark.parametrize("state, target", COMPLETED)
@pytest.mark.parametrize("case_type", ["relocation", "removal"])
def test_an_agent_completes_an_open_request(state, target, case_type):
    assert check_transition(state, "complete", actor_role="agent", resolved_at=None, now=NOW,
                            case_type=case_type) == target
    with pytest.raises(CaseRuleError):
        check_transition(state, "complete", actor_role="customer", resolved_at=None, now=NOW, case_type=case_type)


@pytest.mark.parametrize("case_type", ["support", "account_question", None])
def test_only_a_request_is_completed(case_type):
    with pytest.raises(CaseRuleError):
        check_transition("in_progress", "complete", actor_role="agent", resolved_at=None, now=NOW,
                         case_type=case_type)


def test_table_and_tests_agree():
    assert {(s, a) for s, a, _, _ in ALLOWED} | {(s, "complete") for s, _ in COMPLETED} == set(TRANSITIONS)
    assert len(REFUSED) == len(STATES) * len(ACTOR_OF) * 2 - len(ALLOWED)  # complete is refused without a type


def test_unknown_action_is_refused():
    with pytest.raises(CaseRuleError):
        check_transition("new", "delete", actor_role="agent", resolved_at=None, now=NOW)


@pytest.mark.parametrize("resolved_ago", [timedelta(0), timedelta(days=13, hours=23), timedelta(days=14)])
def test_reopen_within_fourteen_days(resolved_ago):
    assert check_transition("resolved", "reopen", actor_role="customer", resolved_at=NOW - resolved_ago,
                            now=NOW) == "in_progress"


@pytest.mark.parametrize("resolved_at", [NOW - timedelta(days=14, seconds=1), NOW - timedelta(days=60), None])
def test_reopen_after_the_window_is_refused(resolved_at):
    with pytest.raises(CaseRuleError) as refused:
        check_transition("resolved", "reopen", actor_role="customer", resolved_at=resolved_at, now=NOW)
    assert refused.value.code == problems.CASE_REOPEN_WINDOW_PASSED


def test_case_numbers():
    assert format_case_number(1234) == "CS0001234"
    assert format_case_number(1) == "CS0000001"
    with pytest.raises(ValueError):
        format_case_number(-1)


def test_every_category_routes_to_a_department():
    assert set(DEPARTMENTS) == set(CATEGORIES)
    assert department_for("invoice") == "finance"
    assert department_for("paper_jam") == "technical_support"


def test_product_rule():
    check_product("support", "p-1")
    check_product("account_question", None)
    for case_type, product_id in (("support", None), ("account_question", "p-1")):
        with pytest.raises(CaseRuleError) as refused:
            check_product(case_type, product_id)
        assert refused.value.code == problems.CASE_PRODUCT_REQUIRED


def test_overdue_only_while_the_service_desk_owes_an_answer_and_its_time_has_passed():
    from domain.business_hours import expected_response_at
    from domain.cases import is_overdue
    created = datetime(2026, 12, 24, 14, 0, tzinfo=timezone.utc)  # Thu 24.12 15:00 Oslo, a business day
    due = expected_response_at(created, 8)  # 1 h on the 24th; the 25th, 26th and Sunday are no business days
    assert due == datetime(2026, 12, 28, 14, 0, tzinfo=timezone.utc)
    assert not is_overdue("in_progress", due, datetime(2026, 12, 27, 12, 0, tzinfo=timezone.utc))
    assert not is_overdue("new", due, due - timedelta(seconds=1))
    assert is_overdue("new", due, due) and is_overdue("in_progress", due, due + timedelta(days=1))
    for state in ("awaiting_customer", "resolved", "closed", "cancelled"):
        assert not is_overdue(state, due, due + timedelta(days=1)), state
    assert not is_overdue("new", None, due)
