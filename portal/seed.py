"""The demo data: one Norwegian company with three sites, 40 machines and two years of monthly meter readings.

Deterministic (a fixed `random.Random` seed, ids drawn from it) so two fresh databases hold the same products; dates
count back from today in Europe/Oslo so the history always ends last month. Everything goes in with bulk inserts in
one transaction, change log included, so a fresh test database is ready in well under a second.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, time, timezone
from typing import Iterator

from sqlalchemy import Connection, func, insert, select

from domain import clock
from domain.product_requests import new_location
from domain.text_limits import MAX_INTERNAL_NAME
from portal import changes
from portal import seed_data as data
from portal.changes import ChangeRecord
from portal.db import (
    Store,
    accounts,
    assignments,
    meter_readings,
    products,
    sites,
    users,
)
from portal.passwords import hash_password

RANDOM_SEED = 20_24_06_01


def seed_if_empty(store: Store, today: date | None = None) -> bool:
    """Seed the demo account unless the database already holds an account. Returns whether it seeded."""
    with store.write() as conn:
        if conn.execute(select(func.count()).select_from(accounts)).scalar_one():
            return False
        seed(conn, today or clock.today())
        return True


def seed(conn: Connection, today: date) -> None:
    rng = random.Random(RANDOM_SEED)
    account_id = _uuid(rng)
    conn.execute(insert(accounts).values(id=account_id, name=data.COMPANY_NAME, org_number=data.ORG_NUMBER,
                                         time_zone=clock.ACCOUNT_TZ_NAME, **data.ACCOUNT_DETAILS))
    log = [ChangeRecord(account_id, "account", account_id)]
    site_ids = {key: _uuid(rng) for key, *_ in data.SITES}
    conn.execute(insert(sites), [{"id": site_ids[key], "account_id": account_id, "name": name, "address": address,
                                  "postcode": postcode, "city": city}
                                 for key, name, address, postcode, city in data.SITES])
    log += [ChangeRecord(account_id, "site", site_id) for site_id in site_ids.values()]
    user_ids = {email: _uuid(rng) for email, _, _ in data.USERS}
    conn.execute(insert(users), [{"id": user_ids[email], "account_id": account_id, "email": email, "name": name,
                                  "role": role, "password_hash": hash_password(data.DEMO_PASSWORD),
                                  "visibility_epoch": 0}
                                 for email, name, role in data.USERS])
    log += [ChangeRecord(account_id, "user", user_id) for user_id in user_ids.values()]
    machines = _machines(rng, account_id, site_ids)
    conn.execute(insert(products), machines)
    readings = list(_readings(rng, machines, today))
    conn.execute(insert(meter_readings), readings)
    conn.execute(insert(assignments), _assignments(rng, machines, site_ids, user_ids))
    for machine in machines:
        log.append(ChangeRecord(account_id, "product", machine["id"], machine["id"]))
    log += [ChangeRecord(account_id, "meter_reading", r["id"], r["product_id"]) for r in readings]
    changes.record(conn, log)


def _machines(rng: random.Random, account_id: str, site_ids: dict[str, str]) -> list[dict]:
    models = [model for model in data.MODELS for _ in range(model.count)]
    rng.shuffle(models)
    site_keys = [key for key, count in data.MACHINES_PER_SITE.items() for _ in range(count)]
    machines = []
    for number, (model, site_key) in enumerate(zip(models, site_keys), start=1):
        contact_name, contact_email = rng.choice(data.CONTACTS)
        machines.append({
            "id": _uuid(rng), "account_id": account_id, "site_id": site_ids[site_key],
            "serial": _serial(rng, model.serial), "model": model.name, "family": model.family,
            **_place(rng, number, site_key, model.name), "contact_name": contact_name, "contact_email": contact_email,
            "counters_json": json.dumps([{"key": key, "label": label} for key, label in model.counters]),
            "contract_number": f"SA-{2021 + number % 3}-{number:04d}",
            "response_time_hours": rng.choice(data.RESPONSE_TIMES),
            "billing_cycle": rng.choice(data.BILLING_CYCLES), "reading_window_days": rng.randint(5, 10),
            "normal_monthly_volume": rng.randrange(*model.volume, 50), "version": 1,
        })
    return machines


def _readings(rng: random.Random, machines: list[dict], today: date) -> Iterator[dict]:
    """One reading a month for `HISTORY_MONTHS` months, ending last month; every counter rises each month."""
    for machine in machines:
        counters = [c["key"] for c in json.loads(machine["counters_json"])]
        volume = machine["normal_monthly_volume"]
        values = _start_values(rng, counters, volume)
        colour_share = rng.uniform(0.15, 0.45)
        for months_back in range(data.HISTORY_MONTHS, 0, -1):
            day = _month_back(today, months_back).replace(day=rng.randint(20, 28))
            values = _next_values(rng, values, volume, colour_share)
            estimated = rng.random() < data.ESTIMATED_SHARE
            submitted = datetime.combine(day, time(rng.randint(8, 15), rng.randint(0, 59)), clock.ACCOUNT_TZ)
            yield {"id": _uuid(rng), "product_id": machine["id"], "reading_date": day.isoformat(),
                   "values_json": json.dumps(values), "status": "estimated" if estimated else "accepted",
                   "submitted_at": submitted.astimezone(timezone.utc).isoformat(), "submitted_by": "vendor"}


def _start_values(rng: random.Random, counters: list[str], volume: int) -> dict[str, int]:
    total = volume * rng.randint(6, 60)
    if "colour" in counters:
        colour = total // 4
        return {"total": total, "bw": total - colour, "colour": colour}
    if "large_format_m2" in counters:
        return {"total": total, "large_format_m2": total // 2}
    return {"total": total}


def _next_values(rng: random.Random, values: dict[str, int], volume: int, colour_share: float) -> dict[str, int]:
    rise = max(1, int(volume * rng.uniform(0.6, 1.4)))
    following = {"total": values["total"] + rise}
    if "colour" in values:
        colour_rise = int(rise * colour_share)
        following["bw"] = values["bw"] + rise - colour_rise
        following["colour"] = values["colour"] + colour_rise
    if "large_format_m2" in values:
        following["large_format_m2"] = values["large_format_m2"] + int(rise * rng.uniform(0.4, 0.9))
    return following


def _assignments(rng: random.Random, machines: list[dict], site_ids: dict[str, str],
                 user_ids: dict[str, str]) -> list[dict]:
    rows = []
    for email, (site_keys, count) in data.ASSIGNED.items():
        wanted = {site_ids[key] for key in site_keys}
        candidates = [m["id"] for m in machines if m["site_id"] in wanted]
        rows += [{"user_id": user_ids[email], "product_id": pid} for pid in rng.sample(candidates, count)]
    return rows


def _serial(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "@"
                   else ch for ch in pattern)


def _place(rng: random.Random, number: int, site_key: str, model: str) -> dict[str, str]:
    """Where a machine stands, its cost centre and internal name. The random draws are the ones the one-line location
    always took, so every other seeded value stays as it was; the rest follows from the machine's number."""
    building, floor, room = rng.choice(data.BUILDINGS), f"{rng.randint(1, 6)}. etasje", rng.choice(data.ROOMS)
    return {"location": new_location(building, floor, room), "building": building, "floor": floor, "room": room,
            "cost_centre": data.COST_CENTRES[site_key][number % len(data.COST_CENTRES[site_key])],
            "internal_name": f"{model.split()[-1]} {floor.split('.')[0]}. etg. {room}"[:MAX_INTERNAL_NAME]}


def _month_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
