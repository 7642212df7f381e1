"""How a report's typed cells read as text in a language, for the CSV (paper writes its own with Qt's locale,
`paper/formats.py`, and takes the wall clock from here): dates as the locale
writes them (nb 25.11.2026, en 2026-11-25), moments in the account's time zone, codes and flags through the
`Words`. Numbers: without grouping where a spreadsheet must read them (CSV), grouped for people (nb with a
no-break space: 1 234 567)."""

from __future__ import annotations

from datetime import date, datetime

from domain.clock import ACCOUNT_TZ
from sync.reports.model import Cell, Column, Text, Words

DATE_FORMATS = {"nb": "%d.%m.%Y", "en": "%Y-%m-%d"}
GROUP_SEPARATORS = {"nb": "\u00a0", "en": ","}


def local_moment(moment: datetime) -> datetime:
    """A stored moment (UTC) as the account's wall clock, without a zone: what a spreadsheet's date cell holds."""
    return moment.astimezone(ACCOUNT_TZ).replace(tzinfo=None)


def date_text(day: date, language: str) -> str:
    return day.strftime(DATE_FORMATS.get(language, DATE_FORMATS["en"]))


def moment_text(moment: datetime, language: str) -> str:
    local = local_moment(moment)
    return f"{date_text(local.date(), language)} {local:%H:%M}"


def grouped(value: int, language: str) -> str:
    return f"{value:,}".replace(",", GROUP_SEPARATORS.get(language, ","))


def cell_text(column: Column, value: Cell, words: Words, *, group: bool = False) -> str:
    """`value` of `column` as text; `group`: numbers with the locale's grouping (for people, not spreadsheets)."""
    if value is None or column.type == "box":
        return ""
    if column.type == "code":
        return words.text(Text(f"{column.codes}.{value}"))
    if column.type == "flag":
        return words.text(Text("value.yes")) if value else ""
    if isinstance(value, bool):
        return words.text(Text("value.yes")) if value else ""
    if isinstance(value, int):
        return grouped(value, words.language) if group else str(value)
    if isinstance(value, datetime):
        return moment_text(value, words.language)
    if isinstance(value, date):
        return date_text(value, words.language)
    return str(value)
