"""A report period's days as bounds on the cache's moments (ISO UTC text): from midnight of the first day to
midnight after the last, in the account's time zone, so a case made at 00:30 on 1 January in Oslo is January's."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from domain.clock import ACCOUNT_TZ
from sync.cache.stamps import to_iso
from sync.reports.request import Period


def moment_bounds(period: Period) -> tuple[str, str]:
    """(first moment, first moment after) of the period, as comparable ISO UTC text."""
    start = datetime.combine(period.first, time(), ACCOUNT_TZ)
    end = datetime.combine(period.last + timedelta(days=1), time(), ACCOUNT_TZ)
    return to_iso(start), to_iso(end)
