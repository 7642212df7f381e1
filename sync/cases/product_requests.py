"""Relocation and removal requests in the app: queued offline like any case (same outbox, same group, an
Idempotency-Key made now), shown at once as an unsent case of their own type, and checked first with the portal's
own rules (`domain.product_requests`) against the cache: the machine must be known and not removed, and it may
have no other open request (the portal's `Product.open_request`, or a request of ours still in the cache).

A request's case row keeps what it asks for in `request_json` (the portal's `Case.request` shape), so the case's
detail can show it while it waits to be sent as well as after.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Mapping

from sqlalchemy import Connection, Engine, insert, select, update

from domain import problems
from domain import product_requests as rules
from domain.business_hours import expected_response_at
from domain.cases import OPEN_STATES, REQUEST_TYPES
from domain.clock import today as oslo_today
from domain.clock import utc_now
from domain.problems import Problem
from sync.cache.changed import Changed
from sync.cache.db import writer
from sync.cache.schema import cases, me, products, sites
from sync.cache.stamps import to_iso
from sync.cases.apply import case_search_text
from sync.cases.operations import CaseInputError, UnknownCase
from sync.cases.requests import group_key
from sync.cases.rows import CaseRows
from sync.outbox import queue as outbox

RELOCATION_KIND = "case.relocation"
REMOVAL_KIND = "case.removal"
_PATHS = {"relocation": "/cases/relocations", "removal": "/cases/removals"}
_KINDS = {"relocation": RELOCATION_KIND, "removal": REMOVAL_KIND}
_LOCAL_ONLY = ("product_id", "desired_date", "note")
"""Fields of the domain request that are not part of the case's `request` details."""


@dataclass(frozen=True)
class OpenRequest:
    """The machine's relocation or removal that is not done yet. `number` is None while ours waits to be sent;
    `sync_status` is the case's (pending, rejected: still ours; synced: the portal has it)."""
    case_id: str
    number: str | None
    kind: str
    desired_date: date
    sync_status: str


@dataclass(frozen=True)
class RequestRecord:
    """What a relocation or removal case asks for: its kind, date and the kind's own fields (`details`, as the
    portal's RelocationDetails / RemovalDetails name them), and the day it was done."""
    kind: str
    desired_date: date
    details: Mapping[str, Any]
    completed_on: date | None = None


# --- reads --------------------------------------------------------------------------------------------------------

def open_request_for(engine: Engine, product_id: str) -> OpenRequest | None:
    """The machine's open request: a request case in the cache (ours unsent, or the portal's) that is not done, else
    what the portal's copy of the product says (its case may not be cached yet)."""
    with engine.connect() as conn:
        return _open_request(conn, product_id)


def request_of(engine: Engine, case_id: str) -> RequestRecord | None:
    """What the case asks for; None for a support case, an account question or an unknown case."""
    with engine.connect() as conn:
        text = conn.execute(select(cases.c.request_json).where(cases.c.id == case_id)).scalar_one_or_none()
    if not text:
        return None
    data = json.loads(text)
    completed = data.pop("completed_on", None)
    return RequestRecord(kind=data.pop("kind"), desired_date=date.fromisoformat(data.pop("desired_date")),
                         details=data, completed_on=date.fromisoformat(completed) if completed else None)


# --- checks -------------------------------------------------------------------------------------------------------

def check_relocation(engine: Engine, request: rules.Relocation, *, today: date | None = None) -> list[Problem]:
    """Every problem of the relocation (one per field, in the form's order); [] when it can be queued."""
    with engine.connect() as conn:
        return _relocation_problems(conn, rules.tidy(request), today or oslo_today())


def check_removal(engine: Engine, request: rules.Removal, *, today: date | None = None) -> list[Problem]:
    with engine.connect() as conn:
        return _removal_problems(conn, rules.tidy(request), today or oslo_today())


# --- operations ---------------------------------------------------------------------------------------------------

def queue_relocation(engine: Engine, request: rules.Relocation, *, subject: str, today: date | None = None,
                     case_id: str | None = None) -> Changed:
    """Queue the relocation: its case row (unsent) and its outbox item in one transaction. `subject` is the case's
    subject in the user's words. The new id is the one in changed["case"]. Raises CaseInputError."""
    return _queue(engine, rules.tidy(request), subject, today or oslo_today(), case_id, _relocation_problems)


def queue_removal(engine: Engine, request: rules.Removal, *, subject: str, today: date | None = None,
                  case_id: str | None = None) -> Changed:
    """Queue the removal (see `queue_relocation`). Raises CaseInputError."""
    return _queue(engine, rules.tidy(request), subject, today or oslo_today(), case_id, _removal_problems)


class RequestRows(CaseRows):
    """A relocation or removal we asked for: like a new case (sent: the portal's copy with its number; discarded:
    gone with whatever waits behind it), but corrected with its own fields."""

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        kind = "relocation" if "contact_phone" in body else "removal"
        conn.execute(update(cases).where(cases.c.id == entity_id).values(
            sync_status="pending", subject=str(body.get("subject") or ""), description=str(body.get("note") or ""),
            request_json=json.dumps(_details_of_body(kind, body))))
        return {"case": {entity_id}}


# --- inside -------------------------------------------------------------------------------------------------------

def _queue(engine: Engine, request, subject: str, today: date, case_id: str | None, check) -> Changed:
    kind = "relocation" if isinstance(request, rules.Relocation) else "removal"
    case_id = case_id or str(uuid.uuid4())
    subject = " ".join(subject.split())
    with writer(engine).begin() as conn:
        found = check(conn, request, today)
        if conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first() is not None:
            found.append(Problem("id", problems.CASE_ID_TAKEN))
        if found:
            raise CaseInputError(found)
        product = conn.execute(select(products).where(products.c.id == request.product_id)).one()
        who = conn.execute(select(me.c.email, me.c.email_updates_default)).first()
        if who is None:
            raise UnknownCase("Nobody is signed in to this cache; sign in first.")
        now = utc_now()
        details = _details(kind, request)
        conn.execute(insert(cases).values(
            id=case_id, number=None, type=kind, product_id=product.id, category="", department=rules.DEPARTMENT,
            subject=subject, description=request.note, contact_name=getattr(request, "contact_name", ""),
            contact_email="", state="new", created_at=to_iso(now),
            expected_response_at=to_iso(expected_response_at(now, product.response_time_hours)),
            email_updates=who.email_updates_default, created_by=who.email, resolved_at=None, version=0,
            last_activity_at=to_iso(now), unread=0, sync_status="pending", request_json=json.dumps(details),
            search_text=case_search_text(conn, None, subject, request.note, product.id)))
        body = {"id": case_id, **{k: v for k, v in details.items() if k not in ("kind", "completed_on")},
                "product_id": product.id, "note": request.note, "subject": subject}
        item = outbox.enqueue(conn, kind=_KINDS[kind], method="POST", path=_PATHS[kind], body=body, entity="case",
                              entity_id=case_id, group_key=group_key(case_id),
                              summary=f"{kind.capitalize()} of {product.serial}: {subject}")
    return {"case": {case_id}, "product": {product.id}, "outbox": {str(item.seq)}}


def _details(kind: str, request) -> dict[str, Any]:
    """The case's `request` as the portal will show it (dates as ISO text)."""
    values = {k: v for k, v in asdict(request).items() if k not in _LOCAL_ONLY}
    return {"kind": kind, "desired_date": request.desired_date.isoformat(), **values, "completed_on": None}


def _details_of_body(kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
    names = [f for f in (rules.Relocation if kind == "relocation" else rules.Removal).__dataclass_fields__
             if f not in _LOCAL_ONLY]
    return {"kind": kind, "desired_date": body.get("desired_date"), **{n: body.get(n) for n in names},
            "completed_on": None}


def _relocation_problems(conn: Connection, request: rules.Relocation, today: date) -> list[Problem]:
    product = _product_problem(conn, request.product_id)
    if isinstance(product, Problem):
        return [product]
    site_ids = set(conn.execute(select(sites.c.id)).scalars())
    return rules.relocation_problems(request, today, site_ids=site_ids, current_site_id=product.site_id,
                                     current_location=product.location)


def _removal_problems(conn: Connection, request: rules.Removal, today: date) -> list[Problem]:
    product = _product_problem(conn, request.product_id)
    if isinstance(product, Problem):
        return [product]
    return rules.removal_problems(request, today)


def _product_problem(conn: Connection, product_id: str):
    """The product's row when a request may be made for it, else the one problem (field product_id)."""
    product = conn.execute(select(products.c.id, products.c.site_id, products.c.location, products.c.removed_on)
                           .where(products.c.id == product_id)).first()
    if product is None:
        return Problem("product_id", problems.CASE_PRODUCT_UNKNOWN)
    if product.removed_on:
        return Problem("product_id", problems.CASE_PRODUCT_REMOVED)
    found = _open_request(conn, product_id)
    if found is not None:
        return Problem("product_id", problems.CASE_REQUEST_ALREADY_OPEN,
                       {"number": found.number or "", "kind": found.kind})
    return product


def _open_request(conn: Connection, product_id: str) -> OpenRequest | None:
    row = conn.execute(select(cases.c.id, cases.c.number, cases.c.type, cases.c.request_json, cases.c.sync_status)
                       .where(cases.c.product_id == product_id, cases.c.type.in_(sorted(REQUEST_TYPES)),
                              cases.c.state.in_(sorted(OPEN_STATES)))
                       .order_by(cases.c.created_at.desc()).limit(1)).first()
    if row is not None and row.request_json:
        desired = json.loads(row.request_json)["desired_date"]
        return OpenRequest(row.id, row.number, row.type, date.fromisoformat(desired), row.sync_status)
    shown = conn.execute(select(products.c.open_request_json).where(products.c.id == product_id)).scalar()
    if not shown:
        return None
    data = json.loads(shown)
    return OpenRequest(data["case_id"], data["number"], data["kind"], date.fromisoformat(data["desired_date"]),
                       "synced")
