"""The business calendar requests are handled in: Mon–Fri 08:00–16:00 Europe/Oslo, Norwegian public holidays excluded.

The expected response time of a case counts only business time; a request submitted outside business hours counts
from the start of the next business day. Pure: the holiday calendar comes from the `holidays` package (no I/O).

`holidays`' Norwegian calendar can count every Sunday as a holiday; only its named holidays that fall on a weekday
matter here, and weekends are excluded on their own.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache

from domain.clock import ACCOUNT_TZ

DAY_START = time(8, 0)
DAY_END = time(16, 0)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def holiday_name(day: date) -> str | None:
    """The Norwegian name of the public holiday on `day`, if it is one (weekdays only)."""
    if day.weekday() >= 5:
        return None
    return _public_holidays(day.year).get(day)


def add_business_days(day: date, count: int) -> date:
    """The `count`th business day after `day` (`day` itself is not counted, whatever it is): asked on a Monday,
    3 business days on is the Thursday; asked on a Saturday, 1 is the Monday. `count` 0 is `day` itself."""
    if count < 0:
        raise ValueError("count must be 0 or more")
    for _ in range(count):
        day += timedelta(days=1)
        while not is_business_day(day):
            day += timedelta(days=1)
    return day


def is_business_time(moment: datetime) -> bool:
    local = _local(moment)
    return is_business_day(local.date()) and DAY_START <= local.time() < DAY_END


def next_business_start(moment: datetime) -> datetime:
    """`moment` itself (in Oslo time) if it is business time, else the start of the next business period."""
    local = _local(moment)
    day = local.date()
    if is_business_day(day):
        if local.time() < DAY_START:
            return _at(day, DAY_START)
        if local.time() < DAY_END:
            return local
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return _at(day, DAY_START)


def expected_response_at(submitted_at: datetime, response_time_hours: int) -> datetime:
    """When an answer is due: `response_time_hours` of business time after `submitted_at` (an aware datetime).
    Returned in Oslo time; a due time that falls exactly at closing is that day's 16:00, not the next morning."""
    if response_time_hours < 0:
        raise ValueError("response_time_hours must be 0 or more")
    remaining = timedelta(hours=response_time_hours)
    current = next_business_start(submitted_at)
    while True:
        closing = _at(current.date(), DAY_END)
        left_today = closing.replace(tzinfo=None) - current.replace(tzinfo=None)  # wall-clock business time
        if remaining <= left_today:
            return _at(current.date(), (datetime.combine(current.date(), current.time()) + remaining).time())
        remaining -= left_today
        current = next_business_start(closing)


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[date, str]:
    import holidays  # noqa: PLC0415 - 20 ms to load; the app's first paint does not need it

    calendar = holidays.country_holidays("NO", language="no", years=year)
    return {day: name for day, name in calendar.items() if day.weekday() < 5}


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(ACCOUNT_TZ)


def _at(day: date, clock_time: time) -> datetime:
    return datetime.combine(day, clock_time, ACCOUNT_TZ)
