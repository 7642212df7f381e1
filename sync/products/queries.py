"""Read-side of the products: filtered, sorted and keyset-paged in SQL (on (sort value, id)), so a fleet of 10,000
machines with a million readings stays fast."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine, String, and_, cast, func, literal, or_, select, tuple_
from sqlalchemy.sql import ColumnElement

from domain import billing
from sync.cache.schema import products, readings, sites
from sync.products.records import (
    CounterDef,
    OpenRequestRow,
    ProductFilter,
    ProductRow,
    SiteRow,
)

_last_reading_id = (
    select(readings.c.id)
    .where(readings.c.product_id == products.c.id, readings.c.status != "rejected")
    .order_by(readings.c.reading_date.desc())
    .limit(1)
    .correlate(products)
    .scalar_subquery()
)
_last = readings.alias("last")
_base = select(products, _last.c.reading_date.label("last_date"), _last.c.values_json.label("last_values"),
               _last.c.status.label("last_status")).select_from(
    products.outerjoin(_last, _last.c.id == _last_reading_id))

_SORT_COLUMNS: dict[str, ColumnElement] = {
    "serial": products.c.serial,
    "model": products.c.model,
    "site": products.c.site_name,
    "location": products.c.location,
    "last_reading": func.coalesce(_last.c.reading_date, ""),
}


def product_page(engine: Engine, flt: ProductFilter, *, today: date, after: ProductRow | None = None,
                 limit: int = 200) -> list[ProductRow]:
    """The next `limit` products in `flt`'s order after `after` (None for the first page)."""
    sort_col = _SORT_COLUMNS[flt.sort]
    stmt = _base.where(*_conditions(flt, today))
    if after is not None:
        key = tuple_(sort_col, products.c.id)
        bound = tuple_(literal(_sort_value(after, flt.sort)), literal(after.id))
        stmt = stmt.where(key < bound if flt.descending else key > bound)
    order = (sort_col.desc(), products.c.id.desc()) if flt.descending else (sort_col, products.c.id)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(*order).limit(limit)).mappings().all()
    return [_product(row, today) for row in rows]


def product_count(engine: Engine, flt: ProductFilter, *, today: date) -> int:
    stmt = select(func.count()).select_from(products).where(*_conditions(flt, today))
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def product(engine: Engine, product_id: str, *, today: date) -> ProductRow | None:
    with engine.connect() as conn:
        row = conn.execute(_base.where(products.c.id == product_id)).mappings().first()
    return _product(row, today) if row else None


def product_by_serial(engine: Engine, serial: str, *, today: date) -> ProductRow | None:
    with engine.connect() as conn:
        row = conn.execute(_base.where(func.upper(products.c.serial) == serial.strip().upper())).mappings().first()
    return _product(row, today) if row else None


def sites_list(engine: Engine) -> list[SiteRow]:
    with engine.connect() as conn:
        return [SiteRow(**row) for row in conn.execute(select(sites).order_by(sites.c.name)).mappings()]


def _conditions(flt: ProductFilter, today: date) -> list[ColumnElement]:
    found: list[ColumnElement] = []
    for word in flt.text.lower().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found.append(products.c.search_text.like(f"%{escaped}%", escape="\\"))
    if flt.site_id:
        found.append(products.c.site_id == flt.site_id)
    if flt.due_only:
        found.append(_due_condition(today))
    if not flt.include_removed:
        found.append(products.c.removed_on.is_(None))
    return found


def _due_condition(today: date) -> ColumnElement:
    """SQL twin of `domain.billing.reading_due`: the window is open and no (unrejected) reading lies in it. Written
    as NOT EXISTS on the (product_id, reading_date) index, so it needs no join with the last reading."""
    per_cycle = []
    for cycle in billing.CYCLE_MONTHS:
        closes = billing.period_end(today, cycle).isoformat()
        opens = func.date(closes, "-" + cast(products.c.reading_window_days - 1, String) + " days")
        read_in_window = select(readings.c.id).where(
            readings.c.product_id == products.c.id, readings.c.status != "rejected",
            readings.c.reading_date >= opens).correlate(products).exists()
        per_cycle.append(and_(products.c.billing_cycle == cycle, opens <= today.isoformat(), ~read_in_window))
    return or_(*per_cycle)


def _sort_value(row: ProductRow, sort: str) -> str:
    if sort == "last_reading":
        return row.last_reading_date.isoformat() if row.last_reading_date else ""
    return {"serial": row.serial, "model": row.model, "site": row.site_name, "location": row.location}[sort]


def _product(row, today: date) -> ProductRow:
    last_date = date.fromisoformat(row["last_date"]) if row["last_date"] else None
    due = billing.reading_due(today, row["billing_cycle"], row["reading_window_days"],
                              [last_date] if last_date else [])
    return ProductRow(
        id=row["id"], serial=row["serial"], model=row["model"], family=row["family"], site_id=row["site_id"],
        site_name=row["site_name"], location=row["location"], contact_name=row["contact_name"],
        contact_email=row["contact_email"],
        counters=tuple(CounterDef(c["key"], c["label"]) for c in json.loads(row["counters_json"])),
        contract_number=row["contract_number"], response_time_hours=row["response_time_hours"],
        billing_cycle=row["billing_cycle"], reading_window_days=row["reading_window_days"],
        normal_monthly_volume=row["normal_monthly_volume"], version=row["version"],
        last_reading_date=last_date, last_values=json.loads(row["last_values"]) if row["last_values"] else {},
        last_status=row["last_status"], reading_due=due and not row["removed_on"],
        open_request=_open_request(row["open_request_json"]),
        removed_on=date.fromisoformat(row["removed_on"]) if row["removed_on"] else None,
        **{name: row[name] for name in ("building", "floor", "room", "cost_centre", "internal_name")})


def _open_request(text: str | None) -> OpenRequestRow | None:
    if not text:
        return None
    data = json.loads(text)
    return OpenRequestRow(case_id=data["case_id"], number=data["number"], kind=data["kind"],
                          desired_date=date.fromisoformat(data["desired_date"]))
