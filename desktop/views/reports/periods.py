"""The periods a report offers ("this month", "last month", "this year", "last year", or a range the user types), as
the first and last day they cover on a given day. Plain dates only: the page words the presets."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from sync.reports.request import Period

Preset = Literal["this_month", "last_month", "this_year", "last_year", "range"]
PRESETS: tuple[Preset, ...] = ("this_month", "last_month", "this_year", "last_year", "range")


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    following = (first + timedelta(days=31)).replace(day=1)
    return Period(first, following - timedelta(days=1))


def preset_period(preset: Preset, today: date) -> Period:
    """The period `preset` names on `today` (a "range" starts as this month, for the user to change)."""
    if preset == "last_month":
        return month_of(today.replace(day=1) - timedelta(days=1))
    if preset == "this_year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    if preset == "last_year":
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    return month_of(today)


def file_stem(kind: str, period: Period | None, day: date) -> str:
    """A report file's default name from `kind`'s word (the form gives it in the user's language): "fleet-2026-11" for a month, "fleet-2026" for a year, "fleet-2026-11-03--
    2026-12-02" for another range, "due-2026-11-27" for a day."""
    if period is None:
        return f"{kind}-{day.isoformat()}"
    if period == month_of(period.first):
        return f"{kind}-{period.first:%Y-%m}"
    if period == Period(date(period.first.year, 1, 1), date(period.first.year, 12, 31)):
        return f"{kind}-{period.first.year}"
    return f"{kind}-{period.first.isoformat()}--{period.last.isoformat()}"
