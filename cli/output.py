"""Tidy columns for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any, Sequence, TextIO

from domain.text_limits import is_control

DATE_FORMAT = "%d.%m.%Y"
"""How the command line shows a date to people: as the Norwegian office writes it, and as `--date` and a readings
file take it (25.11.2026). JSON output keeps ISO 8601 for scripts."""
DATE_TIME_FORMAT = f"{DATE_FORMAT} %H:%M"
"""A moment, in the computer's time zone."""


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, out: TextIO | None = None) -> None:
    """Print `rows` under `headers` in aligned columns; numbers are right-aligned and grouped (1,234,567)."""
    out = out or sys.stdout
    cells = [[_cell(value) for value in row] for row in rows]
    numeric = [all(isinstance(row[i], int) and not isinstance(row[i], bool) for row in rows) if rows else False
               for i in range(len(headers))]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    print(_line(headers, widths, numeric), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in cells:
        print(_line(row, widths, numeric), file=out)


def grouped(value: int) -> str:
    """A number as the command line's English writes it: 1,234,567 (tables, messages and problems alike)."""
    return f"{value:,}"


def as_json(data: Any, *, out: TextIO | None = None) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=_default), file=out or sys.stdout)


def _line(values: Sequence[str], widths: Sequence[int], numeric: Sequence[bool]) -> str:
    parts = [v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric)]
    return "  ".join(parts).rstrip()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return grouped(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime(DATE_TIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return _visible(str(value))


def _visible(text: str) -> str:
    """A line break or other control character (stored before the portal refused them) as its escape ("\\n",
    "\\u2028"): raw, it broke the table's line or moved the terminal's cursor."""
    return "".join(ch.encode("unicode_escape").decode("ascii") if is_control(ch) else ch for ch in text)


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "items"):
        return dict(value)
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
