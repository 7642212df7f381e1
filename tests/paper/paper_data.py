"""The report tests' known fleet (`tests.sync.reports.fleet_data`) with a few cases and orders added, the PDFs'
text as pypdf extracts it, and page 1 as a PNG through pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import insert

from sync.cache.db import writer
from sync.cache.schema import case_messages, cases, order_lines, orders
from sync.cache.stamps import to_iso
from tests.sync.reports.fleet_data import seeded_cache

LEAD_COPIES = Path("/tmp/paper-png")
"""Where every rendered page 1 is copied too, for a person to look at."""
LONG_MESSAGE = ("The toner warning came back on Monday although the cartridge was changed last week; could a "
                "technician look at the sensor when he is here for the drum anyway, before the end of the month?")


def full_cache(path: Path):
    engine = seeded_cache(path)
    with writer(engine).begin() as conn:
        for case_id, number, state, created, expected in (
                ("c1", "CS0000001", "in_progress", datetime(2026, 3, 1, 9, tzinfo=timezone.utc),
                 datetime(2026, 3, 2, 9, tzinfo=timezone.utc)),
                ("c2", "CS0000002", "awaiting_customer", datetime(2026, 2, 1, 9, tzinfo=timezone.utc), None)):
            conn.execute(insert(cases).values(
                id=case_id, number=number, type="support", product_id="p-1", category="paper_jam",
                department="technical_support", subject=f"Paper jam in tray 2 ({number})", description="",
                state=state, created_at=to_iso(created), expected_response_at=to_iso(expected) if expected else None,
                last_activity_at=to_iso(created)))
        conn.execute(insert(case_messages), [
            {"id": "m1", "case_id": "c1", "author_kind": "customer", "author_name": "Kari", "body": LONG_MESSAGE,
             "created_at": to_iso(datetime(2026, 3, 3, 10, tzinfo=timezone.utc))}])
        created = datetime(2026, 2, 10, 8, tzinfo=timezone.utc)
        conn.execute(insert(orders), [
            {"id": "o1", "number": "OR0001001", "product_id": "p-1", "state": "shipped", "created_at": to_iso(created),
             "carrier": "Bring", "tracking_ref": "70701", "sync_status": "synced"},
            {"id": "o2", "number": None, "product_id": "p-2", "state": "submitted",
             "created_at": to_iso(created + timedelta(days=1)), "carrier": None, "tracking_ref": None,
             "sync_status": "pending"}])
        conn.execute(insert(order_lines), [{"order_id": "o1", "position": 1, "article_id": "BK-1", "quantity": 2},
                                           {"order_id": "o2", "position": 1, "article_id": "ST-1", "quantity": 3}])
    return engine


def page_lines(path: Path) -> list[list[str]]:
    """Each page's text lines (one drawn text each), with the words' tabs and no-break spaces made plain spaces:
    "1\u00a0800" reads "1 800"."""
    pages = []
    for page in PdfReader(path).pages:
        text = unicodedata.normalize("NFC", page.extract_text()).replace("\t", " ").replace("\u00a0", " ")
        pages.append([" ".join(line.split()) for line in text.splitlines() if line.strip()])
    return pages


def has_row(lines: list[str], cells: list[str]) -> bool:
    """Whether `cells` (a row's texts left to right, empty ones left out) follow each other among `lines`."""
    size = len(cells)
    return any(lines[i:i + size] == cells for i in range(len(lines) - size + 1))


def grouped(value: int) -> str:
    """A number as both locales group it on paper, worked out here without Qt: 1 234 567."""
    return f"{value:,}".replace(",", " ")


def first_page_png(pdf: Path, folder: Path, name: str) -> Path:
    """Page 1 at 70 dpi as `folder/name.png` (and a copy in /tmp/paper-png for a person to look at)."""
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(folder / name)], check=True, capture_output=True, timeout=60)
    png = folder / f"{name}.png"
    LEAD_COPIES.mkdir(parents=True, exist_ok=True)
    shutil.copy(png, LEAD_COPIES / png.name)
    return png
