"""Billing periods and the reading window before each invoice.

The vendor invoices at the end of each billing period and wants a reading taken in the last `window_days` days of it;
a machine whose reading is missing then is "due" (and gets an estimated invoice if nobody reads it).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Literal

BillingCycle = Literal["monthly", "quarterly"]
CYCLE_MONTHS: dict[str, int] = {"monthly": 1, "quarterly": 3}


@dataclass(frozen=True)
class ReadingWindow:
    opens: date
    closes: date  # the invoice date: the last day of the billing period

    def __contains__(self, day: date) -> bool:
        return self.opens <= day <= self.closes


def period_end(day: date, cycle: BillingCycle) -> date:
    """The last day of the billing period `day` falls in (periods start in January)."""
    months = CYCLE_MONTHS[cycle]
    last_month = ((day.month - 1) // months + 1) * months
    return date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])


def current_window(day: date, cycle: BillingCycle, window_days: int) -> ReadingWindow:
    """The reading window of the billing period `day` falls in; it may still lie ahead of `day`."""
    closes = period_end(day, cycle)
    return ReadingWindow(opens=closes - timedelta(days=max(1, window_days) - 1), closes=closes)


def reading_due(today: date, cycle: BillingCycle, window_days: int, reading_dates: Iterable[date]) -> bool:
    """True when `today` lies in this period's reading window and no reading has been taken in it yet."""
    window = current_window(today, cycle, window_days)
    return today in window and not any(d in window for d in reading_dates)


DUE_LOOKAHEAD_DAYS = 14
"""The readings-due list also names machines whose window opens within this many days: the round can be planned."""


def due_window(day: date, cycle: BillingCycle, window_days: int, last_reading: date | None, *,
               lookahead_days: int = DUE_LOOKAHEAD_DAYS) -> ReadingWindow | None:
    """The reading window a machine still has to be read in, seen on `day`: this period's window when it is open or
    opens within `lookahead_days` and `last_reading` (the newest reading that counts; readings are never dated in
    the future) does not lie in it; None when nothing is due."""
    window = current_window(day, cycle, window_days)
    if window.opens > day + timedelta(days=lookahead_days):
        return None
    if last_reading is not None and last_reading >= window.opens:
        return None
    return window
