"""Case rows to wire models, and which cases a caller may see. The case routes and the delta feed both read here.

A customer sees the cases of products assigned to them and their own account questions; an administrator every case
of the account; an agent (the vendor's service desk) every case of every account, but only through `/v1/agent`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable

from sqlalchemy import ColumnElement, Connection, Select, and_, or_, select, true, union

from domain.cases import format_case_number
from domain.wire import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseMessage,
    RelocationDetails,
    RemovalDetails,
)
from portal.auth import Principal
from portal.db import (
    assignments,
    case_attachments,
    case_email_choices,
    case_events,
    case_messages,
    case_requests,
    cases,
)

CASE_ENTITIES = ("case", "case_message", "case_event")


def visible_cases(principal: Principal) -> ColumnElement[bool]:
    if principal.role == "agent":
        return true()
    in_account = cases.c.account_id == principal.account_id
    if principal.is_admin:
        return in_account
    assigned = select(assignments.c.product_id).where(assignments.c.user_id == principal.user_id)
    own_question = and_(cases.c.product_id.is_(None), cases.c.created_by_user_id == principal.user_id)
    return and_(in_account, or_(cases.c.product_id.in_(assigned), own_question))


def own_account_question_entity_ids(principal: Principal) -> Select:
    """Ids of the caller's account questions and of their messages and events: the feed entries a customer sees
    beside those scoped by product."""
    own = select(cases.c.id).where(cases.c.product_id.is_(None), cases.c.created_by_user_id == principal.user_id)
    return union(own,
                 select(case_messages.c.id).where(case_messages.c.case_id.in_(own)),
                 select(case_events.c.id).where(case_events.c.case_id.in_(own)))


def cases_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[Case]:
    rows = conn.execute(select(cases).where(visible_cases(principal), condition)
                        .order_by(cases.c.created_at.desc(), cases.c.id)).all()
    files = _attachments_of(conn, [r.id for r in rows])
    choices = _email_choices_of(conn, principal, [r.id for r in rows])
    details = _requests_of(conn, [r.id for r in rows if r.type in ("relocation", "removal")])
    return [_case(row, files.get(row.id, []), email_updates_for(principal, row, choices), details.get(row.id))
            for row in rows]


def _requests_of(conn: Connection, case_ids: list[str]) -> dict[str, RelocationDetails | RemovalDetails]:
    """What each relocation or removal case asks for (`portal.product_requests` keeps it)."""
    if not case_ids:
        return {}
    rows = conn.execute(select(case_requests).where(case_requests.c.case_id.in_(case_ids)))
    found: dict[str, RelocationDetails | RemovalDetails] = {}
    for r in rows:
        kind = RelocationDetails if r.kind == "relocation" else RemovalDetails
        found[r.case_id] = kind(desired_date=r.desired_date, completed_on=r.completed_on,
                                **json.loads(r.details_json))
    return found


def email_updates_for(principal: Principal, row, choices: dict[str, bool]) -> bool:
    """`Case.email_updates` as the caller sees it: their own choice. The author's is on the case; anyone else's is
    in `case_email_choices`, off until they turn it on. An agent sees the author's."""
    if principal.role == "agent" or row.created_by_user_id == principal.user_id:
        return bool(row.email_updates)
    return choices.get(row.id, False)


def _email_choices_of(conn: Connection, principal: Principal, case_ids: list[str]) -> dict[str, bool]:
    if not case_ids:
        return {}
    rows = conn.execute(select(case_email_choices.c.case_id, case_email_choices.c.email_updates)
                        .where(case_email_choices.c.user_id == principal.user_id,
                               case_email_choices.c.case_id.in_(case_ids)))
    return {r.case_id: bool(r.email_updates) for r in rows}


def cases_by_id(conn: Connection, principal: Principal, ids: Iterable[str]) -> dict[str, Case]:
    return {c.id: c for c in cases_where(conn, principal, cases.c.id.in_(list(ids)))}


def visible_case(conn: Connection, principal: Principal, case_id: str) -> Case | None:
    return cases_by_id(conn, principal, [case_id]).get(case_id)


def messages_where(conn: Connection, principal: Principal, condition: ColumnElement[bool]) -> list[CaseMessage]:
    rows = conn.execute(select(case_messages).join(cases, cases.c.id == case_messages.c.case_id)
                        .where(visible_cases(principal), condition)
                        .order_by(case_messages.c.case_id, case_messages.c.position)).all()
    return [CaseMessage(id=r.id, case_id=r.case_id, author_kind=r.author_kind, author_name=r.author_name,
                        body=r.body, created_at=datetime.fromisoformat(r.created_at)) for r in rows]


def events_where(conn: Connection, principal: Principal, condition: ColumnElement[bool]) -> list[CaseEvent]:
    rows = conn.execute(select(case_events).join(cases, cases.c.id == case_events.c.case_id)
                        .where(visible_cases(principal), condition)
                        .order_by(case_events.c.case_id, case_events.c.position)).all()
    return [CaseEvent(id=r.id, case_id=r.case_id, from_state=r.from_state, to_state=r.to_state, action=r.action,
                      actor_kind=r.actor_kind, actor_name=r.actor_name,
                      created_at=datetime.fromisoformat(r.created_at)) for r in rows]


def load_for_feed(conn: Connection, principal: Principal, wanted: dict[str, list[str]]) -> dict[str, dict[str, dict]]:
    found: dict[str, dict[str, dict]] = {}
    if ids := wanted.get("case"):
        found["case"] = _dump(cases_by_id(conn, principal, ids).values())
    if ids := wanted.get("case_message"):
        found["case_message"] = _dump(messages_where(conn, principal, case_messages.c.id.in_(ids)))
    if ids := wanted.get("case_event"):
        found["case_event"] = _dump(events_where(conn, principal, case_events.c.id.in_(ids)))
    return found


def _attachments_of(conn: Connection, case_ids: list[str]) -> dict[str, list[CaseAttachment]]:
    found: dict[str, list[CaseAttachment]] = {}
    if not case_ids:
        return found
    columns = [c for c in case_attachments.c if c.name != "data"]
    rows = conn.execute(select(*columns).where(case_attachments.c.case_id.in_(case_ids))
                        .order_by(case_attachments.c.created_at, case_attachments.c.id))
    for r in rows:
        found.setdefault(r.case_id, []).append(attachment_from_row(r))
    return found


def attachment_from_row(r) -> CaseAttachment:
    return CaseAttachment(id=r.id, case_id=r.case_id, file_name=r.file_name, content_type=r.content_type,
                          size=r.size, created_at=datetime.fromisoformat(r.created_at), uploaded_by=r.uploaded_by)


def _case(r, files: list[CaseAttachment], email_updates: bool,
          request: RelocationDetails | RemovalDetails | None = None) -> Case:
    return Case(id=r.id, number=_number(r.number), type=r.type, product_id=r.product_id, category=r.category or None,
                department=r.department, subject=r.subject, description=r.description, contact_name=r.contact_name,
                contact_email=r.contact_email, state=r.state, created_at=datetime.fromisoformat(r.created_at),
                expected_response_at=datetime.fromisoformat(r.expected_response_at),
                email_updates=email_updates, created_by=r.created_by,
                resolved_at=datetime.fromisoformat(r.resolved_at) if r.resolved_at else None, attachments=files,
                request=request, version=r.version)


def _number(number: int) -> str:
    return format_case_number(number)


def _dump(models) -> dict[str, dict]:
    return {m.id: m.model_dump(mode="json") for m in models}
