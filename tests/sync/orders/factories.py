"""Catalogue and orders as the portal sends them, for the orders unit tests (on the `cache` fixture's fleet: three
Bizhub C300i, p-1 SN100, p-2 SN200, p-3 SN300)."""

from __future__ import annotations

from datetime import datetime, timezone

from domain.wire import Article, Delivery, Order, OrderLine
from sync.cache.db import writer
from sync.orders.apply import upsert_article, upsert_order

MODEL = "Bizhub C300i"
BLACK, CYAN, DRUM, OTHER = "TN-BK", "TN-C", "DR-1", "HP-1"


def article(article_id: str, **extra) -> Article:
    fields = dict(id=article_id, name_nb=f"Toner {article_id}", name_en=f"Toner {article_id} (en)", kind="toner",
                  colour="black", page_yield=20_000, models=[MODEL])
    return Article(**(fields | extra))


CATALOGUE = (article(DRUM, kind="drum", colour=None, page_yield=100_000, name_nb="Trommel"),
             article(CYAN, colour="cyan", name_nb="Toner cyan"), article(BLACK, name_nb="Toner svart"),
             article(OTHER, models=["HP LaserJet"]))


def order(order_id: str, product_id: str = "p-1", state: str = "submitted", *, day: int = 1,
          lines=((BLACK, 1),), number: int = 1, tracking: str | None = None, by: str = "kari@example.no") -> Order:
    return Order(id=order_id, number=f"OR{1000 + number:07d}", product_id=product_id,
                 lines=[OrderLine(article=a, quantity=q) for a, q in lines],
                 delivery=Delivery(site_id="site-1", site_name="Head office", address="Storgata 1", postcode="0155",
                                   city="Oslo", recipient="Kari"),
                 state=state, created_at=datetime(2026, 11, day, 9, tzinfo=timezone.utc), created_by=by,
                 carrier="Bring" if tracking else None, tracking_ref=tracking, version=1)


def seed_orders(engine, *orders: Order) -> None:
    with writer(engine).begin() as conn:
        for item in CATALOGUE:
            upsert_article(conn, item)
        for item in orders:
            upsert_order(conn, item)
