"""A generated fleet for the benchmarks: 10,000 machines and 1,000,000 readings written straight into a migrated cache
with the raw `sqlite3` module. The time that takes is itself the floor the sync figures are compared with."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from sync.cache.db import open_cache

MODELS = [
    ("imageRUNNER ADVANCE DX C5850i", "A3 colour MFP", [("total", "Total"), ("bw", "Black/white"), ("colour", "Colour")]),
    ("imageRUNNER ADVANCE DX 4945i", "A3 mono MFP", [("total", "Total")]),
    ("i-SENSYS X C1533P", "A4 colour printer", [("total", "Total"), ("bw", "Black/white"), ("colour", "Colour")]),
    ("imagePROGRAF TX-3100", "Large format", [("total", "Total"), ("large_format_m2", "Large format (m²)")]),
]
SITES = [("oslo", "Oslo HQ"), ("bergen", "Bergen"), ("trondheim", "Trondheim"), ("tromso", "Tromsø"), ("stavanger", "Stavanger")]


def product_rows(count: int, rng: random.Random) -> list[tuple]:
    rows = []
    for i in range(count):
        model, family, counters = rng.choice(MODELS)
        site_id, site_name = rng.choice(SITES)
        location = f"Bygg {rng.choice('ABCD')}, {rng.randint(1, 9)}. etasje, rom {rng.randint(100, 999)}"
        serial = f"{rng.choice(['XKB', 'WNM', 'QRT', 'LFP'])}{i:06d}"
        rows.append((f"p{i:06d}", serial, model, family, site_id, site_name, location, "Kari Nordmann",
                     "kari@example.no", json.dumps([{"key": k, "label": l} for k, l in counters]), f"SA-{i:06d}",
                     rng.choice([4, 8, 16]), rng.choice(["monthly", "quarterly"]), rng.randint(5, 10),
                     rng.randint(500, 20_000), 1, f"{serial} {model} {site_name} {location}".lower()))
    return rows


def reading_rows(products: list[tuple], per_product: int, today: date, rng: random.Random):
    for p in products:
        counters = [c["key"] for c in json.loads(p[9])]
        volume, total = p[14], rng.randint(0, 100_000)
        for m in range(per_product, 0, -1):
            total += int(volume * rng.uniform(0.6, 1.4))
            values = {key: (total if key == "total" else total // 2) for key in counters}
            day = today - timedelta(days=30 * m)
            yield (f"r{p[0]}-{m}", p[0], day.isoformat(), json.dumps(values), "accepted",
                   f"{day.isoformat()}T10:00:00+00:00", "vendor")


def build(path: Path, machines: int = 10_000, per_product: int = 100, today: date | None = None) -> float:
    """Write the fleet into a fresh cache at `path`; returns the seconds the raw inserts took."""
    open_cache(path).dispose()
    rng, today = random.Random(2026), today or date.today()
    products = product_rows(machines, rng)
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO products (id, serial, model, family, site_id, site_name, location, contact_name,"
                         " contact_email, counters_json, contract_number, response_time_hours, billing_cycle,"
                         " reading_window_days, normal_monthly_volume, version, search_text)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", products)
        conn.executemany("INSERT INTO readings (id, product_id, reading_date, values_json, status, submitted_at,"
                         " submitted_by) VALUES (?,?,?,?,?,?,?)", reading_rows(products, per_product, today, rng))
        conn.executemany("INSERT INTO sites (id, name, address, postcode, city) VALUES (?,?,?,?,?)",
                         [(sid, name, "Gate 1", "0150", name) for sid, name in SITES])
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
