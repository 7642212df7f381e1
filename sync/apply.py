"""Write what the portal says into the cache: upserts and deletes from the change feed, the answer to our own
writes, and the `reset` that starts the replica over.

All functions take an open connection: the caller's transaction decides what is atomic (one feed page and its cursor;
one sent outbox item and its answer). Each returns the ids it touched, per cache table, for `SyncReport.changed`.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Connection, delete, select

from domain.wire import (Account, Case, CaseEvent, CaseMessage, Change, ChangePage, Me, MeterReading, Product, Site,
                         User)
from sync.cases import apply as case_apply
from sync.cache.schema import account, me, outbox, products, readings, sites, users
from sync.cache.upsert import upsert
from sync.cache.changed import Changed, merge_changed  # noqa: F401 - merge_changed: used by importers of this module
from sync.account.preferences import ME_PATCH_KIND
from sync.cache.stamps import to_iso

log = logging.getLogger(__name__)


ENTITY_TABLES = {"account": account, "user": users, "site": sites, "product": products, "meter_reading": readings}
UNSENT = ("queued", "sending", "rejected")


def apply_page(conn: Connection, page: ChangePage, *, notify: bool = True) -> Changed:
    """Apply one page of the change feed. On `reset` the replica is emptied first (see `reset_replica`).

    With `notify` (and not on a reset page) an agent's new reply or state change also becomes a notice, in this
    transaction; the first full sync passes False so the whole history does not flood the tray."""
    changed: Changed = reset_replica(conn) if page.reset else {}
    news = case_apply.News(enabled=notify and not page.reset)
    for change in page.changes:
        merge_changed(changed, apply_change(conn, change, news))
    return merge_changed(changed, case_apply.write_notices(conn, news))


def apply_change(conn: Connection, change: Change, news: case_apply.News = case_apply.QUIET) -> Changed:
    """Apply one change. An entity this version does not cache (the feed grows with the portal: cases arrived before
    this client had a cases page) is skipped, never an error: one unknown kind must not stop every pull."""
    if change.op == "upsert" and change.entity in _NEWSWORTHY:
        return _NEWSWORTHY[change.entity](conn, change.data or {}, news)
    handlers = _DELETES if change.op == "delete" else _UPSERTS
    handler = handlers.get(change.entity)
    if handler is None:
        log.debug("Skipping a %s of %s %s: not cached by this version", change.op, change.entity, change.id)
        return {}
    return handler(conn, change.id) if change.op == "delete" else handler(conn, change.data or {})


def reset_replica(conn: Connection) -> Changed:
    """Drop every cached entity, but keep our own unsent readings, cases, replies and attachments: they belong to the
    outbox, not to the replica."""
    for table in (account, users, sites, products):
        conn.execute(delete(table))
    conn.execute(delete(readings).where(readings.c.id.not_in(_unsent_reading_ids())))
    changed: Changed = {name: None for name in ("account", "users", "sites", "products", "readings")}
    return changed | case_apply.reset_cases(conn)


def upsert_me(conn: Connection, who: Me) -> Changed:
    """The portal's view of the signed-in user, except a preference we changed and have not sent yet (it wins)."""
    row = {"id": 1, "user_id": who.user.id, "email": who.user.email, "name": who.user.name, "role": who.user.role,
           "account_id": who.user.account_id,
           "email_updates_default": int(_unsent_email_default(conn, who.email_updates_default))}
    upsert(conn, me, row)
    changed = upsert_account(conn, who.account)
    return changed | {"me": {"1"}} | _upsert_user(conn, who.user)


def _unsent_email_default(conn: Connection, portal_value: bool) -> bool:
    body = conn.execute(select(outbox.c.body_json).where(outbox.c.kind == ME_PATCH_KIND,
                                                         outbox.c.state.in_(("queued", "sending")))
                        .order_by(outbox.c.seq.desc()).limit(1)).scalar_one_or_none()
    return portal_value if body is None else bool(json.loads(body).get("email_updates_default", portal_value))


def upsert_account(conn: Connection, item: Account) -> Changed:
    upsert(conn, account, item.model_dump(include={"id", "name", "org_number", "time_zone"}))
    return {"account": {item.id}}


def upsert_reading(conn: Connection, item: MeterReading) -> Changed:
    """Our pending reading and the portal's copy share the client-made id, so this turns it accepted in place."""
    upsert(conn, readings, {
        "id": item.id, "product_id": item.product_id, "reading_date": item.reading_date.isoformat(),
        "values_json": json.dumps(item.values, sort_keys=True), "status": item.status,
        "submitted_at": to_iso(_aware(item.submitted_at)),
        "submitted_by": item.submitted_by})
    return {"readings": {item.id}}


def upsert_product(conn: Connection, item: Product) -> Changed:
    site = item.site
    before = conn.execute(select(products.c.serial, products.c.model).where(products.c.id == item.id)).first()
    upsert(conn, products, {
        "id": item.id, "serial": item.serial, "model": item.model, "family": item.family, "site_id": site.id,
        "site_name": site.name, "location": item.location, "contact_name": item.contact_name,
        "contact_email": item.contact_email,
        "counters_json": json.dumps([c.model_dump() for c in item.counters]),
        "contract_number": item.contract.number, "response_time_hours": item.contract.response_time_hours,
        "billing_cycle": item.contract.billing_cycle, "reading_window_days": item.contract.reading_window_days,
        "normal_monthly_volume": item.normal_monthly_volume,
        "assigned_user_ids_json": json.dumps(item.assigned_user_ids), "version": item.version,
        "search_text": search_text(item)})
    changed = {"products": {item.id}} | _upsert_site(conn, site)
    if before is None or (before.serial, before.model) != (item.serial, item.model):
        changed |= case_apply.refresh_search_text(conn, item.id)  # its cases are found by serial and model too
    return changed


def search_text(item: Product) -> str:
    """What the product search matches against with LIKE: lower-cased, one line."""
    parts = (item.serial, item.model, item.site.name, item.site.city, item.location, item.contact_name)
    return " ".join(p.strip() for p in parts if p and p.strip()).lower()


def _upsert_site(conn: Connection, item: Site) -> Changed:
    upsert(conn, sites, item.model_dump(include={"id", "name", "address", "postcode", "city"}))
    return {"sites": {item.id}}


def _upsert_user(conn: Connection, item: User) -> Changed:
    upsert(conn, users, item.model_dump(include={"id", "email", "name", "role", "account_id"}))
    return {"users": {item.id}}


def _delete_product(conn: Connection, product_id: str) -> Changed:
    """A product we may no longer see takes its (portal-side) readings along; our unsent ones stay with the outbox."""
    conn.execute(delete(products).where(products.c.id == product_id))
    gone = conn.execute(delete(readings).where(readings.c.product_id == product_id,
                                                readings.c.id.not_in(_unsent_reading_ids()))
                        .returning(readings.c.id)).scalars().all()
    return {"products": {product_id}, "readings": set(gone)}


def _delete_by_id(table_name: str) -> Callable[[Connection, str], Changed]:
    table = {"account": account, "users": users, "sites": sites, "readings": readings}[table_name]

    def remove(conn: Connection, entity_id: str) -> Changed:
        conn.execute(delete(table).where(table.c.id == entity_id))
        return {table_name: {entity_id}}
    return remove


def _unsent_reading_ids():
    return select(outbox.c.entity_id).where(outbox.c.entity == "readings", outbox.c.state.in_(UNSENT))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


_UPSERTS: dict[str, Callable[[Connection, dict], Changed]] = {
    "account": lambda conn, data: upsert_account(conn, Account.model_validate(data)),
    "user": lambda conn, data: _upsert_user(conn, User.model_validate(data)),
    "site": lambda conn, data: _upsert_site(conn, Site.model_validate(data)),
    "product": lambda conn, data: upsert_product(conn, Product.model_validate(data)),
    "meter_reading": lambda conn, data: upsert_reading(conn, MeterReading.model_validate(data)),
    "me": lambda conn, data: upsert_me(conn, Me.model_validate(data)),  # the user's own preferences changed
}
_UPSERTS["case"] = lambda conn, data: case_apply.upsert_case(conn, Case.model_validate(data))
_NEWSWORTHY: dict[str, Callable[[Connection, dict, case_apply.News], Changed]] = {
    "case_message": lambda conn, data, news: case_apply.upsert_message(conn, CaseMessage.model_validate(data), news),
    "case_event": lambda conn, data, news: case_apply.upsert_event(conn, CaseEvent.model_validate(data), news),
}
_DELETES: dict[str, Callable[[Connection, str], Changed]] = {
    "account": _delete_by_id("account"),
    "user": _delete_by_id("users"),
    "site": _delete_by_id("sites"),
    "product": _delete_product,
    "meter_reading": _delete_by_id("readings"),
    "case": case_apply.delete_case,
    "case_message": case_apply.delete_message,
    "case_event": case_apply.delete_event,
}
