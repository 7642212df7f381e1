from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from sync.api.backoff import Backoff
from sync.api.errors import parse_retry_after

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("attempts, ceiling", [(0, 2), (1, 4), (5, 64), (9, 900), (50, 900), (10_000, 900)])
def test_full_jitter_stays_within_zero_and_the_capped_exponential(attempts, ceiling):
    seen = []
    backoff = Backoff(uniform=lambda low, high: seen.append((low, high)) or high)
    assert backoff.delay(attempts) == ceiling
    assert seen == [(0.0, ceiling)]


def test_real_jitter_spreads_delays_below_the_ceiling():
    delays = [Backoff().delay(3) for _ in range(200)]
    assert all(0 <= d <= 16 for d in delays)
    assert len(set(delays)) > 150


def test_retry_after_is_a_floor_for_the_delay():
    backoff = Backoff(uniform=lambda low, high: low)
    assert backoff.delay(4, retry_after=120) == 120
    assert Backoff(uniform=lambda low, high: high).delay(4, retry_after=3) == 32


def test_zero_base_retries_at_once_for_tests():
    assert Backoff(base=0).next_attempt(NOW, 7) == NOW


def test_next_attempt_adds_the_delay():
    backoff = Backoff(uniform=lambda low, high: high)
    assert backoff.next_attempt(NOW, 1) == NOW + timedelta(seconds=4)


def test_retry_after_in_seconds():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 0 ") == 0.0


def test_retry_after_as_http_date():
    header = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(header, now=NOW) == pytest.approx(90)


def test_retry_after_date_in_the_past_means_now():
    header = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(header, now=NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "-5", "1.5e3"])
def test_garbled_retry_after_is_ignored(value):
    assert parse_retry_after(value, now=NOW) is None
