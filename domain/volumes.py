"""Monthly print volume from a counter's reading history.

Readings are taken on arbitrary days (usually near each invoice date), so a month's volume is interpolated: between
two readings the counter is taken to rise evenly per day, and each month gets the part of every interval that falls
inside it. A month only partly covered by readings (before the first, after the last, the current month) reports what
the covered days add up to and says it is not complete; a month with no covered day has no volume at all. An interval
in which the counter went down (a replaced meter, a data error) is left out rather than shown as a negative volume.
A month that takes part of an interval ending or starting at an estimated reading (the vendor's, not a counted one)
says so. This is the one definition: the machine's chart, the reports and their exports all count volumes here.

Counter types: the finance department splits pages into black/white, colour and large format. A machine counts them
under its counter keys (`bw`, `colour`, `large_format_m2`); a machine that counts only `total` is a mono machine,
so its total is its black/white volume. On a colour or large-format machine `total` is the sum of the others and
is not a type of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Collection, Iterable, Mapping, Protocol, Sequence


class _Reading(Protocol):
    reading_date: date
    values: Mapping[str, int]


@dataclass(frozen=True)
class MonthlyVolume:
    month: date          # the first day of the month
    volume: int | None   # None: no reading interval covers any day of this month
    complete: bool       # False when readings cover only part of the month
    estimated: bool = False  # part of it comes from an interval that starts or ends at an estimated reading

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


def monthly_volumes(points: Sequence[tuple[date, int]], *, until: date, months: int = 24,
                    estimated: Collection[date] = ()) -> list[MonthlyVolume]:
    """The volume of each of the `months` calendar months ending with the month of `until`, oldest first.
    `estimated`: the days of the points that are estimated readings, so the months they feed are marked.

    One pass over the intervals, each adding its share to the months it overlaps (in interval order, so each
    month's sum is added up the same way whatever the number of months): a fleet summary runs this per machine."""
    starts = [_add_months(date(until.year, until.month, 1), -offset) for offset in range(months - 1, -1, -1)]
    bounds = starts + [_add_months(starts[-1], 1)] if starts else []
    months_volume = [_MonthSum() for _ in starts]
    first_index = bounds[0].year * 12 + bounds[0].month - 1 if bounds else 0
    for (d0, v0), (d1, v1) in zip(points, points[1:]):
        if v1 < v0 or d1 <= d0 or not bounds or d1 <= bounds[0] or d0 >= bounds[-1]:
            continue
        days, guessed = (d1 - d0).days, d0 in estimated or d1 in estimated
        i = max(0, d0.year * 12 + d0.month - 1 - first_index)
        while i < len(starts) and bounds[i] < d1:
            overlap = (min(bounds[i + 1], d1) - max(bounds[i], d0)).days
            if overlap > 0:
                months_volume[i].add((v1 - v0) * overlap / days, overlap, guessed)
            i += 1
    return [m.volume(start, (end - start).days) for m, start, end in zip(months_volume, bounds, bounds[1:])]


def period_months(first: date, last: date) -> list[date]:
    """The first day of each calendar month a period from `first` to `last` touches, oldest first (a report's
    months: whole months, so a period of 15 January to 14 March has January, February and March)."""
    count = (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1
    return [_add_months(date(first.year, first.month, 1), i) for i in range(count)]


def rise(previous: int | None, value: int | None) -> int | None:
    """A counter's volume from one reading to the next; None without both, or when it went down (left out, as in
    `monthly_volumes`)."""
    if previous is None or value is None or value < previous:
        return None
    return value - previous


COUNTER_TYPES: tuple[str, ...] = ("bw", "colour", "large_format")
"""The counter types a volume is split into, in the order reports show them."""
_TYPE_KEYS = {"bw": "bw", "colour": "colour", "large_format": "large_format_m2"}


def typed_counters(counter_keys: Collection[str]) -> dict[str, str]:
    """Counter type → the counter key a machine with `counter_keys` counts it in (module docstring: a mono machine's
    `total` is its black/white)."""
    found = {kind: key for kind, key in _TYPE_KEYS.items() if key in counter_keys}
    if not found and "total" in counter_keys:
        found["bw"] = "total"
    return found


class _MonthSum:
    __slots__ = ("sum", "covered", "guessed")

    def __init__(self) -> None:
        self.sum, self.covered, self.guessed = 0.0, 0, False

    def add(self, share: float, days: int, guessed: bool) -> None:
        self.sum += share
        self.covered += days
        self.guessed = self.guessed or guessed

    def volume(self, start: date, days_in_month: int) -> MonthlyVolume:
        if self.covered == 0:
            return MonthlyVolume(start, None, False)
        return MonthlyVolume(start, round(self.sum), self.covered >= days_in_month, self.guessed)


def _add_months(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)
