"""How big a request body may be, checked before anything reads it.

FastAPI reads a body whole before a route or a dependency sees it (the Idempotency-Key fingerprint included), so a
200 MB POST to `/v1/auth/token` used to take 600 MB of memory before it was refused for being nonsense. This ASGI
middleware runs first: a body whose `Content-Length` is over the route's limit is answered 413 at once, unread; a body
without one (chunked) is counted as it streams in and answered 413 as soon as it passes the limit. Only a body within
its limit reaches the app, which is handed the bytes read here.

The limits are per route: JSON requests are small (the longest text is `domain.text_limits.MAX_TEXT` characters), an
attachment is a file of up to `domain.attachments.MAX_BYTES` in base64.
"""

from __future__ import annotations

import re

from domain import attachments, problems
from domain.text_limits import MAX_FILE_NAME
from portal.problems import ProblemError

JSON_BODY_BYTES = 512 * 1024
"""Any JSON request: room for a 20 000-character text even if every character is sent as a 12-byte JSON escape."""

ATTACHMENT_BODY_BYTES = 4 * -(-attachments.MAX_BYTES // 3) + 12 * MAX_FILE_NAME + 64 * 1024
"""An attachment: the largest allowed file in base64, its name (escaped) and the rest of the JSON around them."""

ROUTE_LIMITS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"/v1/cases/[^/]+/attachments"), ATTACHMENT_BODY_BYTES),
)


def limit_for(path: str) -> int:
    """The most bytes a request body to `path` may have."""
    for pattern, limit in ROUTE_LIMITS:
        if pattern.fullmatch(path):
            return limit
    return JSON_BODY_BYTES


class BodyLimitMiddleware:
    """Refuse an over-limit body with 413 problem+json before the app reads it (see the module's docstring)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(scope, limit).to_response()(scope, receive, send)
            return
        body = await _read_within(receive, limit)
        if body is None:
            await _too_large(scope, limit).to_response()(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)


async def _read_within(receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it passes `limit` bytes (the rest is never read)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)  # the client went away: the app finds out from its own receive
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive):
    """A `receive` that hands the app the body read already, then whatever comes next (a disconnect)."""
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses a malformed one before we ever see it
    return None


def _too_large(scope, limit: int) -> ProblemError:
    attachment = limit == ATTACHMENT_BODY_BYTES
    code = problems.CASE_ATTACHMENT_TOO_LARGE if attachment else problems.REQUEST_TOO_LARGE
    detail = (f"An attachment can be at most {attachments.MAX_BYTES // (1024 * 1024)} MB." if attachment else
              f"A request to {scope['path']} can have at most {limit // 1024} KB of body.")
    return ProblemError(413, code, detail, headers={"Connection": "close"})
