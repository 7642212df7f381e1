"""The account's calendar day: every "one reading per day" rule counts days in the account's time zone, not UTC."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

ACCOUNT_TZ_NAME = "Europe/Oslo"
ACCOUNT_TZ = ZoneInfo(ACCOUNT_TZ_NAME)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def local_day(moment: datetime, tz: ZoneInfo = ACCOUNT_TZ) -> date:
    """The calendar day `moment` falls on in `tz`. A naive datetime is refused: it would silently mean local time."""
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(tz).date()


def today(tz: ZoneInfo = ACCOUNT_TZ, now: datetime | None = None) -> date:
    return local_day(now or utc_now(), tz)
