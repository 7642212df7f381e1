"""Opening and moving support cases: `domain.cases` decides, this module stores, logs for the feed and queues mail.

Every change of a case bumps its version and goes into the change log (scoped by the case's product, so customers
see the cases of their products), with its messages and state events as their own feed entities.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    Connection,
    and_,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)

from domain import business_hours, problems
from domain import cases as rules
from domain.email import email_problem
from domain.text_limits import one_line_problem
from domain.wire import Case, CaseIn, CaseMessage, CaseMessageIn, FieldError
from portal import changes, entities, mail
from portal.auth import Principal
from portal.case_entities import messages_where, visible_case
from portal.changes import ChangeRecord
from portal.db import (
    assignments,
    case_email_choices,
    case_events,
    case_messages,
    cases,
    products,
    users,
)
from portal.entities import visible_product
from portal.problems import ProblemError, not_found

FIRST_NUMBER = 1001
AGENT_NAME = "Kundeservice"


def create(conn: Connection, principal: Principal, body: CaseIn, *, now: datetime) -> tuple[Case, bool]:
    """Open the case; returns it and whether it is new (an identical earlier submission of the same id is not)."""
    body_hash = _hash(body)
    existing = conn.execute(select(cases.c.body_hash, cases.c.created_by_user_id).where(cases.c.id == body.id)).first()
    if existing is not None:
        found = visible_case(conn, principal, body.id)
        if found is None or existing.body_hash != body_hash or existing.created_by_user_id != principal.user_id:
            raise id_taken()
        return found, False
    _check_new(conn, principal, body)
    hours = rules.ACCOUNT_QUESTION_RESPONSE_HOURS if body.product_id is None else _response_hours(conn, body.product_id)
    number = next_number(conn)
    conn.execute(insert(cases).values(
        id=body.id, number=number, account_id=principal.account_id, type=body.type, product_id=body.product_id,
        category=body.category, department=rules.department_for(body.category), subject=body.subject.strip(),
        description=body.description, contact_name=body.contact_name, contact_email=body.contact_email.strip(),
        state="new", created_at=iso(now), expected_response_at=iso(business_hours.expected_response_at(now, hours)),
        email_updates=int(email_updates_of(conn, principal, body)), created_by_user_id=principal.user_id,
        created_by=principal.email,
        resolved_at=None, body_hash=body_hash, version=1))
    event_id = add_event(conn, body.id, None, "new", "create", "customer", user_name(conn, principal), now)
    changes.record(conn, [ChangeRecord(principal.account_id, "case", body.id, body.product_id),
                          ChangeRecord(principal.account_id, "case_event", event_id, body.product_id)])
    return visible_case(conn, principal, body.id), True


def next_number(conn: Connection) -> int:
    """The number the next case gets (one counter for every type of case)."""
    return conn.execute(select(func.coalesce(func.max(cases.c.number), FIRST_NUMBER - 1))).scalar_one() + 1


def email_updates_of(conn: Connection, principal: Principal, body) -> bool:
    """A new case's own choice (`body.email_updates`: a CaseIn, RelocationIn or RemovalIn), else (left out) the
    user's default from `PATCH /v1/me`."""
    if body.email_updates is not None:
        return body.email_updates
    return entities.email_updates_default(conn, principal.user_id)


def act(conn: Connection, principal: Principal, case_id: str, action: str, *, now: datetime,
        agent_name: str = AGENT_NAME) -> Case:
    """A customer's (cancel, reopen) or an agent's (start, ask_customer, resolve, close) action on the case. A
    customer's is for the case's author or an administrator (`domain.cases.may_take`), and is recorded under the
    name of whoever took it; an agent's under `agent_name` (the demo agent's in the author's language)."""
    case = _visible_or_404(conn, principal, case_id)
    actor = "agent" if principal.role == "agent" else "customer"
    if actor == "customer" and not rules.may_take(action, is_author=_author_id(conn, case_id) == principal.user_id,
                                                  is_admin=principal.is_admin):
        raise ProblemError(403, problems.FORBIDDEN, f"Only the person who opened the case, or an administrator, "
                                                    f"may {action} it.")
    target = _check(case, action, actor, now)
    _move(conn, principal, case, target, action, actor, now, agent_name)
    return visible_case(conn, principal, case_id)


def add_message(conn: Connection, principal: Principal, case_id: str, body: CaseMessageIn, *,
                now: datetime, agent_name: str = AGENT_NAME) -> tuple[CaseMessage, bool]:
    """Add to the thread. A customer's message is a `reply` (it takes an awaiting case back to in progress, with
    the answer due counted anew from the reply: `domain.cases.expected_after_move`); an agent's is mailed to the
    case's creator when they want e-mail updates. An agent's is signed `agent_name` (the demo agent's in the
    author's language)."""
    case = _visible_or_404(conn, principal, case_id)
    existing = conn.execute(select(case_messages).where(case_messages.c.id == body.id)).first()
    if existing is not None:
        if existing.case_id != case_id or existing.body != body.body or existing.author_user_id != principal.user_id:
            raise id_taken()
        return messages_where(conn, principal, case_messages.c.id == body.id)[0], False
    agent = principal.role == "agent"
    if agent:
        if case.state in rules.FINAL_STATES:
            raise _refused(case.state, "message")
    else:
        target = _check(case, "reply", "customer", now)
        if target != case.state:
            _move(conn, principal, case, target, "reply", "customer", now)
    author = user_name(conn, principal) if not agent else agent_name
    conn.execute(insert(case_messages).values(id=body.id, case_id=case_id,
                                              position=_next_position(conn, case_messages, case_id),
                                              author_kind="agent" if agent else "customer",
                                              author_user_id=principal.user_id, author_name=author, body=body.body,
                                              created_at=iso(now)))
    changes.record(conn, [ChangeRecord(_account_of(conn, case.id), "case_message", body.id, case.product_id)])
    if agent:
        _notify(conn, case, "agent_reply", f"Nytt svar i sak {case.number}: {case.subject}",
                f"{author} har svart i sak {case.number}:\n\n{body.body}\n", now)
    return messages_where(conn, principal, case_messages.c.id == body.id)[0], True


def set_email_updates(conn: Connection, principal: Principal, case_id: str, email_updates: bool) -> Case:
    """The caller's own choice for this case: the author's is kept on the case, anyone else's in
    `case_email_choices`. It bumps the case's version like any change (the If-Match contract of the PATCH) and goes
    into the feed, so the caller's other computers learn it."""
    case = _visible_or_404(conn, principal, case_id)
    if case.email_updates == email_updates:
        return case
    if _author_id(conn, case_id) == principal.user_id:
        conn.execute(update(cases).where(cases.c.id == case_id).values(email_updates=int(email_updates)))
    else:
        conn.execute(delete(case_email_choices).where(case_email_choices.c.case_id == case_id,
                                                      case_email_choices.c.user_id == principal.user_id))
        conn.execute(insert(case_email_choices).values(case_id=case_id, user_id=principal.user_id,
                                                       email_updates=int(email_updates)))
    _bump(conn, case)
    return visible_case(conn, principal, case_id)


def touch(conn: Connection, case: Case) -> None:
    """Record that something hanging off the case (an attachment) changed it."""
    _bump(conn, case)


def _check_new(conn: Connection, principal: Principal, body: CaseIn) -> None:
    try:
        rules.check_product(body.type, body.product_id)
    except rules.CaseRuleError as refused:
        raise ProblemError(422, refused.code, refused.message,
                           errors=[FieldError(field="product_id", code=refused.code, message=refused.message)])
    broken = [p for p in (one_line_problem("subject", body.subject), one_line_problem("contact_name", body.contact_name))
              if p is not None]
    if broken:
        message = problems.TITLES[problems.TEXT_CONTROL_CHARACTER] + "; write it on one line."
        raise ProblemError(422, problems.TEXT_CONTROL_CHARACTER, message,
                           errors=[FieldError(field=p.field, code=p.code, message=message) for p in broken])
    contact_email = body.contact_email.strip()
    if contact_email and (code := email_problem(contact_email)):
        message = "The contact e-mail is not an e-mail address (name@example.no)."
        raise ProblemError(422, problems.VALIDATION_FAILED, message,
                           errors=[FieldError(field="contact_email", code=code, message=message)])
    if body.product_id is not None and visible_product(conn, principal, body.product_id) is None:
        raise not_found("The product")


def _response_hours(conn: Connection, product_id: str | None) -> int:
    if product_id is None:
        return rules.response_hours(None)
    return rules.response_hours(conn.execute(select(products.c.response_time_hours)
                                             .where(products.c.id == product_id)).scalar_one())


def _check(case: Case, action: str, actor: str, now: datetime) -> str:
    try:
        return rules.check_transition(case.state, action, actor_role=actor, resolved_at=case.resolved_at, now=now,
                                      case_type=case.type)
    except rules.CaseRuleError as refused:
        raise ProblemError(422, refused.code, refused.message) from None


def _move(conn: Connection, principal: Principal, case: Case, target: str, action: str, actor: str,
          now: datetime, agent_name: str = AGENT_NAME) -> None:
    resolved_at = iso(now) if target == "resolved" else (None if action == "reopen" else
                                                          case.resolved_at and iso(case.resolved_at))
    expected = rules.expected_after_move(case.state, target, case.expected_response_at, moved_at=now,
                                         response_time_hours=_response_hours(conn, case.product_id))
    _bump(conn, case, state=target, resolved_at=resolved_at, expected_response_at=iso(expected))
    actor_name = agent_name if actor == "agent" else user_name(conn, principal)
    event_id = add_event(conn, case.id, case.state, target, action, actor, actor_name, now)
    changes.record(conn, [ChangeRecord(_account_of(conn, case.id), "case_event", event_id, case.product_id)])
    if case.type in rules.REQUEST_TYPES and case.product_id:  # the product shows its open request, or no more
        changes.record(conn, [ChangeRecord(_account_of(conn, case.id), "product", case.product_id, case.product_id)])
    _notify(conn, case, "state_change", f"Sak {case.number} er endret: {STATE_NAMES[target]}",
            f"Sak {case.number} «{case.subject}» har fått status: {STATE_NAMES[target]}.\n", now,
            actor_user_id=principal.user_id)


def _bump(conn: Connection, case: Case, **values) -> None:
    conn.execute(update(cases).where(cases.c.id == case.id).values(version=cases.c.version + 1, **values))
    changes.record(conn, [ChangeRecord(_account_of(conn, case.id), "case", case.id, case.product_id)])


def add_event(conn: Connection, case_id: str, from_state: str | None, to_state: str, action: str, actor_kind: str,
           actor_name: str, now: datetime) -> str:
    event_id = str(uuid.uuid4())
    conn.execute(insert(case_events).values(
        id=event_id, case_id=case_id, position=_next_position(conn, case_events, case_id), from_state=from_state,
        to_state=to_state, action=action, actor_kind=actor_kind, actor_name=actor_name, created_at=iso(now)))
    return event_id


def _next_position(conn: Connection, table, case_id: str) -> int:
    return conn.execute(select(func.coalesce(func.max(table.c.position), 0))
                        .where(table.c.case_id == case_id)).scalar_one() + 1


def _notify(conn: Connection, case: Case, reason: str, subject: str, body: str, now: datetime,
            actor_user_id: str | None = None) -> None:
    """Mail everyone who wants this case's e-mail updates (its author, by their choice on the case; anyone else who
    turned them on and can still see the case), but not whoever caused the change."""
    for address in _subscribers(conn, case.id):
        if address.user_id != actor_user_id:
            mail.queue(conn, to=address.email, subject=subject, body=body, reason=reason, now=now, case_id=case.id)


def _subscribers(conn: Connection, case_id: str) -> list:
    row = conn.execute(select(cases.c.email_updates, cases.c.created_by_user_id, cases.c.account_id,
                              cases.c.product_id).where(cases.c.id == case_id)).one()
    found = []
    if row.email_updates:
        found += conn.execute(select(users.c.id.label("user_id"), users.c.email)
                              .where(users.c.id == row.created_by_user_id)).all()
    still_sees = or_(and_(users.c.role == "admin", users.c.account_id == row.account_id),
                     and_(users.c.account_id == row.account_id,
                          exists().where(assignments.c.user_id == users.c.id,
                                         assignments.c.product_id == row.product_id)))
    found += conn.execute(select(users.c.id.label("user_id"), users.c.email)
                          .join(case_email_choices, case_email_choices.c.user_id == users.c.id)
                          .where(case_email_choices.c.case_id == case_id, case_email_choices.c.email_updates == 1,
                                 users.c.id != row.created_by_user_id, still_sees)
                          .order_by(users.c.email)).all()
    return found


def _author_id(conn: Connection, case_id: str) -> str:
    return conn.execute(select(cases.c.created_by_user_id).where(cases.c.id == case_id)).scalar_one()


def _visible_or_404(conn: Connection, principal: Principal, case_id: str) -> Case:
    case = visible_case(conn, principal, case_id)
    if case is None:
        raise not_found("The case")
    return case


def _account_of(conn: Connection, case_id: str) -> str:
    """The case's account (the wire model has none; an agent acts across accounts and the change log needs it)."""
    return conn.execute(select(cases.c.account_id).where(cases.c.id == case_id)).scalar_one()


def user_name(conn: Connection, principal: Principal) -> str:
    return conn.execute(select(users.c.name).where(users.c.id == principal.user_id)).scalar_one()


def _hash(body: CaseIn) -> str:
    return hashlib.sha256(body.model_dump_json().encode()).hexdigest()


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def id_taken() -> ProblemError:
    return ProblemError(422, problems.VALIDATION_FAILED, "A different item already has this id. Make a new id.",
                        errors=[FieldError(field="id", code=problems.VALIDATION_FAILED,
                                           message="This id belongs to something else.")])


def _refused(state: str, action: str) -> ProblemError:
    return ProblemError(422, problems.CASE_TRANSITION_NOT_ALLOWED,
                        f"A case that is {state} cannot be given the action '{action}'.")


STATE_NAMES = {"new": "Ny", "in_progress": "Under behandling", "awaiting_customer": "Venter på kunde",
               "resolved": "Løst", "closed": "Lukket", "cancelled": "Kansellert"}

