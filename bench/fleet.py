"""A generated fleet for the benchmarks: 10,000 machines and 1,000,000 readings written straight into a migrated cache
with the raw `sqlite3` module. The time that takes is itself the floor the sync figures are compared with."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import date, datetime, timedelta, timezone
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


CASE_SUBJECTS = ["Papirstopp i skuff 2", "Striper på utskriftene", "Feilkode C-2557 på displayet", "Skann til e-post feiler",
                 "Maskinen er offline", "Toner ikke gjenkjent", "Faktura for oktober", "Endre kontaktperson",
                 "Blek utskrift", "Spørsmål om avtalen"]
CASE_CATEGORIES = [("paper_jam", "technical_support"), ("print_quality", "technical_support"),
                   ("error_code", "technical_support"), ("scan_send", "technical_support"),
                   ("network", "it_integration"), ("supplies", "supplies"), ("invoice", "finance"),
                   ("contract", "customer_service"), ("print_quality", "technical_support"),
                   ("contract", "customer_service")]
CASE_STATES = ["new", "in_progress", "awaiting_customer", "resolved", "closed", "closed", "closed", "cancelled"]


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def case_rows(count: int, products: list[tuple], rng: random.Random, now: datetime):
    """`count` cases over the last two years, the same shape `sync.cases.apply` stores (ISO UTC text, lower-cased
    search text); one in ten is an account question."""
    for i in range(count):
        kind = rng.randrange(len(CASE_SUBJECTS))
        category, department = CASE_CATEGORIES[kind]
        product = None if kind in (6, 7, 9) else rng.choice(products)
        created = now - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        activity = min(now, created + timedelta(minutes=rng.randint(0, 14 * 24 * 60)))
        number, subject = f"CS{i + 1:07d}", CASE_SUBJECTS[kind]
        description = f"{subject}. Gjelder {product[1] if product else 'kontoen'}; sak {i}."
        search = " ".join([number, subject, description] + ([product[1], product[2]] if product else [])).lower()
        yield (f"c{i:07d}", number, "support" if product else "account_question", product[0] if product else None,
               category, department, subject, description, "Kari Nordmann", "kari@example.no",
               rng.choice(CASE_STATES), _iso(created), _iso(created + timedelta(hours=8)), _iso(activity),
               int(rng.random() < 0.05), search)


def case_message_rows(case_id: str, count: int, start: datetime):
    for m in range(count):
        agent = m % 2 == 1
        yield (f"{case_id}-m{m:04d}", case_id, "agent" if agent else "customer",
               "Ola Service" if agent else "Kari Nordmann", f"Melding {m}: " + "Papiret sitter fast i skuff 2. " * 4,
               _iso(start + timedelta(minutes=10 * m)))


def add_cases(path: Path, count: int = 50_000, *, messages_on_first: int = 500, now: datetime | None = None) -> float:
    """Add `count` cases (and `messages_on_first` messages on case c0000000) to the fleet at `path`; returns the
    seconds the raw inserts took."""
    rng, now = random.Random(2027), now or datetime.now(timezone.utc)
    conn = sqlite3.connect(path)
    products = conn.execute("SELECT id, serial, model FROM products").fetchall()
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO cases (id, number, type, product_id, category, department, subject, description,"
                         " contact_name, contact_email, state, created_at, expected_response_at, last_activity_at,"
                         " unread, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         case_rows(count, products, rng, now))
        first_created = conn.execute("SELECT created_at FROM cases WHERE id = 'c0000000'").fetchone()
        if first_created and messages_on_first:
            conn.executemany("INSERT INTO case_messages (id, case_id, author_kind, author_name, body, created_at)"
                             " VALUES (?,?,?,?,?,?)", case_message_rows("c0000000", messages_on_first,
                                                                       datetime.fromisoformat(first_created[0])))
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


ORDER_STATES = ("submitted", "confirmed", "shipped", "delivered", "delivered", "delivered", "cancelled")
BENCH_ARTICLES = [("BK-1", "Toner svart", "Toner black", "toner", "black"), ("CY-1", "Toner cyan", "Toner cyan", "toner",
                  "cyan"), ("DR-1", "Trommel", "Drum", "drum", None), ("ST-1", "Stifter", "Staples", "staples", None)]


def add_orders(path: Path, count: int = 20_000, *, now: datetime | None = None) -> float:
    """Add a catalogue that fits every model and `count` orders (one to three lines each, most of them delivered,
    as in a long history) to the fleet at `path`; returns the seconds the raw inserts took."""
    rng, now = random.Random(2028), now or datetime.now(timezone.utc)
    conn = sqlite3.connect(path)
    products = conn.execute("SELECT id, serial, model FROM products").fetchall()
    models = sorted({p[2] for p in products})
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO articles (id, name_nb, name_en, kind, colour, page_yield, sort_key) "
                         "VALUES (?,?,?,?,?,?,?)", [(a, nb, en, kind, colour, 20_000, f"{i:04d}{a}")
                                                      for i, (a, nb, en, kind, colour) in enumerate(BENCH_ARTICLES)])
        conn.executemany("INSERT INTO article_models (article_id, model) VALUES (?,?)",
                         [(a[0], m) for a in BENCH_ARTICLES for m in models])
        orders, lines = [], []
        for n in range(count):
            product_id, serial, model = rng.choice(products)
            state = rng.choice(ORDER_STATES)
            created = now - timedelta(minutes=n * 17 + rng.randint(0, 16))
            chosen = rng.sample(BENCH_ARTICLES, rng.randint(1, 3))
            tracking = f"7072{n:013d}" if state in ("shipped", "delivered") else None
            order_id = f"o{n:07d}"
            orders.append((order_id, f"OR{1001 + n:07d}", product_id, state, created.isoformat(), "kari@example.no",
                           "Bring" if tracking else None, tracking, "synced", state,
                           " ".join([f"or{1001 + n:07d}", serial.lower(), model.lower(), tracking or "",
                                     *(f"{a[0].lower()} {a[1].lower()} {a[2].lower()}" for a in chosen)])))
            lines += [(order_id, position, a[0], rng.randint(1, 4)) for position, a in enumerate(chosen, start=1)]
        conn.executemany("INSERT INTO orders (id, number, product_id, state, created_at, created_by, carrier, "
                         "tracking_ref, sync_status, portal_state, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?)", orders)
        conn.executemany("INSERT INTO order_lines (order_id, position, article_id, quantity) VALUES (?,?,?,?)", lines)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
