"""Wire objects and a seeded cache for unit tests (the end-to-end tests use the real portal's demo data)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from domain.wire import (
    Account,
    Contract,
    Counter,
    Me,
    MeterReading,
    Product,
    Site,
    User,
)
from sync.account.apply import upsert_me
from sync.cache.db import writer
from sync.products.apply import upsert_product
from sync.readings.apply import upsert_reading

SITE = Site(id="site-1", name="Head office", address="Storgata 1", postcode="0155", city="Oslo")


def product(product_id: str = "p-1", serial: str = "SN100", counters: tuple[str, ...] = ("total", "bw", "colour"),
            **extra) -> Product:
    fields = dict(id=product_id, serial=serial, model="Bizhub C300i", family="A3 colour MFP", site=SITE,
                  location="2nd floor, copy room", contact_name="Kari Nordmann", contact_email="kari@example.no",
                  counters=[Counter(key=k, label=k.title()) for k in counters],
                  contract=Contract(number="C-1", response_time_hours=8, billing_cycle="monthly",
                                    reading_window_days=7),
                  normal_monthly_volume=2000, version=1)
    return Product(**(fields | extra))


def reading(reading_id: str, product_id: str, day: date, values: dict[str, int], status="accepted") -> MeterReading:
    return MeterReading(id=reading_id, product_id=product_id, reading_date=day, values=values, status=status,
                        submitted_at=datetime(2026, 1, 1, tzinfo=timezone.utc), submitted_by="kari@example.no")


def me() -> Me:
    return Me(user=User(id="u-1", email="kari@example.no", name="Kari", role="customer", account_id="a-1"),
              account=Account(id="a-1", name="Acme AS", org_number="974760673"))


def seed(engine, *products: Product, readings: tuple[MeterReading, ...] = ()) -> None:
    with writer(engine).begin() as conn:
        upsert_me(conn, me())
        for item in products:
            upsert_product(conn, item)
        for item in readings:
            upsert_reading(conn, item)
