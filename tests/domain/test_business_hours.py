"""The business calendar: Mon–Fri 08:00–16:00 Europe/Oslo without Norwegian public holidays."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from domain.business_hours import (expected_response_at, holiday_name, is_business_day, is_business_time,
                                   next_business_start)
from domain.clock import ACCOUNT_TZ


def oslo(year, month, day, hour=0, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ACCOUNT_TZ)


@pytest.mark.parametrize("submitted, hours, due", [
    (oslo(2026, 11, 24, 9), 4, oslo(2026, 11, 24, 13)),          # within one day
    (oslo(2026, 11, 23, 8), 8, oslo(2026, 11, 23, 16)),          # due exactly at closing stays that day
    (oslo(2026, 11, 27, 14), 4, oslo(2026, 11, 30, 10)),         # Friday afternoon → Monday over the weekend
    (oslo(2026, 11, 28, 12), 4, oslo(2026, 11, 30, 12)),         # submitted on a Saturday
    (oslo(2026, 11, 24, 17, 30), 2, oslo(2026, 11, 25, 10)),     # after hours → next morning
    (oslo(2026, 11, 24, 16), 2, oslo(2026, 11, 25, 10)),         # at closing time → next morning
    (oslo(2026, 11, 24, 6), 2, oslo(2026, 11, 24, 10)),          # before opening → same morning
    (oslo(2026, 11, 23, 9), 16, oslo(2026, 11, 25, 9)),          # spans several days
    (oslo(2026, 11, 23, 9), 40, oslo(2026, 11, 30, 9)),          # a whole business week
    (oslo(2027, 3, 24, 15), 4, oslo(2027, 3, 30, 11)),           # Easter: Maundy Thu, Good Fri, Easter Mon
    (oslo(2027, 5, 14, 15), 2, oslo(2027, 5, 18, 9)),            # 17 May on a Monday (also Whit Monday in 2027)
    (oslo(2029, 5, 16, 15), 2, oslo(2029, 5, 18, 9)),            # 17 May on a Thursday
    (oslo(2025, 12, 24, 15), 4, oslo(2025, 12, 29, 11)),         # Christmas Day and Boxing Day
    (oslo(2026, 3, 27, 15), 4, oslo(2026, 3, 30, 11)),           # DST starts on the Sunday between
    (oslo(2026, 10, 23, 15), 4, oslo(2026, 10, 26, 11)),         # DST ends on the Sunday between
    (oslo(2026, 11, 24, 9), 0, oslo(2026, 11, 24, 9)),
])
def test_expected_response_counts_only_business_time(submitted, hours, due):
    assert expected_response_at(submitted, hours) == due


def test_dst_weeks_keep_local_opening_hours_in_utc():
    assert expected_response_at(oslo(2026, 3, 27, 15), 4).astimezone(timezone.utc) == datetime(
        2026, 3, 30, 9, tzinfo=timezone.utc)
    assert expected_response_at(oslo(2026, 10, 23, 15), 4).astimezone(timezone.utc) == datetime(
        2026, 10, 26, 10, tzinfo=timezone.utc)


def test_utc_input_is_read_in_oslo_time():
    # 07:30 UTC on a winter Tuesday is 08:30 in Oslo
    assert expected_response_at(datetime(2026, 11, 24, 7, 30, tzinfo=timezone.utc), 1) == oslo(2026, 11, 24, 9, 30)


@pytest.mark.parametrize("day, name", [
    (date(2027, 3, 25), "Skjærtorsdag"), (date(2027, 3, 26), "Langfredag"), (date(2027, 3, 29), "Andre påskedag"),
    (date(2029, 5, 17), "Grunnlovsdag"), (date(2026, 12, 25), "Første juledag"), (date(2025, 12, 26), "Andre juledag"),
])
def test_public_holidays_on_weekdays_are_closed(day, name):
    assert holiday_name(day) == name
    assert not is_business_day(day)


def test_weekends_are_closed_and_ordinary_weekdays_open():
    assert not is_business_day(date(2026, 11, 28)) and not is_business_day(date(2026, 11, 29))
    assert is_business_day(date(2026, 11, 30))
    assert is_business_day(date(2026, 12, 24))  # Christmas Eve is a working day
    assert holiday_name(date(2026, 11, 29)) is None  # a Sunday is closed as a weekend, not as a named holiday


def test_is_business_time_edges():
    assert is_business_time(oslo(2026, 11, 24, 8))
    assert is_business_time(oslo(2026, 11, 24, 15, 59))
    assert not is_business_time(oslo(2026, 11, 24, 16))
    assert not is_business_time(oslo(2026, 11, 24, 7, 59))
    assert not is_business_time(oslo(2027, 5, 17, 10))


def test_next_business_start():
    assert next_business_start(oslo(2026, 11, 24, 10)) == oslo(2026, 11, 24, 10)
    assert next_business_start(oslo(2026, 11, 27, 16)) == oslo(2026, 11, 30, 8)
    assert next_business_start(oslo(2027, 3, 24, 18)) == oslo(2027, 3, 30, 8)


def test_naive_moments_are_refused():
    with pytest.raises(ValueError):
        expected_response_at(datetime(2026, 11, 24, 9), 4)
