"""One reading a day counts days in Oslo, not UTC: the portal's clock stands either side of Oslo midnight."""

from datetime import date, datetime, timezone

import pytest

from domain import problems
from portal.app import create_app
from portal.db import sqlite_url
from tests.portal.conftest import ADMIN, assert_problem, next_values, sign_in
from tests.support.portal_server import serve_app


class MovableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def portal_at(tmp_path):
    """A fresh demo portal whose clock the test sets: yields (clock, url)."""
    def start(now: datetime):
        clock = MovableClock(now)
        return clock, serve_app(create_app(sqlite_url(tmp_path / "oslo.sqlite"), demo=True, clock=clock))
    return start


def post(session, product, values, day: date):
    return session.post_idem(f"/v1/products/{product['id']}/meter-readings",
                             json={"reading_date": day.isoformat(), "values": values})


@pytest.mark.parametrize("before_midnight, after_midnight, oslo_today, oslo_tomorrow", [
    # winter (CET, UTC+1): Oslo midnight is 23:00 UTC, while UTC is still on the same day
    (datetime(2026, 3, 10, 22, 59, tzinfo=timezone.utc), datetime(2026, 3, 10, 23, 0, tzinfo=timezone.utc),
     date(2026, 3, 10), date(2026, 3, 11)),
    # summer (CEST, UTC+2): Oslo midnight is 22:00 UTC
    (datetime(2026, 7, 1, 21, 59, tzinfo=timezone.utc), datetime(2026, 7, 1, 22, 0, tzinfo=timezone.utc),
     date(2026, 7, 1), date(2026, 7, 2)),
])
def test_the_day_turns_at_oslo_midnight(portal_at, before_midnight, after_midnight, oslo_today, oslo_tomorrow):
    clock, serving = portal_at(before_midnight)
    with serving as url:
        session = sign_in(url, ADMIN)
        product = session.get("/v1/products").json()[0]
        last = session.get(f"/v1/products/{product['id']}/meter-readings").json()[0]
        assert date.fromisoformat(last["reading_date"]).month == (oslo_today.month - 2) % 12 + 1
        early = next_values(product, last, rise=100)
        assert_problem(post(session, product, early, oslo_tomorrow), 422, problems.METER_FUTURE_DATE)
        assert post(session, product, early, oslo_today).status_code == 201
        later = next_values(product, {"values": early}, rise=100)
        assert_problem(post(session, product, later, oslo_today), 422, problems.METER_ALREADY_SUBMITTED_TODAY)
        clock.now = after_midnight  # the same UTC date, but a new day in Oslo
        accepted = post(session, product, later, oslo_tomorrow)
        assert accepted.status_code == 201, accepted.text
        assert accepted.json()["submitted_at"].startswith(after_midnight.date().isoformat())
