"""The meter-reading rules both sides enforce: order of values, one reading per Oslo day, valid values, warnings."""

from datetime import date, datetime, timezone

import pytest

from domain import clock, problems
from domain.meter import (MAX_COUNTER_VALUE, InvalidCounterValue, PastReading, blocking, check_reading,
                          parse_counter_value)

COUNTERS = ("total", "bw", "colour")
HISTORY = (
    PastReading(date(2026, 9, 30), {"total": 10_000, "bw": 7_000, "colour": 3_000}),
    PastReading(date(2026, 10, 30), {"total": 12_000, "bw": 8_500, "colour": 3_500}),
)


def check(values, day=date(2026, 11, 25), today=date(2026, 11, 25), history=HISTORY, volume=2_000):
    return check_reading(counters=COUNTERS, values=values, reading_date=day, today=today, history=history,
                         normal_monthly_volume=volume)


def codes(found):
    return sorted((p.code, p.counter) for p in found)


def test_a_rising_reading_is_accepted():
    assert check({"total": 13_000, "bw": 9_000, "colour": 4_000}) == []


def test_an_unchanged_counter_is_accepted():
    assert check({"total": 12_000, "bw": 8_500, "colour": 3_500}) == []


def test_a_decreasing_counter_is_refused_with_the_previous_value():
    found = check({"total": 13_000, "bw": 8_499, "colour": 4_000})
    assert codes(found) == [(problems.METER_READING_DECREASED, "bw")]
    assert found[0].params == {"previous": 8_500, "previous_date": "2026-10-30"}
    assert "8500" in found[0].message and "2026-10-30" in found[0].message


def test_a_backdated_reading_must_not_exceed_the_later_one():
    found = check({"total": 12_500, "bw": 8_000, "colour": 3_200}, day=date(2026, 10, 15))
    assert codes(found) == [(problems.METER_READING_DECREASED, "total")]


def test_a_second_reading_on_the_same_day_is_refused():
    history = HISTORY + (PastReading(date(2026, 11, 25), {"total": 12_100, "bw": 8_550, "colour": 3_550}),)
    found = check({"total": 12_200, "bw": 8_600, "colour": 3_600}, history=history)
    assert problems.METER_ALREADY_SUBMITTED_TODAY in [p.code for p in found]


def test_a_future_date_is_refused():
    found = check({"total": 13_000, "bw": 9_000, "colour": 4_000}, day=date(2026, 11, 26))
    assert codes(found) == [(problems.METER_FUTURE_DATE, None)]


@pytest.mark.parametrize("bad", [-1, 1.5, "12", True, None, MAX_COUNTER_VALUE + 1, 10**30])
def test_values_that_are_not_whole_numbers_in_range_are_refused(bad):
    found = check({"total": bad, "bw": 9_000, "colour": 4_000})
    assert codes(found) == [(problems.METER_INVALID_VALUE, "total")]


def test_unknown_and_missing_counters_are_named():
    found = check({"total": 13_000, "bw": 9_000, "a3": 5})
    assert codes(found) == [(problems.METER_MISSING_COUNTER, "colour"), (problems.METER_UNKNOWN_COUNTER, "a3")]


def test_a_jump_far_above_normal_volume_is_a_warning_not_an_error():
    found = check({"total": 12_000 + 3 * 2_000 + 1, "bw": 9_000, "colour": 4_000})
    assert [(p.code, p.counter, p.severity) for p in found] == [(problems.METER_UNUSUAL_JUMP, "total", "warning")]
    assert blocking(found) == []


def test_the_jump_allowance_grows_with_the_months_since_the_last_reading():
    found = check({"total": 12_000 + 5_000, "bw": 9_000, "colour": 4_000}, day=date(2027, 1, 29),
                  today=date(2027, 1, 29))
    assert found == []


def test_the_first_reading_of_a_machine_has_nothing_to_compare_with():
    assert check({"total": 5, "bw": 3, "colour": 2}, history=()) == []


@pytest.mark.parametrize("text, value", [
    ("0", 0), ("1234567", 1_234_567), ("1 234 567", 1_234_567), ("1\u00a0234\u00a0567", 1_234_567),
    ("1\u202f234", 1_234), ("1.234.567", 1_234_567), (" 42 ", 42), ("999999999999", MAX_COUNTER_VALUE),
])
def test_typed_counters_are_read_with_grouping(text, value):
    assert parse_counter_value(text) == value


@pytest.mark.parametrize("text, reason", [
    ("", "Enter a value"), ("   ", "Enter a value"), ("-5", "negative"), ("1,5", "decimals"),
    ("12a", "digits only"), ("１２", "digits only"), ("1e6", "digits only"), ("1000000000000", "too large"),
    ("9" * 400, "too large"),
])
def test_bad_typed_counters_get_a_specific_reason(text, reason):
    with pytest.raises(InvalidCounterValue, match=reason):
        parse_counter_value(text)


@pytest.mark.parametrize("utc, oslo_day", [
    (datetime(2026, 11, 24, 22, 59, tzinfo=timezone.utc), date(2026, 11, 24)),  # 23:59 in Oslo (CET, +1)
    (datetime(2026, 11, 24, 23, 0, tzinfo=timezone.utc), date(2026, 11, 25)),   # midnight in Oslo
    (datetime(2026, 6, 30, 21, 59, tzinfo=timezone.utc), date(2026, 6, 30)),    # 23:59 in summer (CEST, +2)
    (datetime(2026, 6, 30, 22, 0, tzinfo=timezone.utc), date(2026, 7, 1)),
    (datetime(2026, 3, 29, 0, 59, tzinfo=timezone.utc), date(2026, 3, 29)),     # 01:59 → 03:00, spring forward
    (datetime(2026, 3, 28, 22, 59, tzinfo=timezone.utc), date(2026, 3, 28)),
    (datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc), date(2026, 10, 25)),   # 02:30 happens twice in autumn
    (datetime(2026, 10, 24, 21, 59, tzinfo=timezone.utc), date(2026, 10, 24)),  # 23:59 CEST the night before
    (datetime(2026, 10, 25, 22, 59, tzinfo=timezone.utc), date(2026, 10, 25)),  # 23:59 CET after the change
])
def test_the_reading_day_is_the_oslo_calendar_day(utc, oslo_day):
    assert clock.local_day(utc) == oslo_day
    assert clock.today(now=utc) == oslo_day


def test_two_readings_on_either_side_of_oslo_midnight_are_different_days():
    evening = clock.local_day(datetime(2026, 11, 24, 22, 30, tzinfo=timezone.utc))
    night = clock.local_day(datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc))
    history = (PastReading(evening, {"total": 100, "bw": 60, "colour": 40}),)
    assert check({"total": 110, "bw": 65, "colour": 45}, day=night, today=night, history=history) == []
    same = check({"total": 110, "bw": 65, "colour": 45}, day=evening, today=night, history=history)
    assert [p.code for p in same] == [problems.METER_ALREADY_SUBMITTED_TODAY]


def test_a_naive_moment_is_refused():
    with pytest.raises(ValueError):
        clock.local_day(datetime(2026, 11, 24, 12, 0))
