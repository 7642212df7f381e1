"""A product's data as an editable entity (`sync.edits`): how its cached values are read and written. Writing keeps
what the row derives from them right at once: the one-line location from the parts, the site's name, the search
text; the portal's answer later replaces the whole row anyway."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, select, update

from domain import product_data
from domain.wire import Product
from sync.cache.schema import products, sites
from sync.feature_spec import CachedValues, EditableEntity
from sync.products.apply import search_text

_FIELDS = product_data.FIELDS


def read_product(conn: Connection, product_id: str) -> CachedValues | None:
    row = conn.execute(select(products.c.version, *(products.c[name] for name in _FIELDS))
                       .where(products.c.id == product_id)).mappings().first()
    return None if row is None else (row["version"], {name: row[name] for name in _FIELDS})


def write_product(conn: Connection, product_id: str, values: Mapping[str, Any]) -> None:
    row = conn.execute(select(products).where(products.c.id == product_id)).mappings().first()
    if row is None:
        return
    after = {**row, **values}
    location = product_data.location_after(values, row)
    if location is not None:
        after["location"] = location
    site = conn.execute(select(sites.c.name, sites.c.city).where(sites.c.id == after["site_id"])).first()
    if site is not None:
        after["site_name"] = site.name
    after["search_text"] = search_text(after["serial"], after["model"], after["site_name"], site.city if site else "",
                                       after["location"], after["contact_name"], after["internal_name"])
    changed = {name: after[name] for name in (*values, "location", "site_name", "search_text")}
    conn.execute(update(products).where(products.c.id == product_id).values(**changed))


PRODUCT_EDIT = EditableEntity(entity="product", path="/products/{id}", fields=_FIELDS, answer=Product,
                              read=read_product, write=write_product)
