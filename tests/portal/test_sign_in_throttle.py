"""Wrong passwords are throttled per account and address, with a growing wait of at most a minute, and the real user
at another address is not locked out. The rules with a moved clock, then the real portal over HTTP."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

from domain import problems
from portal.app import create_app
from portal.db import sqlite_url
from portal.sign_in_throttle import (
    FORGET_AFTER_SECONDS,
    MAX_LOCK_SECONDS,
    SignInThrottle,
)
from tests.portal.conftest import ADMIN, KARI, PASSWORD
from tests.support.portal_server import serve_app


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def throttle(clock) -> SignInThrottle:
    return SignInThrottle(monotonic=clock)


def fail(throttle: SignInThrottle, times: int, account: str = KARI, address: str = "10.0.0.1") -> None:
    for _ in range(times):
        throttle.failed(account, address)


def test_five_failures_are_free_then_the_wait_doubles_up_to_a_minute(throttle, clock):
    fail(throttle, 5)
    assert throttle.retry_after(KARI, "10.0.0.1") == 0
    waits = []
    for _ in range(10):
        fail(throttle, 1)
        waits.append(throttle.retry_after(KARI, "10.0.0.1"))
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]
    assert max(waits) == MAX_LOCK_SECONDS
    clock.now += 59.5
    assert throttle.retry_after(KARI, "10.0.0.1") == 1
    clock.now += 0.5
    assert throttle.retry_after(KARI, "10.0.0.1") == 0, "the lock ends on time"


def test_another_address_is_not_held_up_by_one_guesser_but_many_addresses_are(throttle):
    fail(throttle, 30, address="10.0.0.1")
    assert throttle.retry_after(KARI, "10.0.0.1") > 0
    assert throttle.retry_after(KARI, "192.168.1.20") == 0, "the real user at the office still signs in"
    for n in range(10):
        fail(throttle, 3, address=f"10.1.0.{n}")  # 60 failures in all on the account, from 11 addresses
    assert throttle.retry_after(KARI, "192.168.1.20") > 0, "a spread-out attack on one account is slowed too"
    assert throttle.retry_after(ADMIN, "192.168.1.20") == 0, "other accounts are not"


def test_one_address_trying_many_accounts_is_slowed(throttle):
    for n in range(21):
        throttle.failed(f"user{n}@example.no", "10.0.0.9")
    assert throttle.retry_after("someone.else@example.no", "10.0.0.9") == 1
    assert throttle.retry_after("someone.else@example.no", "10.0.0.10") == 0


def test_a_right_password_clears_the_account_but_not_the_address(throttle):
    fail(throttle, 25, address="10.0.0.1")  # the address: 25 failures, 5 past its free 20
    throttle.succeeded(KARI, "10.0.0.1")
    fail(throttle, 5, account=ADMIN, address="10.0.0.2")
    assert throttle.retry_after(ADMIN, "10.0.0.2") == 0, "the admin's own count starts again from nothing"
    throttle.failed(ADMIN, "10.0.0.1")
    assert throttle.retry_after(ADMIN, "10.0.0.1") > 0, "the address kept its count"
    fail(throttle, 5)
    assert throttle.retry_after(KARI, "10.0.0.3") == 0


def test_counts_are_forgotten_after_a_quiet_while(throttle, clock):
    fail(throttle, 12)
    clock.now += FORGET_AFTER_SECONDS + 1
    fail(throttle, 5)
    assert throttle.retry_after(KARI, "10.0.0.1") == 0


# --- the real portal -----------------------------------------------------------------------------------------------

@pytest.fixture
def portal(tmp_path: Path, clock) -> Iterator[str]:
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True)
    app.state.portal.sign_in_throttle = SignInThrottle(monotonic=clock)
    with serve_app(app) as url:
        yield url


def sign_in_from(url: str, source: str, email: str, password: str) -> tuple[int, dict, dict]:
    """POST /v1/auth/token from the loopback address `source` (Linux routes all of 127/8 to itself)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    conn.request("POST", "/v1/auth/token", body=json.dumps({"email": email, "password": password}),
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    body = json.loads(response.read())
    conn.close()
    return response.status, dict(response.getheaders()), body


def test_thirty_wrong_passwords_then_the_right_one_is_made_to_wait(portal, clock):
    answers = [sign_in_from(portal, "127.0.0.1", KARI, f"guess{n}") for n in range(30)]
    statuses = [status for status, _, _ in answers]
    assert statuses[:6] == [401] * 6 and statuses[6:] == [429] * 24
    status, headers, body = answers[6]
    assert body["code"] == problems.RATE_LIMITED and body["status"] == 429 and headers["retry-after"] == "1"
    assert headers["content-type"].startswith("application/problem+json")
    status, headers, body = sign_in_from(portal, "127.0.0.1", KARI, PASSWORD)
    assert status == 429, "a right password waits too, or the lock would not slow a guesser"
    clock.now += int(headers["retry-after"])
    status, _, body = sign_in_from(portal, "127.0.0.1", KARI, PASSWORD)
    assert status == 200 and body["access_token"]


def test_the_real_user_at_another_address_signs_in_while_a_guesser_is_locked_out(portal):
    for n in range(30):
        sign_in_from(portal, "127.0.0.1", KARI, f"guess{n}")
    assert sign_in_from(portal, "127.0.0.1", KARI, PASSWORD)[0] == 429
    status, _, body = sign_in_from(portal, "127.0.0.2", KARI, PASSWORD)
    assert status == 200 and body["access_token"]


def test_right_passwords_are_never_throttled(portal):
    assert all(sign_in_from(portal, "127.0.0.1", KARI, PASSWORD)[0] == 200 for _ in range(30))
