"""Support cases and account questions: their kinds, categories, states and who may move them where.

Pure rules shared by the portal (which enforces them) and the client (which checks them offline before queuing an
action). `check_transition` is the one gate: it returns the state an action leads to, or raises `CaseRuleError`
with a stable problem code.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal, get_args

from domain import business_hours, problems

CaseType = Literal["support", "account_question", "relocation", "removal"]
Category = Literal["error_code", "print_quality", "paper_jam", "scan_send", "network", "supplies", "invoice",
                   "contract", "address", "other"]
CaseState = Literal["new", "in_progress", "awaiting_customer", "resolved", "closed", "cancelled"]
AgentAction = Literal["start", "ask_customer", "resolve", "close", "complete"]
CustomerAction = Literal["reply", "cancel", "reopen"]
Action = Literal["start", "ask_customer", "resolve", "close", "complete", "reply", "cancel", "reopen"]
ActorRole = Literal["agent", "customer"]

CASE_TYPES: tuple[str, ...] = get_args(CaseType)
CATEGORIES: tuple[str, ...] = get_args(Category)
STATES: tuple[str, ...] = get_args(CaseState)
AGENT_ACTIONS: tuple[str, ...] = get_args(AgentAction)
CUSTOMER_ACTIONS: tuple[str, ...] = get_args(CustomerAction)

OPEN_STATES = frozenset({"new", "in_progress", "awaiting_customer"})
ANSWER_OWED_STATES = frozenset({"new", "in_progress"})
"""The service desk owes the customer an answer (not while it waits for the customer, nor once it is done)."""
AUTHOR_ACTIONS = frozenset({"cancel", "reopen"})
"""Actions only the case's author, or an administrator of its account, may take (another customer who shares the
product may read and reply, not withdraw or revive someone else's case)."""
FINAL_STATES = frozenset({"closed", "cancelled"})
REQUEST_TYPES = frozenset({"relocation", "removal"})
"""Case types that ask for something to be done to a machine (`domain.product_requests`), not about a fault."""
REOPEN_WINDOW = timedelta(days=14)
ACCOUNT_QUESTION_RESPONSE_HOURS = 16

DEPARTMENTS: dict[str, str] = {
    "error_code": "technical_support",
    "print_quality": "technical_support",
    "paper_jam": "technical_support",
    "scan_send": "technical_support",
    "network": "it_integration",
    "supplies": "supplies",
    "invoice": "finance",
    "contract": "customer_service",
    "address": "customer_service",
    "other": "customer_service",
}
SUPPORT_CATEGORIES: tuple[str, ...] = ("error_code", "print_quality", "paper_jam", "scan_send", "network", "supplies",
                                       "other")
"""What a machine's case may be about (in the order a user picks from)."""
ACCOUNT_CATEGORIES: tuple[str, ...] = ("invoice", "contract", "address", "other")
"""What an account question may be about."""

# (state, action) → next state, and who may take the action
TRANSITIONS: dict[tuple[str, str], str] = {
    ("new", "start"): "in_progress",
    ("in_progress", "ask_customer"): "awaiting_customer",
    ("awaiting_customer", "start"): "in_progress",
    ("new", "resolve"): "resolved",
    ("in_progress", "resolve"): "resolved",
    ("awaiting_customer", "resolve"): "resolved",
    ("resolved", "close"): "closed",
    ("new", "complete"): "closed",
    ("in_progress", "complete"): "closed",
    ("awaiting_customer", "complete"): "closed",
    ("new", "reply"): "new",
    ("in_progress", "reply"): "in_progress",
    ("awaiting_customer", "reply"): "in_progress",
    ("new", "cancel"): "cancelled",
    ("in_progress", "cancel"): "cancelled",
    ("awaiting_customer", "cancel"): "cancelled",
    ("resolved", "reopen"): "in_progress",
}
ACTOR_OF: dict[str, str] = {**{a: "agent" for a in AGENT_ACTIONS}, **{a: "customer" for a in CUSTOMER_ACTIONS}}


class CaseRuleError(ValueError):
    """A refused case action; `code` is the problem code the portal answers with."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_overdue(state: str, expected_at: datetime | None, now: datetime) -> bool:
    """The service desk owes an answer and the expected answer time (business hours already counted in it, see
    `domain.business_hours.expected_response_at`) has passed."""
    return state in ANSWER_OWED_STATES and expected_at is not None and now >= expected_at


def response_hours(product_hours: int | None) -> int:
    """The business hours within which an answer is due: the product's service contract, or for an account question
    (no product) `ACCOUNT_QUESTION_RESPONSE_HOURS`."""
    return ACCOUNT_QUESTION_RESPONSE_HOURS if product_hours is None else product_hours


def expected_after_move(from_state: str, to_state: str, expected_at: datetime | None, *, moved_at: datetime,
                        response_time_hours: int) -> datetime | None:
    """The expected answer time once a case moves from `from_state` to `to_state` at `moved_at` (aware).

    When the service desk owes an answer again after it owed none (the customer answered its question, a resolved
    case was reopened, an agent took a waiting case back), the answer is due `response_time_hours` of business time
    after the move, counted like a new request; otherwise the deadline stands. The portal stores what this says and
    the app shows it for a reply or reopen still waiting in its queue, so the two never disagree about overdue."""
    if to_state in ANSWER_OWED_STATES and from_state not in ANSWER_OWED_STATES:
        return business_hours.expected_response_at(moved_at, response_time_hours)
    return expected_at


def categories_for(case_type: str) -> tuple[str, ...]:
    """The categories a case of `case_type` may have (all of them for a type this version does not know; none for a
    relocation or removal, whose type says what it is)."""
    return {"support": SUPPORT_CATEGORIES, "account_question": ACCOUNT_CATEGORIES, "relocation": (),
            "removal": ()}.get(case_type, CATEGORIES)


def department_for(category: str) -> str:
    return DEPARTMENTS[category]


def format_case_number(number: int) -> str:
    """`CS0001234`: the number people read out on the phone."""
    if number < 0:
        raise ValueError("a case number is 0 or more")
    return f"CS{number:07d}"


def check_transition(current: str, action: str, *, actor_role: str, resolved_at: datetime | None,
                     now: datetime, case_type: str | None = None) -> str:
    """The state `action` by someone in `actor_role` takes a case in `current` to, or `CaseRuleError`.

    Reopening is allowed within `REOPEN_WINDOW` of `resolved_at` (aware datetimes). `complete` is for a relocation
    or removal alone (the machine was moved or taken away: it closes the case, with no reopening); a `case_type`
    left out is not one."""
    target = TRANSITIONS.get((current, action))
    if action == "complete" and case_type not in REQUEST_TYPES:
        target = None
    if target is None or ACTOR_OF.get(action) != actor_role:
        raise CaseRuleError(problems.CASE_TRANSITION_NOT_ALLOWED,
                            f"A case that is {current} cannot be given the action '{action}' by a {actor_role}.")
    if action == "reopen" and (resolved_at is None or now - resolved_at > REOPEN_WINDOW):
        raise CaseRuleError(problems.CASE_REOPEN_WINDOW_PASSED,
                            "The case was resolved more than 14 days ago; open a new case instead.")
    return target


def may_take(action: str, *, is_author: bool, is_admin: bool) -> bool:
    """Whether a customer may take `action` on a case at all, whatever its state: `AUTHOR_ACTIONS` are for its author
    and administrators (recorded under the administrator's name)."""
    return action not in AUTHOR_ACTIONS or is_author or is_admin


def check_product(case_type: str, product_id: str | None) -> None:
    """A support case is about one product; an account question about none."""
    if (case_type == "support") != (product_id is not None):
        raise CaseRuleError(problems.CASE_PRODUCT_REQUIRED,
                            "A support case needs a product." if case_type == "support"
                            else "An account question is not about a product; leave the product out.")
