"""Monthly print volume from a counter's reading history.

Readings are taken on arbitrary days (usually near each invoice date), so a month's volume is interpolated: between
two readings the counter is taken to rise evenly per day, and each month gets the part of every interval that falls
inside it. A month only partly covered by readings (before the first, after the last, the current month) reports what
the covered days add up to and says it is not complete; a month with no covered day has no volume at all. An interval
in which the counter went down (a replaced meter, a data error) is left out rather than shown as a negative volume.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Protocol, Sequence


class _Reading(Protocol):
    reading_date: date
    values: Mapping[str, int]


@dataclass(frozen=True)
class MonthlyVolume:
    month: date          # the first day of the month
    volume: int | None   # None: no reading interval covers any day of this month
    complete: bool       # False when readings cover only part of the month

    @property
    def known(self) -> bool:
        return self.volume is not None


def counter_points(history: Iterable[_Reading], counter: str = "total") -> list[tuple[date, int]]:
    """(date, value) of every reading that has `counter`, oldest first, one per day (the highest, if repeated).
    The caller leaves out readings that do not count (rejected ones)."""
    by_day: dict[date, int] = {}
    for reading in history:
        value = reading.values.get(counter)
        if isinstance(value, int) and not isinstance(value, bool):
            by_day[reading.reading_date] = max(value, by_day.get(reading.reading_date, value))
    return sorted(by_day.items())


def monthly_volumes(points: Sequence[tuple[date, int]], *, until: date, months: int = 24) -> list[MonthlyVolume]:
    """The volume of each of the `months` calendar months ending with the month of `until`, oldest first."""
    starts = [_add_months(date(until.year, until.month, 1), -offset) for offset in range(months - 1, -1, -1)]
    intervals = [(a, b) for a, b in zip(points, points[1:]) if b[1] >= a[1] and b[0] > a[0]]
    return [_month_volume(start, intervals) for start in starts]


def _month_volume(start: date, intervals: list[tuple[tuple[date, int], tuple[date, int]]]) -> MonthlyVolume:
    end = _add_months(start, 1)
    volume, covered = 0.0, 0
    for (d0, v0), (d1, v1) in intervals:
        overlap = (min(end, d1) - max(start, d0)).days
        if overlap > 0:
            volume += (v1 - v0) * overlap / (d1 - d0).days
            covered += overlap
    if covered == 0:
        return MonthlyVolume(start, None, False)
    return MonthlyVolume(start, round(volume), covered >= (end - start).days)


def _add_months(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)
