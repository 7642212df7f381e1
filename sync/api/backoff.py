"""When to try a failed request again: full-jitter exponential backoff ("Exponential Backoff And Jitter", AWS
Architecture Blog), never sooner than the portal's Retry-After.

Full jitter spreads a fleet of clients that all lost the network at once instead of having them hammer the portal in
lock-step when it comes back. Tests pass `Backoff(base=0)` to retry at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable


@dataclass(frozen=True)
class Backoff:
    base: float = 2.0
    cap: float = 15 * 60.0
    uniform: Callable[[float, float], float] = field(default=random.uniform, compare=False)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `attempts`-th failure (counting from 0), at least `retry_after`."""
        ceiling = min(self.cap, self.base * 2 ** min(attempts, 32))
        jittered = self.uniform(0.0, ceiling) if ceiling > 0 else 0.0
        return max(jittered, retry_after or 0.0)

    def next_attempt(self, now: datetime, attempts: int, retry_after: float | None = None) -> datetime:
        return now + timedelta(seconds=self.delay(attempts, retry_after))
