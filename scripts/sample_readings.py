"""Write a meter-readings CSV that the demo portal accepts on a given day: `docs/sample-readings.csv` for today.

    python scripts/sample_readings.py                                   # today, to docs/sample-readings.csv
    python scripts/sample_readings.py --day 25.11.2026 -o my-round.csv  # another day, another file

The demo data (`python -m portal --demo`, `portal-server --demo`) is deterministic: the same machines and counter
values in every fresh database, with the history ending last month. So a sample with fixed dates goes stale: a
reading dated before a machine's last one, or on the same day, is refused. This script seeds the demo data in memory
for `--day`, takes four machines Kari (kari@example.no) sees — two colour copiers, a mono printer and a large-format
printer, so the file shows an empty cell for a counter a machine lacks — and writes one reading per machine dated
`--day`, each counter about a month's normal volume above its last reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from sqlalchemy import select

from domain import clock
from portal.db import Store, assignments, meter_readings, products, users
from portal.seed import seed

DEFAULT_OUTPUT = ROOT / "docs" / "sample-readings.csv"
USER = "kari@example.no"
HEADER = ("serial", "date", "total", "bw", "colour", "large_format_m2")
WANTED = (("colour", 2), ("mono", 1), ("large", 1))
"""How many machines of each kind the sample holds."""


@dataclass(frozen=True)
class SampleRow:
    serial: str
    day: date
    values: dict[str, int]


def sample_rows(day: date) -> list[SampleRow]:
    """The sample's readings for `day`: one per chosen machine, every counter above its last demo reading."""
    store = Store("sqlite://")
    store.create_schema()
    with store.write() as conn:
        seed(conn, day)
    with store.read() as conn:
        machines = conn.execute(
            select(products.c.id, products.c.serial, products.c.counters_json, products.c.normal_monthly_volume)
            .join(assignments, assignments.c.product_id == products.c.id)
            .join(users, users.c.id == assignments.c.user_id)
            .where(users.c.email == USER).order_by(products.c.serial)).all()
        last = {m.id: _last_values(conn, m.id) for m in machines}
    store.dispose()
    chosen = []
    for kind, count in WANTED:
        of_kind = [m for m in machines if _kind(m.counters_json) == kind]
        chosen += of_kind[:count]
    return [SampleRow(m.serial, day, _risen(last[m.id], m.normal_monthly_volume)) for m in chosen]


def sample_csv(day: date) -> str:
    """The sample as the file holds it: `;`-separated, Norwegian dates, thousands with a space, as Excel writes."""
    lines = [";".join(HEADER)]
    for row in sample_rows(day):
        cells = [row.serial, f"{row.day:%d.%m.%Y}"]
        cells += [f"{row.values[key]:,}".replace(",", " ") if key in row.values else "" for key in HEADER[2:]]
        lines.append(";".join(cells))
    return "\n".join(lines) + "\n"


def _last_values(conn, product_id: str) -> dict[str, int]:
    newest = conn.execute(select(meter_readings.c.values_json).where(meter_readings.c.product_id == product_id)
                          .order_by(meter_readings.c.reading_date.desc()).limit(1)).scalar_one()
    return json.loads(newest)


def _kind(counters_json: str) -> str:
    keys = {counter["key"] for counter in json.loads(counters_json)}
    return "colour" if "colour" in keys else "large" if "large_format_m2" in keys else "mono"


def _risen(values: dict[str, int], volume: int) -> dict[str, int]:
    """About a month's normal use since the last reading (well inside the unusual-rise warning)."""
    risen = {"total": values["total"] + volume}
    if "colour" in values:
        colour = volume * values["colour"] // max(1, values["total"])
        risen.update(bw=values["bw"] + volume - colour, colour=values["colour"] + colour)
    if "large_format_m2" in values:
        risen["large_format_m2"] = values["large_format_m2"] + volume // 2
    return risen


def _day(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 2026-11-25 or 25.11.2026)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--day", type=_day, default=None, help="the readings' date (default: today in Norway)")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help=f"default: {DEFAULT_OUTPUT}")
    args = parser.parse_args(argv)
    day = args.day or clock.today()
    args.output.write_text(sample_csv(day), encoding="utf-8")
    print(f"Wrote {args.output}: readings of {day:%d.%m.%Y} for machines {USER} sees in the demo portal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
