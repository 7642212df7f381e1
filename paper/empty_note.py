"""The one line a report with no data rows prints under its header row ("No machines are due on 04.12.2026."), so
the reader can tell "nothing to list" from "something broke". Worded per report kind (`empty.<kind>`; the lists
printed with Ctrl+P and any other kind say `empty.list`); readings due names its day, formatted the report's way."""

from __future__ import annotations

from paper.formats import Formats
from paper.style import PageStyle
from sync.reports.model import Report, Text

KINDS = ("readings", "fleet", "due", "cases", "orders")
DAY_FACT = "fact.due_on"


def empty_note(report: Report, formats: Formats) -> str:
    """The line to print, or "" when the table has a data row."""
    if any(row.kind == "data" for row in report.table.rows):
        return ""
    key = f"empty.{report.kind}" if report.kind in KINDS else "empty.list"
    if report.kind != "due":
        return formats.text(Text(key))
    day = next((fact for fact in report.facts if fact.label.key == DAY_FACT), None)
    return formats.text(Text(key, {"day": formats.fact(day) if day else ""}))


def note_height(note: str, style: PageStyle) -> float:
    """The room the line takes under the header row (none without a line)."""
    return style.line + 2 * style.row_pad if note else 0.0
