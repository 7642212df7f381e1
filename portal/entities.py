"""Rows to wire models, and who may see what. The routes and the delta feed both go through here, so an entity in the
feed is byte for byte what its GET returns."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Iterable

from sqlalchemy import ColumnElement, Connection, and_, select, true

from domain.cases import OPEN_STATES, format_case_number
from domain.wire import (
    Account,
    Contract,
    Counter,
    Me,
    MeterReading,
    OpenRequest,
    Product,
    Site,
    User,
)
from portal.auth import Principal
from portal.db import (
    accounts,
    assignments,
    case_requests,
    cases,
    meter_readings,
    products,
    sites,
    users,
)


def visible_products(principal: Principal) -> ColumnElement[bool]:
    """Products of the caller's account; for a customer only those assigned to them."""
    in_account = products.c.account_id == principal.account_id
    if principal.is_admin:
        return in_account
    assigned = select(assignments.c.product_id).where(assignments.c.user_id == principal.user_id)
    return and_(in_account, products.c.id.in_(assigned))


def visible_users(principal: Principal) -> ColumnElement[bool]:
    if principal.is_admin:
        return users.c.account_id == principal.account_id
    return users.c.id == principal.user_id


def products_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[Product]:
    rows = conn.execute(
        select(products, sites.c.name.label("site_name"), sites.c.address, sites.c.postcode, sites.c.city)
        .join(sites, sites.c.id == products.c.site_id)
        .where(visible_products(principal), condition)
        .order_by(products.c.serial, products.c.id)).all()
    assigned = _assigned_users(conn, [r.id for r in rows]) if principal.is_admin else {}
    requests = open_requests(conn, [r.id for r in rows])
    return [_product(row, assigned.get(row.id, []), requests.get(row.id)) for row in rows]


def open_requests(conn: Connection, product_ids: list[str]) -> dict[str, OpenRequest]:
    """The relocation or removal still open for each of these products (there is at most one)."""
    if not product_ids:
        return {}
    rows = conn.execute(select(case_requests.c.product_id, case_requests.c.case_id, case_requests.c.kind,
                               case_requests.c.desired_date, cases.c.number)
                        .join(cases, cases.c.id == case_requests.c.case_id)
                        .where(case_requests.c.product_id.in_(product_ids), cases.c.state.in_(OPEN_STATES)))
    return {r.product_id: OpenRequest(case_id=r.case_id, number=format_case_number(r.number), kind=r.kind,
                                      desired_date=date.fromisoformat(r.desired_date)) for r in rows}


def products_by_id(conn: Connection, principal: Principal, ids: Iterable[str]) -> dict[str, Product]:
    return {p.id: p for p in products_where(conn, principal, products.c.id.in_(list(ids)))}


def visible_product(conn: Connection, principal: Principal, product_id: str) -> Product | None:
    return products_by_id(conn, principal, [product_id]).get(product_id)


def readings_where(conn: Connection, principal: Principal, condition: ColumnElement[bool]) -> list[MeterReading]:
    """Readings of visible products, newest first."""
    rows = conn.execute(
        select(meter_readings).join(products, products.c.id == meter_readings.c.product_id)
        .where(visible_products(principal), condition)
        .order_by(meter_readings.c.reading_date.desc(), meter_readings.c.submitted_at.desc())).all()
    return [reading_from_row(row) for row in rows]


def readings_by_id(conn: Connection, principal: Principal, ids: Iterable[str]) -> dict[str, MeterReading]:
    return {r.id: r for r in readings_where(conn, principal, meter_readings.c.id.in_(list(ids)))}


def reading_from_row(row) -> MeterReading:
    return MeterReading(id=row.id, product_id=row.product_id, reading_date=date.fromisoformat(row.reading_date),
                        values=json.loads(row.values_json), status=row.status,
                        submitted_at=datetime.fromisoformat(row.submitted_at), submitted_by=row.submitted_by)


def sites_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[Site]:
    rows = conn.execute(select(sites).where(sites.c.account_id == principal.account_id, condition)
                        .order_by(sites.c.name, sites.c.id)).all()
    return [Site(id=r.id, name=r.name, address=r.address, postcode=r.postcode, city=r.city) for r in rows]


NO_PASSWORD = "!"
"""The password hash of an invited user who has not set a password yet: no password ever matches it."""


def users_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[User]:
    rows = conn.execute(select(users).where(visible_users(principal), condition)
                        .order_by(users.c.email, users.c.id)).all()
    assigned = _assigned_products(conn, [r.id for r in rows])
    return [User(id=r.id, email=r.email, name=r.name, role=r.role, account_id=r.account_id, active=bool(r.active),
                 invitation_pending=r.password_hash == NO_PASSWORD, assigned_product_ids=assigned.get(r.id, []),
                 version=r.version) for r in rows]


def visible_user(conn: Connection, principal: Principal, user_id: str) -> User | None:
    found = users_where(conn, principal, users.c.id == user_id)
    return found[0] if found else None


def _assigned_products(conn: Connection, user_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if not user_ids:
        return found
    rows = conn.execute(select(assignments.c.user_id, assignments.c.product_id)
                        .where(assignments.c.user_id.in_(user_ids))
                        .order_by(assignments.c.user_id, assignments.c.product_id))
    for user_id, product_id in rows:
        found.setdefault(user_id, []).append(product_id)
    return found


def account_of(conn: Connection, principal: Principal) -> Account:
    row = conn.execute(select(accounts).where(accounts.c.id == principal.account_id)).one()
    return Account.model_validate(dict(row._mapping))


def _assigned_users(conn: Connection, product_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    rows = conn.execute(select(assignments.c.product_id, assignments.c.user_id)
                        .where(assignments.c.product_id.in_(product_ids))
                        .order_by(assignments.c.product_id, assignments.c.user_id))
    for product_id, user_id in rows:
        found.setdefault(product_id, []).append(user_id)
    return found


def _product(row, assigned_user_ids: list[str], open_request: OpenRequest | None = None) -> Product:
    return Product(
        id=row.id, serial=row.serial, model=row.model, family=row.family,
        site=Site(id=row.site_id, name=row.site_name, address=row.address, postcode=row.postcode, city=row.city),
        location=row.location, building=row.building, floor=row.floor, room=row.room, cost_centre=row.cost_centre,
        contact_name=row.contact_name, contact_email=row.contact_email, internal_name=row.internal_name,
        counters=[Counter(**c) for c in json.loads(row.counters_json)],
        contract=Contract(number=row.contract_number, response_time_hours=row.response_time_hours,
                          billing_cycle=row.billing_cycle, reading_window_days=row.reading_window_days,
                          order_line_limit=row.order_line_limit),
        normal_monthly_volume=row.normal_monthly_volume, assigned_user_ids=assigned_user_ids, version=row.version,
        active=bool(row.active),
        open_request=open_request, removed_on=date.fromisoformat(row.removed_on) if row.removed_on else None)


def email_updates_default(conn: Connection, user_id: str) -> bool:
    """What a new case of this user chooses when its `email_updates` is left out."""
    value = conn.execute(select(users.c.email_updates_default).where(users.c.id == user_id)).scalar_one_or_none()
    return True if value is None else bool(value)


def me_of(conn: Connection, principal: Principal) -> Me:
    """What `/v1/me` answers, and what the feed carries as the entity "me"."""
    user = users_where(conn, principal, users.c.id == principal.user_id)[0]
    return Me(user=user, account=account_of(conn, principal),
              email_updates_default=email_updates_default(conn, principal.user_id),
              language=language_of(conn, principal.user_id))


def language_of(conn: Connection, user_id: str) -> str:
    """The language the service desk writes to this user in ("nb" unless they chose "en")."""
    value = conn.execute(select(users.c.language).where(users.c.id == user_id)).scalar_one_or_none()
    return "en" if value == "en" else "nb"
