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
