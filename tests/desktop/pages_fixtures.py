"""Fixtures for the products and meter round pages: a cache filled directly (no portal, no network) and an
AppContext on it whose calendar day is fixed, so "due" and "today" never depend on when the tests run.

Import the fixtures you use into the test module: `from tests.desktop.pages_fixtures import offline_ctx  # noqa`.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import Engine, insert

from sync.cache.db import open_cache, writer
from sync.cache.schema import products, readings, sites

TODAY = date(2026, 11, 27)
"""Inside the monthly reading window (the last 5 days of November) of every monthly machine below."""

SITES = [("oslo", "Oslo HQ", "Karl Johans gate 1", "0154", "Oslo"),
         ("bergen", "Bergen office", "Bryggen 3", "5003", "Bergen"),
         ("trondheim", "Trondheim office", "Munkegata 10", "7011", "Trondheim")]
COUNTER_SETS = [
    [{"key": "total", "label": "Total"}, {"key": "bw", "label": "Black/white"}, {"key": "colour", "label": "Colour"}],
    [{"key": "total", "label": "Total"}],
    [{"key": "total", "label": "Total"}, {"key": "large_format_m2", "label": "Large format m²"}],
]
MODELS = ["Konica C300i", "Canon iR 2630i", "HP DesignJet T830"]
LOCATIONS = ["Building A, 2nd floor, copy room", "Reception", "Finance, room 412", "Warehouse", "Canteen corridor"]
NORMAL_VOLUME = 3000


@dataclass
class CacheWorkspace:
    """What AppContext needs of a Workspace: the engine (no portal client — these pages never go online)."""
    engine: Engine

    def close(self) -> None:
        self.engine.dispose()


def product_id(i: int) -> str:
    return f"p{i:05d}"


def serial(i: int) -> str:
    return f"SN{i:05d}"


def fill_cache(engine: Engine, count: int, *, history_months: int = 24, seed: int = 1) -> None:
    """`count` products: product i has counter set i % 3 (0: total/bw/colour, 1: total, 2: total/large format),
    monthly readings on the 25th for `history_months` months up to 25.10.2026 (so monthly machines are due on
    TODAY), except that every fourth product was already read on 26.11.2026 (not due). Product 1's newest reading is
    still pending; product 5 has a rejected reading."""
    rng = random.Random(seed)
    product_rows, reading_rows = [], []
    for i in range(count):
        counters = COUNTER_SETS[i % 3]
        site = SITES[i % len(SITES)]
        location = LOCATIONS[i % len(LOCATIONS)]
        model = MODELS[i % 3]
        product_rows.append(dict(
            id=product_id(i), serial=serial(i), model=model, family="A3 MFP", site_id=site[0], site_name=site[1],
            location=location, contact_name="Kari Nordmann", contact_email="kari@example.no",
            counters_json=json.dumps(counters), contract_number=f"K-{10000 + i}", response_time_hours=8,
            billing_cycle="monthly", reading_window_days=5, normal_monthly_volume=NORMAL_VOLUME, version=1,
            search_text=f"{serial(i)} {model} {site[1]} {location}".lower()))
        totals = 100_000 + i * 10
        months = history_months if i < 200 else min(history_months, 3)
        dates = [_add_months(date(2026, 10, 25), -m) for m in range(months - 1, -1, -1)]
        if i % 4 == 0:
            dates.append(date(2026, 11, 26))
        for n, day in enumerate(dates):
            totals += rng.randint(2000, 4000)
            values = {"total": totals}
            if counters[-1]["key"] == "colour":
                values["bw"] = totals * 2 // 3
                values["colour"] = totals - values["bw"]
            elif counters[-1]["key"] == "large_format_m2":
                values["large_format_m2"] = totals // 100
            status = "pending" if (i == 1 and n == len(dates) - 1) else "accepted"
            reading_rows.append(dict(id=f"r{i}-{n}", product_id=product_id(i), reading_date=day.isoformat(),
                                     values_json=json.dumps(values), status=status,
                                     submitted_at=None if status == "pending" else f"{day.isoformat()}T09:00:00+00:00",
                                     submitted_by="kari@example.no"))
        if i == 5:
            reading_rows.append(dict(id="r5-rejected", product_id=product_id(5), reading_date="2026-11-20",
                                     values_json=json.dumps({"total": 1, "bw": 1, "colour": 0}), status="rejected",
                                     submitted_at=None, submitted_by="kari@example.no"))
    with writer(engine).begin() as conn:
        conn.execute(insert(sites), [dict(zip(("id", "name", "address", "postcode", "city"), s)) for s in SITES])
        conn.execute(insert(products), product_rows)
        conn.execute(insert(readings), reading_rows)


def _add_months(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, day.day)


def make_context(engine: Engine):
    from desktop.context import AppContext

    class FixedDayContext(AppContext):
        def today(self) -> date:
            return TODAY

    return FixedDayContext(CacheWorkspace(engine))


def new_cache(folder: Path, count: int) -> Engine:
    engine = open_cache(folder / "cache.sqlite")
    fill_cache(engine, count)
    return engine


@pytest.fixture
def small_cache(tmp_path: Path) -> Iterator[Engine]:
    """40 machines with two years of monthly readings; each test gets its own copy to write into."""
    engine = new_cache(tmp_path, 40)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def big_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """1,200 machines, shared by a module's read-only tests."""
    engine = new_cache(tmp_path_factory.mktemp("big-cache"), 1200)
    yield engine
    engine.dispose()


@pytest.fixture
def offline_ctx(qapp, small_cache: Engine) -> Iterator:
    ctx = make_context(small_cache)
    yield ctx
    assert ctx.wait_idle(), "database writes were still running at the end of the test"


@pytest.fixture
def big_ctx(qapp, big_cache: Engine) -> Iterator:
    ctx = make_context(big_cache)
    yield ctx
    assert ctx.wait_idle()
