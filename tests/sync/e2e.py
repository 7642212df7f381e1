"""Helpers for the end-to-end tests against the real portal: sign in, plan many valid readings, and count on the
portal side what arrived."""

from __future__ import annotations

import socket
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sync.api.backoff import Backoff
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from sync.readings.operations import ReadingEntry
from sync.session.workspace import Workspace, sign_in
from tests.support.portal_api import PASSWORD, portal_session

ADMIN = "admin@example.no"


def signed_in(data_dir: Path, url: str, email: str = ADMIN) -> Workspace:
    return sign_in(data_dir, url, email, PASSWORD, remember=True)


def fast_engine(ws: Workspace, **options) -> SyncEngine:
    """An engine that retries at once: the tests drive rounds themselves."""
    return SyncEngine(ws, backoff=Backoff(base=0), **options)


def all_products(engine, today: date):
    return product_queries.product_page(engine, ProductFilter(), today=today, limit=10_000)


def plan_readings(engine, count: int, today: date) -> list[ReadingEntry]:
    """`count` valid readings spread over the fleet: each machine one a day after its last reading, rising."""
    products = [p for p in all_products(engine, today) if p.last_reading_date]
    entries: list[ReadingEntry] = []
    step = 0
    while len(entries) < count:
        step += 1
        for product in products:
            day = product.last_reading_date + timedelta(days=step)
            if day > today or len(entries) == count:
                continue
            values = {k: product.last_values.get(k, 0) + 100 * step for k in product.counter_keys}
            entries.append(ReadingEntry(product.id, day, values))
        if step > 400:
            raise AssertionError(f"the fleet has room for only {len(entries)} readings before {today}")
    return entries


def portal_reading_ids(url: str, product_ids, email: str = ADMIN) -> Counter:
    """How often each reading id appears on the portal for these products (asked directly, not through sync)."""
    with portal_session(url, email) as http:
        found: Counter = Counter()
        for product_id in sorted(set(product_ids)):
            answer = http.get(f"{url}/v1/products/{product_id}/meter-readings", timeout=10)
            answer.raise_for_status()
            found.update(r["id"] for r in answer.json())
        return found


def assert_arrived_exactly_once(url: str, engine, reading_ids: list[str]) -> None:
    sent = outbox.outbox_items(engine)
    products = {i.path.split("/")[2] for i in sent}
    on_portal = portal_reading_ids(url, products)
    assert [rid for rid in reading_ids if on_portal[rid] != 1] == []
    assert {i.state for i in sent} == {"sent"}


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"
