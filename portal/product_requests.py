"""Relocation and removal requests: cases of their own types, with their own fields (`case_requests`), checked by
`domain.product_requests` (the same rules the app checks offline) and done by an agent's completion.

A product has at most one open request of either kind; its feed row shows it (`Product.open_request`), so every
change of such a case also logs the product. Completing a relocation moves the product (its site, a new one for a new
address, and its location); completing a removal marks it removed (`removed_on`): it leaves the active fleet but
stays in the feed, its history and the reports.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from domain import clock, problems
from domain import product_requests as rules
from domain.business_hours import expected_response_at
from domain.cases import REQUEST_TYPES
from domain.wire import Case, FieldError, RelocationIn, RemovalIn
from portal import cases, changes, request_texts
from portal.auth import Principal
from portal.case_entities import visible_case
from portal.changes import ChangeRecord
from portal.db import case_requests, products, sites
from portal.db import cases as case_table
from portal.entities import language_of, open_requests, visible_product
from portal.problems import ProblemError, not_found

_RELOCATION_FIELDS = ("site_id", "address", "postcode", "city", "building", "floor", "room", "contact_name",
                      "contact_phone", "network_change")
_REMOVAL_FIELDS = ("reason", "reason_note", "pickup_address", "wipe_disk")


def open_request(conn: Connection, principal: Principal, body: RelocationIn | RemovalIn, *,
                 now: datetime) -> tuple[Case, bool]:
    """Open the relocation or removal; returns its case and whether it is new (an identical earlier submission of
    the same id is not). Refuses with 404 (a product the caller may not see), 422 (`case.product_removed`, a field's
    code, or `validation.failed` with several) or 409 (`case.request_already_open`)."""
    kind = "relocation" if isinstance(body, RelocationIn) else "removal"
    body_hash = hashlib.sha256(f"{kind}:{body.model_dump_json()}".encode()).hexdigest()
    existing = conn.execute(select(case_table.c.body_hash, case_table.c.created_by_user_id)
                            .where(case_table.c.id == body.id)).first()
    if existing is not None:
        found = visible_case(conn, principal, body.id)
        if found is None or existing.body_hash != body_hash or existing.created_by_user_id != principal.user_id:
            raise cases.id_taken()
        return found, False
    product = visible_product(conn, principal, body.product_id)
    if product is None:
        raise not_found("The product")
    request = _checked(conn, principal, body, product, clock.today(now=now))
    _refuse_second(conn, product.id)
    _insert(conn, principal, kind, body, request, product, body_hash, now)
    return visible_case(conn, principal, body.id), True


def complete(conn: Connection, principal: Principal, case_id: str, *, now: datetime) -> Case:
    """The agent did it: the product moves (or is removed), and the case closes (`complete`)."""
    case = visible_case(conn, principal, case_id)
    if case is None:
        raise not_found("The case")
    if case.type not in REQUEST_TYPES or case.request is None:
        raise ProblemError(422, problems.CASE_TRANSITION_NOT_ALLOWED,
                           "Only a relocation or removal is completed; resolve or close a support case.")
    cases.act(conn, principal, case_id, "complete", now=now)  # refuses a case that is done already
    today = clock.today(now=now).isoformat()
    account_id = conn.execute(select(case_table.c.account_id).where(case_table.c.id == case_id)).scalar_one()
    if case.type == "relocation":
        _move_product(conn, account_id, case.product_id, case.request)
    else:
        # gone from the active fleet: no more supplies orders either (`active`, which the order rules check)
        conn.execute(update(products).where(products.c.id == case.product_id)
                     .values(removed_on=today, active=0, version=products.c.version + 1))
    conn.execute(update(case_requests).where(case_requests.c.case_id == case_id).values(completed_on=today))
    changes.record(conn, [ChangeRecord(account_id, "product", case.product_id, case.product_id)])
    return visible_case(conn, principal, case_id)


def _checked(conn: Connection, principal: Principal, body: RelocationIn | RemovalIn, product, today):
    if product.removed_on is not None:
        raise ProblemError(422, problems.CASE_PRODUCT_REMOVED, "The product was removed; nothing more can be asked "
                                                               "for it.",
                           errors=[_field_error("product_id", problems.CASE_PRODUCT_REMOVED)])
    if isinstance(body, RelocationIn):
        request = rules.tidy(rules.Relocation(product_id=body.product_id, desired_date=body.desired_date,
                                              note=body.note, **{f: getattr(body, f) for f in _RELOCATION_FIELDS}))
        site_ids = set(conn.execute(select(sites.c.id).where(sites.c.account_id == principal.account_id)).scalars())
        found = rules.relocation_problems(request, today, site_ids=site_ids, current_site_id=product.site.id,
                                          current_location=product.location)
    else:
        request = rules.tidy(rules.Removal(product_id=body.product_id, desired_date=body.desired_date,
                                           reason=body.reason or "", reason_note=body.reason_note,
                                           pickup_address=body.pickup_address, wipe_disk=body.wipe_disk,
                                           note=body.note))
        found = rules.removal_problems(request, today)
    if found:
        errors = [_field_error(p.field, p.code) for p in found]
        code = found[0].code if len(found) == 1 else problems.VALIDATION_FAILED
        raise ProblemError(422, code, "; ".join(f"{e.field}: {e.message}" for e in errors), errors=errors)
    return request


def _refuse_second(conn: Connection, product_id: str) -> None:
    found = open_requests(conn, [product_id]).get(product_id)
    if found is not None:
        raise ProblemError(409, problems.CASE_REQUEST_ALREADY_OPEN,
                           f"The product already has an open {found.kind} ({found.number}); wait until it is done, "
                           "or cancel it first.",
                           errors=[_field_error("product_id", problems.CASE_REQUEST_ALREADY_OPEN)])


def _insert(conn: Connection, principal: Principal, kind: str, body, request, product, body_hash: str,
            now: datetime) -> None:
    subject = " ".join(body.subject.split()) or request_texts.subject(language_of(conn, principal.user_id), kind,
                                                                      product.model, product.serial)
    conn.execute(insert(case_table).values(
        id=body.id, number=cases.next_number(conn), account_id=principal.account_id, type=kind,
        product_id=product.id, category="", department=rules.DEPARTMENT, subject=subject, description=request.note,
        contact_name=getattr(request, "contact_name", ""), contact_email="", state="new", created_at=cases.iso(now),
        expected_response_at=cases.iso(expected_response_at(now, product.contract.response_time_hours)),
        email_updates=int(cases.email_updates_of(conn, principal, body)), created_by_user_id=principal.user_id,
        created_by=principal.email, resolved_at=None, body_hash=body_hash, version=1))
    names = _RELOCATION_FIELDS if kind == "relocation" else _REMOVAL_FIELDS
    conn.execute(insert(case_requests).values(
        case_id=body.id, product_id=product.id, kind=kind, desired_date=request.desired_date.isoformat(),
        details_json=json.dumps({name: getattr(request, name) for name in names}), completed_on=None))
    event_id = cases.add_event(conn, body.id, None, "new", "create", "customer", cases.user_name(conn, principal), now)
    changes.record(conn, [ChangeRecord(principal.account_id, "case", body.id, product.id),
                          ChangeRecord(principal.account_id, "case_event", event_id, product.id),
                          ChangeRecord(principal.account_id, "product", product.id, product.id)])


def _move_product(conn: Connection, account_id: str, product_id: str, request) -> None:
    site_id = request.site_id
    if site_id is None:  # a new address becomes a site of the account
        site_id = str(uuid.uuid4())
        conn.execute(insert(sites).values(id=site_id, account_id=account_id, name=request.address,
                                          address=request.address, postcode=request.postcode, city=request.city))
        changes.record(conn, [ChangeRecord(account_id, "site", site_id)])
    conn.execute(update(products).where(products.c.id == product_id).values(
        site_id=site_id, location=rules.new_location(request.building, request.floor, request.room),
        building=request.building, floor=request.floor, room=request.room, version=products.c.version + 1))


def _field_error(field: str, code: str) -> FieldError:
    return FieldError(field=field, code=code, message=problems.TITLES.get(code, code))
