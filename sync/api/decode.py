"""Turn an HTTP response into a validated wire object or a typed error.

Every answer goes through here, so garbage (a captive portal's HTML page, a truncated body, a field of the wrong type)
becomes a `BadAnswer` that says what was wrong and where it came from, instead of a KeyError deep inside sync.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import requests
from pydantic import TypeAdapter, ValidationError

from domain import problems
from domain.wire import Problem
from sync.api.errors import BadAnswer, Busy, PortalError, RateLimited, Rejected, ServerError, parse_retry_after

T = TypeVar("T")


def decode(response: requests.Response, shape: type[T] | Any) -> T:
    """The body of a successful `response` validated as `shape` (a wire model or a typing form like list[Product])."""
    data = json_body(response)
    try:
        return TypeAdapter(shape).validate_python(data)
    except ValidationError as exc:
        raise BadAnswer(f"The portal answered with data of the wrong shape ({_first_error(exc)}) "
                        f"({_where(response)})") from exc


def json_body(response: requests.Response) -> Any:
    content_type = response.headers.get("Content-Type", "").lower()
    text = response.text
    if not text.strip():
        raise BadAnswer(f"The portal answered with an empty body instead of data ({_where(response)})")
    if "html" in content_type or text.lstrip()[:1] == "<":
        raise BadAnswer(f"The portal answered with an HTML page instead of data ({_where(response)})")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise BadAnswer(f"The portal answered with data that is not valid JSON ({_where(response)})") from exc


def error_for(response: requests.Response) -> PortalError:
    """The typed error for a non-2xx answer other than 401 (which the client handles by refreshing)."""
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if status >= 500:
        return ServerError(f"The portal had an internal error ({_where(response)})", status=status,
                           retry_after=retry_after)
    if status == 429:
        return RateLimited(f"The portal asks us to slow down ({_where(response)})", retry_after=retry_after)
    problem = problem_of(response)
    if status == 409 and problem.code == problems.IDEMPOTENCY_IN_PROGRESS:
        return Busy(f"The portal is still working on this request ({_where(response)})", retry_after=retry_after)
    return Rejected(problem)


def problem_of(response: requests.Response) -> Problem:
    """The RFC 9457 problem in a 4xx answer. A 4xx without one is not our portal talking: `BadAnswer`."""
    data = json_body(response)
    try:
        return Problem.model_validate(data)
    except ValidationError as exc:
        raise BadAnswer(f"The portal answered HTTP {response.status_code} without a valid problem description "
                        f"({_first_error(exc)}) ({_where(response)})") from exc


def _where(response: requests.Response) -> str:
    return f"HTTP {response.status_code} from {response.url}"


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    location = ".".join(str(part) for part in error["loc"]) or "the answer"
    more = len(exc.errors()) - 1
    return f"{location}: {error['msg']}" + (f", and {more} more" if more else "")
