"""Products and their sites from the portal's feed into the cache."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete

from domain.wire import Product, Site
from sync.cache.changed import Changed
from sync.cache.schema import products, sites
from sync.cache.upsert import upsert


def upsert_product(conn: Connection, item: Product) -> Changed:
    site = item.site
    upsert(conn, products, {
        "id": item.id, "serial": item.serial, "model": item.model, "family": item.family, "site_id": site.id,
        "site_name": site.name, "location": item.location, "contact_name": item.contact_name,
        "contact_email": item.contact_email, "building": item.building, "floor": item.floor, "room": item.room,
        "cost_centre": item.cost_centre, "internal_name": item.internal_name,
        "counters_json": json.dumps([c.model_dump() for c in item.counters]),
        "contract_number": item.contract.number, "response_time_hours": item.contract.response_time_hours,
        "billing_cycle": item.contract.billing_cycle, "reading_window_days": item.contract.reading_window_days,
        "normal_monthly_volume": item.normal_monthly_volume,
        "assigned_user_ids_json": json.dumps(item.assigned_user_ids), "version": item.version,
        "search_text": search_text(item.serial, item.model, site.name, site.city, item.location, item.contact_name,
                                   item.internal_name), "order_line_limit": item.contract.order_line_limit,
        "active": int(item.active),
        "open_request_json": item.open_request.model_dump_json() if item.open_request else None,
        "removed_on": item.removed_on.isoformat() if item.removed_on else None})
    return {"product": {item.id}} | upsert_site(conn, site)


def search_text(*parts: str) -> str:
    """What the product search matches against with LIKE (serial, model, site, city, location, contact, internal
    name): lower-cased, one line."""
    return " ".join(p.strip() for p in parts if p and p.strip()).lower()


def upsert_site(conn: Connection, item: Site) -> Changed:
    upsert(conn, sites, item.model_dump(include={"id", "name", "address", "postcode", "city"}))
    return {"site": {item.id}}


def delete_product(conn: Connection, product_id: str) -> Changed:
    """A product we may no longer see (its readings follow through the readings feature's hook)."""
    conn.execute(delete(products).where(products.c.id == product_id))
    return {"product": {product_id}}


def delete_site(conn: Connection, site_id: str) -> Changed:
    conn.execute(delete(sites).where(sites.c.id == site_id))
    return {"site": {site_id}}


def reset_products(conn: Connection) -> Changed:
    conn.execute(delete(products))
    conn.execute(delete(sites))
    return {"product": None, "site": None}
