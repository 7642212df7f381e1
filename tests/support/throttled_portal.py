"""The real portal with the sign-in throttle on a clock the test moves: how long a locked sign-in waits
(Retry-After) is then known, however busy the machine is."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class MovableClock:
    """A monotonic clock that stands still until `advance` moves it."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@contextmanager
def throttled_portal(db_path: Path) -> Iterator[tuple[str, MovableClock]]:
    """Serve the demo portal whose sign-in throttle reads `clock`; yields (base URL, clock). Five wrong passwords
    are free; the sixth locks the account for 1 s, a wrong one after that lock for 2 s, then 4 s, …"""
    from portal.app import create_app
    from portal.db import sqlite_url
    from portal.sign_in_throttle import SignInThrottle
    from tests.support.portal_server import serve_app

    clock = MovableClock()
    app = create_app(sqlite_url(db_path), demo=True)
    app.state.portal.sign_in_throttle = SignInThrottle(monotonic=clock)
    with serve_app(app) as url:
        yield url, clock
