"""Monthly volumes interpolated from readings taken on arbitrary days."""

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

from domain.volumes import MonthlyVolume, counter_points, monthly_volumes


@dataclass(frozen=True)
class Reading:
    reading_date: date
    values: Mapping[str, int] = field(default_factory=dict)


def test_readings_on_month_boundaries_give_exact_differences():
    points = [(date(2026, 1, 1), 1000), (date(2026, 2, 1), 1310), (date(2026, 3, 1), 1590)]
    result = monthly_volumes(points, until=date(2026, 2, 15), months=2)
    assert result == [MonthlyVolume(date(2026, 1, 1), 310, True), MonthlyVolume(date(2026, 2, 1), 280, True)]


def test_an_interval_spanning_two_months_is_split_by_days():
    points = [(date(2026, 1, 21), 0), (date(2026, 2, 11), 2100)]  # 21 days: 11 in January, 10 in February
    jan, feb = monthly_volumes(points, until=date(2026, 2, 28), months=2)
    assert (jan.volume, feb.volume) == (1100, 1000)
    assert not jan.complete and not feb.complete


def test_months_without_readings_have_no_volume():
    points = [(date(2026, 5, 1), 0), (date(2026, 6, 1), 3100)]
    result = monthly_volumes(points, until=date(2026, 8, 10), months=5)
    assert [m.month.month for m in result] == [4, 5, 6, 7, 8]
    assert [m.volume for m in result] == [None, 3100, None, None, None]
    assert [m.known for m in result] == [False, True, False, False, False]


def test_the_window_crosses_the_year_and_has_the_requested_length():
    result = monthly_volumes([], until=date(2027, 1, 31), months=24)
    assert len(result) == 24
    assert result[0].month == date(2025, 2, 1) and result[-1].month == date(2027, 1, 1)


def test_a_decrease_is_left_out_not_negative():
    points = [(date(2026, 1, 1), 5000), (date(2026, 2, 1), 100), (date(2026, 3, 1), 400)]
    jan, feb = monthly_volumes(points, until=date(2026, 2, 1), months=2)
    assert jan.volume is None and feb == MonthlyVolume(date(2026, 2, 1), 300, True)


def test_counter_points_skip_readings_without_the_counter_and_sort_oldest_first():
    history = [Reading(date(2026, 3, 1), {"total": 30, "bw": 10}), Reading(date(2026, 1, 1), {"bw": 5}),
               Reading(date(2026, 2, 1), {"total": 20})]
    assert counter_points(history) == [(date(2026, 2, 1), 20), (date(2026, 3, 1), 30)]
    assert counter_points(history, "bw") == [(date(2026, 1, 1), 5), (date(2026, 3, 1), 10)]


def test_a_month_fed_by_an_estimated_reading_is_marked():
    points = [(date(2026, 1, 1), 0), (date(2026, 2, 1), 310), (date(2026, 3, 1), 590), (date(2026, 4, 1), 900)]
    jan, feb, mar = monthly_volumes(points, until=date(2026, 3, 31), months=3, estimated={date(2026, 3, 1)})
    assert (jan.estimated, feb.estimated, mar.estimated) == (False, True, True)
    assert (jan.volume, feb.volume, mar.volume) == (310, 280, 310)


def test_counter_types_by_the_machines_keys():
    from domain.volumes import typed_counters  # noqa: PLC0415
    assert typed_counters(("total", "bw", "colour")) == {"bw": "bw", "colour": "colour"}
    assert typed_counters(("total",)) == {"bw": "total"}
    assert typed_counters(("total", "large_format_m2")) == {"large_format": "large_format_m2"}
    assert typed_counters(()) == {}


def test_rise_and_period_months():
    from domain.volumes import period_months, rise  # noqa: PLC0415
    assert (rise(100, 150), rise(150, 100), rise(None, 5), rise(5, None)) == (50, None, None, None)
    assert period_months(date(2026, 1, 31), date(2026, 1, 31)) == [date(2026, 1, 1)]
    assert period_months(date(2025, 11, 15), date(2026, 2, 1)) == [date(2025, 11, 1), date(2025, 12, 1),
                                                                   date(2026, 1, 1), date(2026, 2, 1)]
