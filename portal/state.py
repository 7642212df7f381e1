"""What every request handler needs from the running app: the store, the clock, the token lifetimes and the sign-in
throttle.

The clock is injectable so tests can stand on either side of midnight in Oslo; `before_work` is a hook tests set to
hold or fail an idempotent request between claiming its key and doing its work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from fastapi import Request

from domain import clock as domain_clock
from portal.db import Store
from portal.sign_in_throttle import SignInThrottle

REFRESH_TTL_SECONDS = 30 * 24 * 3600


@dataclass
class PortalState:
    store: Store
    access_ttl: int = 900
    refresh_ttl: int = REFRESH_TTL_SECONDS
    clock: Callable[[], datetime] = domain_clock.utc_now
    before_work: Callable[[str], None] | None = None
    sign_in_throttle: SignInThrottle = field(default_factory=SignInThrottle)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return domain_clock.today(now=self.clock())


def portal_state(request: Request) -> PortalState:
    return request.app.state.portal
