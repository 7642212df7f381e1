"""Typed failures of a portal call, sorted by what the caller should do about them.

Transient ones (`PortalUnreachable`, `ServerError`, `RateLimited`, `Busy`, `BadAnswer`) are retried later with the
same Idempotency-Key; `Rejected` is the portal's final word on a request and goes to the user; `AuthFailed` and
`AuthRequired` send the user to the sign-in form; `NotAPortal` sends them back to the portal address they typed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic stays out of the start-up path; errors only carry a validated Problem
    from domain.wire import Problem


class PortalError(Exception):
    """Base of every portal failure. `str(error)` is an English sentence for the log and the CLI; `code` says what
    happened, for the app to word in the user's language."""

    transient = False
    code = "portal.error"


class PortalUnreachable(PortalError):
    """No answer at all: connection refused, DNS failure, TLS failure or timeout. We are (probably) offline."""

    transient = True
    code = "portal.unreachable"


class ServerError(PortalError):
    """The portal failed (5xx). It may or may not have done the work; a retry with the same key is safe."""

    transient = True
    code = "portal.server_error"

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class RateLimited(PortalError):
    """429: too many requests; `retry_after` is the portal's Retry-After in seconds (None when it gave none)."""

    transient = True
    code = "portal.rate_limited"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SignInThrottled(RateLimited):
    """429 at sign-in: too many wrong passwords, so the portal takes no sign-in of this account (or from this
    address) for `retry_after` seconds, not even a right one. The caller words it with the wait."""

    code = "auth.throttled"


class Busy(PortalError):
    """409 `idempotency.in_progress`: the portal is still working on an earlier attempt with this key."""

    transient = True
    code = "portal.busy"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class BadAnswer(PortalError):
    """The answer is not what the contract promises (HTML from a proxy, broken JSON, wrong shape)."""

    transient = True
    code = "portal.bad_answer"


class NotAPortal(BadAnswer):
    """At sign-in: the address answered, but not as a service portal does (a web site's page, a 404 or 401 without
    the portal's problem details, another service's JSON). Asking again gets the same answer: the user should check
    the address. Distinct from `PortalUnreachable` (no answer at all) and `AuthFailed` (the portal said no)."""

    transient = False
    code = "portal.not_a_portal"


class Rejected(PortalError):
    """A 4xx with the portal's problem details: retrying the same request will not help."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(_problem_text(problem))
        self.problem = problem


class AuthFailed(PortalError):
    """Wrong e-mail or password at sign-in."""

    code = "auth.failed"


class AuthRequired(PortalError):
    """The session cannot be renewed (no refresh token, or the portal refused it): the user must sign in again."""

    code = "auth.required"


def _problem_text(problem: Problem) -> str:
    details = "; ".join(e.message for e in problem.errors if e.message)
    return details or problem.detail or problem.title


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: either delta-seconds or an HTTP-date. None if absent or garbled."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
