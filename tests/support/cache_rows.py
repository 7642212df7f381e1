"""Cases written straight into the cache tables (no portal, no outbox) for the cases list's query and widget tests.

`case_values(i, ...)` is one row of `cases` with every column set the way the sync's apply step stores it: times as
`sync.cache.stamps.to_iso` text, `search_text` lower-cased in Python."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import Engine, insert

from domain.cases import DEPARTMENTS, format_case_number
from sync.cache.db import writer
from sync.cache.schema import cases, products
from sync.cache.stamps import to_iso

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


def product_values(i: int, *, serial: str | None = None, model: str = "bizhub C300i") -> dict[str, Any]:
    serial = serial or f"SN{i:05d}"
    return dict(id=f"p{i:05d}", serial=serial, model=model, family="A3 colour MFP", site_id="oslo",
                site_name="Oslo HQ", location="Kopirom", counters_json=json.dumps([{"key": "total", "label": "Total"}]),
                contract_number=f"K{i}", response_time_hours=8, billing_cycle="monthly", reading_window_days=5,
                normal_monthly_volume=1000, version=1, search_text=f"{serial} {model}".lower())


def case_values(i: int, *, product: dict[str, Any] | None = None, state: str = "new", category: str = "paper_jam",
                subject: str | None = None, description: str = "Papiret kjører seg fast.",
                activity: datetime | None = None, created: datetime | None = None, unread: bool = False,
                sync_status: str = "synced", number: str | None | bool = True) -> dict[str, Any]:
    """Case `i`; `number=True` gives CS000000i, None leaves it out (a pending case). `product=None` makes an
    account question."""
    created = created or T0 + timedelta(hours=i)
    activity = activity or created
    subject = subject if subject is not None else f"Case {i}"
    number = format_case_number(i) if number is True else number
    words = [number or "", subject, description]
    if product:
        words += [product["serial"], product["model"]]
    return dict(id=f"c{i:06d}", number=number, type="support" if product else "account_question",
                product_id=product["id"] if product else None, category=category, department=DEPARTMENTS[category],
                subject=subject, description=description, state=state, created_at=to_iso(created),
                expected_response_at=to_iso(created + timedelta(hours=8)), last_activity_at=to_iso(activity),
                unread=int(unread), sync_status=sync_status, search_text=" ".join(words).lower())


def insert_rows(engine: Engine, case_rows: Iterable[dict[str, Any]], product_rows: Iterable[dict[str, Any]] = ()) -> None:
    product_rows, case_rows = list(product_rows), list(case_rows)
    with writer(engine).begin() as conn:
        if product_rows:
            conn.execute(insert(products), product_rows)
        if case_rows:
            conn.execute(insert(cases), case_rows)
