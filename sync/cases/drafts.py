"""A new case as the user writes it (`CaseDraft`), and what it becomes: the portal's CaseIn body and our own unsent
cache row. Shared by queueing a case and correcting a rejected one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from domain import cases as case_rules
from domain.business_hours import expected_response_at
from sync.cache.stamps import to_iso
from sync.cases.apply import case_search_text
from sync.cases.requests import case_response_hours


@dataclass(frozen=True)
class CaseDraft:
    type: str                 # "support" | "account_question"
    product_id: str | None    # required for support, None for account_question
    category: str             # domain.cases.CATEGORIES
    subject: str
    description: str
    contact_name: str = ""
    contact_email: str = ""
    email_updates: bool = True


def case_draft(body: dict) -> CaseDraft:
    """The draft a queued case's body was made from (to correct a rejected one)."""
    return CaseDraft(type=str(body.get("type") or "support"), product_id=body.get("product_id") or None,
                     category=str(body.get("category") or ""), subject=str(body.get("subject") or ""),
                     description=str(body.get("description") or ""), contact_name=str(body.get("contact_name") or ""),
                     contact_email=str(body.get("contact_email") or ""),
                     email_updates=bool(body.get("email_updates", True)))


def draft_row_values(conn: Connection, draft: CaseDraft, now) -> dict:
    """The cache columns of our own unsent case that come from its draft (at creation, and when a rejected one is
    corrected): with the department its category goes to and the answer expected if the portal got it `now`."""
    hours = case_response_hours(conn, draft.product_id or None)
    return dict(type=draft.type, product_id=draft.product_id, category=draft.category,
                department=case_rules.department_for(draft.category), subject=draft.subject,
                description=draft.description, contact_name=draft.contact_name, contact_email=draft.contact_email,
                expected_response_at=to_iso(expected_response_at(now, hours)), email_updates=int(draft.email_updates),
                search_text=case_search_text(conn, None, draft.subject, draft.description, draft.product_id))


def case_body(case_id: str, draft: CaseDraft) -> dict:
    """The CaseIn the portal gets for a draft."""
    return {"id": case_id, "type": draft.type, "product_id": draft.product_id, "category": draft.category,
            "subject": draft.subject, "description": draft.description, "contact_name": draft.contact_name,
            "contact_email": draft.contact_email, "email_updates": bool(draft.email_updates)}


def tidy(draft: CaseDraft) -> CaseDraft:
    """What is sent: the one-line texts (subject, contact name) with each run of white space, a pasted line break
    included, as one space; a control character that is no white space (ESC, NUL) stays, for the check to refuse."""
    return CaseDraft(type=draft.type, product_id=draft.product_id or None, category=draft.category,
                     subject=" ".join(draft.subject.split()), description=draft.description.strip(),
                     contact_name=" ".join(draft.contact_name.split()), contact_email=draft.contact_email.strip(),
                     email_updates=bool(draft.email_updates))
