"""Billing periods and the reading window before each invoice."""

from datetime import date

import pytest

from domain.billing import current_window, period_end, reading_due


@pytest.mark.parametrize("day, cycle, end", [
    (date(2026, 11, 25), "monthly", date(2026, 11, 30)),
    (date(2028, 2, 3), "monthly", date(2028, 2, 29)),
    (date(2026, 11, 25), "quarterly", date(2026, 12, 31)),
    (date(2026, 1, 1), "quarterly", date(2026, 3, 31)),
    (date(2026, 4, 1), "quarterly", date(2026, 6, 30)),
])
def test_period_end(day, cycle, end):
    assert period_end(day, cycle) == end


def test_window_is_the_last_days_before_the_invoice():
    window = current_window(date(2026, 11, 3), "monthly", 7)
    assert (window.opens, window.closes) == (date(2026, 11, 24), date(2026, 11, 30))
    assert date(2026, 11, 24) in window and date(2026, 11, 23) not in window


def test_due_only_inside_the_window_and_only_until_read():
    assert reading_due(date(2026, 11, 25), "monthly", 7, [date(2026, 10, 29)])
    assert not reading_due(date(2026, 11, 25), "monthly", 7, [date(2026, 10, 29), date(2026, 11, 24)])
    assert not reading_due(date(2026, 11, 20), "monthly", 7, [])
    assert not reading_due(date(2026, 11, 25), "quarterly", 7, [])
    assert reading_due(date(2026, 12, 28), "quarterly", 7, [])


def test_a_window_of_zero_days_still_covers_the_invoice_day():
    assert reading_due(date(2026, 11, 30), "monthly", 0, [])


def test_due_window_open_now_or_within_fourteen_days_and_not_read_in_it():
    from domain.billing import ReadingWindow, due_window  # noqa: PLC0415
    november = ReadingWindow(date(2026, 11, 24), date(2026, 11, 30))
    assert due_window(date(2026, 11, 25), "monthly", 7, date(2026, 10, 28)) == november
    assert due_window(date(2026, 11, 10), "monthly", 7, None) == november            # opens in 14 days
    assert due_window(date(2026, 11, 9), "monthly", 7, None) is None                  # opens in 15
    assert due_window(date(2026, 11, 26), "monthly", 7, date(2026, 11, 24)) is None   # read in it
    assert due_window(date(2026, 11, 25), "quarterly", 7, None) is None               # December's window
