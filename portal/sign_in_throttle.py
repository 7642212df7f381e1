"""Slowing down password guessing without locking the real user out for long.

Wrong passwords are counted three ways: per account and client address together, per client address (any account)
and per account (any address). Each count has some free failures; past them, every further failure locks that key
for a growing while (1 s, 2 s, 4 s, … at most `MAX_LOCK_SECONDS`). While any of a sign-in's keys is locked it is
answered 429 `rate_limited` with `Retry-After`, before the password is even checked (a right one included: else the
lock would not slow a guesser at all). A count is forgotten `FORGET_AFTER_SECONDS` after its last failure, and a
right password clears its account's counts (not its address's: an attacker could clear that with an account of their
own).

Why three: the pair stops one guesser quickly (5 free); the address stops one guesser trying many accounts (20 free);
the account stops many addresses guessing one account (50 free). The real user at another address is only held up by
the account count, which a single guesser cannot reach, and never for more than a minute at a time.

In memory, per process: this reference server is one process. The client address is the peer's (no proxy headers are
trusted). Right passwords never count, so tests and the demo that sign in correctly are never throttled.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Callable

FREE_FAILURES = {"pair": 5, "address": 20, "account": 50}
FIRST_LOCK_SECONDS = 1.0
MAX_LOCK_SECONDS = 60.0
FORGET_AFTER_SECONDS = 15 * 60.0
MAX_KEYS = 50_000
"""Counts kept at most; past it the oldest are dropped (a flood of made-up e-mails must not fill the memory)."""


@dataclass
class _Count:
    failures: int = 0
    locked_until: float = 0.0
    last_failure: float = 0.0


class SignInThrottle:
    """Thread-safe; `monotonic` is injectable so tests can move time."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._counts: dict[tuple[str, ...], _Count] = {}
        self._lock = threading.Lock()

    def retry_after(self, account: str, address: str) -> int:
        """Whole seconds until this sign-in may be tried, 0 when it may be tried now."""
        now = self._monotonic()
        with self._lock:
            waits = [count.locked_until - now for key in _keys(account, address)
                     if (count := self._live(key, now)) is not None]
        return math.ceil(max(waits, default=0.0)) if any(w > 0 for w in waits) else 0

    def failed(self, account: str, address: str) -> None:
        now = self._monotonic()
        with self._lock:
            for key in _keys(account, address):
                count = self._live(key, now) or self._counts.setdefault(key, _Count())
                count.failures += 1
                count.last_failure = now
                over = count.failures - FREE_FAILURES[key[0]]
                if over > 0:
                    count.locked_until = now + min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (over - 1))
            if len(self._counts) > MAX_KEYS:
                self._forget_oldest()

    def succeeded(self, account: str, address: str) -> None:
        with self._lock:
            self._counts.pop(("pair", account, address), None)
            self._counts.pop(("account", account), None)

    def _live(self, key: tuple[str, ...], now: float) -> _Count | None:
        count = self._counts.get(key)
        if count is not None and now - count.last_failure > FORGET_AFTER_SECONDS:
            del self._counts[key]
            return None
        return count

    def _forget_oldest(self) -> None:
        by_age = sorted(self._counts, key=lambda key: self._counts[key].last_failure)
        for key in by_age[:len(by_age) // 2]:
            del self._counts[key]


def _keys(account: str, address: str) -> tuple[tuple[str, ...], ...]:
    return (("pair", account, address), ("address", address), ("account", account))
