"""Idempotency keys: a repeated POST/PATCH gets the first answer again instead of doing the work twice.

The client makes a key when it queues a request and sends it on every attempt. Per (user, key) we keep a fingerprint
of the request (SHA-256 of method, path and canonical JSON body) and, once done, the exact answer. The life of a key:

1. claim: insert an `in_progress` row in its own committed transaction. A concurrent repeat now sees it (409), a
   repeat with another body is refused (422), a repeat of a completed request gets the stored answer replayed.
2. work: the real change and the row's update to `completed` (with status, body and headers) commit in ONE
   transaction, so a stored answer always means the work happened, and work that happened always has its answer.
   4xx answers are stored too: a retry of a refused request is refused the same way.
3. failure: if the work raises (a 5xx), the claim is deleted so a retry can run.

A claim left behind by a process that died mid-request is taken over after `STALE_AFTER`, and all claims are cleared
when the server starts (this reference server is one process; nothing can still be working on them).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated, Callable

from fastapi import Depends, Header, Request
from sqlalchemy import Connection, delete, insert, select, update
from starlette.responses import Response

from domain import problems
from portal.db import Store, idempotency_keys
from portal.problems import IDEMPOTENCY_HEADER, ProblemError

KEEP_FOR = timedelta(days=90)
STALE_AFTER = timedelta(seconds=60)
STORED_HEADERS = ("content-type", "etag", "location")
REPLAYED_HEADER = "Idempotent-Replayed"

Work = Callable[[Connection], Response]


@dataclass(frozen=True)
class IdempotentRequest:
    key: str
    fingerprint: str


def fingerprint(method: str, path: str, body: bytes) -> str:
    """SHA-256 of the request. The body is compared as canonical JSON, so key order and spacing do not matter."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    except (ValueError, UnicodeDecodeError, RecursionError):
        canonical = body
    digest = hashlib.sha256()
    for part in (method.upper().encode(), path.encode(), canonical):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


async def idempotent_request(
    request: Request,
    key: Annotated[str, Header(alias=IDEMPOTENCY_HEADER, min_length=1, max_length=255,
                               description="Required on every POST and PATCH (except /v1/auth/*): a UUID the client "
                                           "makes when it queues the request and re-sends on every retry.")],
) -> IdempotentRequest:
    body = await request.body()  # Starlette caches it: FastAPI reads the same bytes for the body model
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return IdempotentRequest(key=key, fingerprint=fingerprint(request.method, path, body))


IdempotencyKey = Annotated[IdempotentRequest, Depends(idempotent_request)]


def run(store: Store, *, user_id: str, request: IdempotentRequest, now: datetime, work: Work,
        before_work: Callable[[str], None] | None = None) -> Response:
    """Answer `request` exactly once: replay a stored answer, or claim the key, do `work` and store its answer.

    `work` runs inside the write transaction that also completes the key; a `ProblemError` it raises becomes the
    stored answer (its partial writes are rolled back to a savepoint). Anything else releases the key and propagates.
    """
    replay = _claim(store, user_id, request, now)
    if replay is not None:
        return replay
    try:
        if before_work is not None:
            before_work(request.key)
        with store.write() as conn:
            try:
                with conn.begin_nested():
                    response = work(conn)
            except ProblemError as refused:
                response = refused.to_response()
            _complete(conn, user_id, request.key, response)
        return response
    except BaseException:
        _release(store, user_id, request.key)
        raise


def purge(conn: Connection, now: datetime) -> None:
    """Forget keys older than `KEEP_FOR`, and claims no running request can hold (called at start-up)."""
    conn.execute(delete(idempotency_keys).where(idempotency_keys.c.created_at < _iso(now - KEEP_FOR)))
    conn.execute(delete(idempotency_keys).where(idempotency_keys.c.state == "in_progress"))


def _claim(store: Store, user_id: str, request: IdempotentRequest, now: datetime) -> Response | None:
    with store.write() as conn:
        row = conn.execute(select(idempotency_keys).where(idempotency_keys.c.user_id == user_id,
                                                          idempotency_keys.c.key == request.key)).first()
        if row is None:
            conn.execute(insert(idempotency_keys).values(
                user_id=user_id, key=request.key, fingerprint=request.fingerprint, state="in_progress",
                created_at=_iso(now)))
            return None
        if row.fingerprint != request.fingerprint:
            raise ProblemError(422, problems.IDEMPOTENCY_KEY_REUSED,
                               "This Idempotency-Key was already used for a different request. Make a new key for a "
                               "new request.")
        if row.state == "completed":
            return _replay(row)
        if row.created_at < _iso(now - STALE_AFTER):
            conn.execute(update(idempotency_keys).where(idempotency_keys.c.user_id == user_id,
                                                        idempotency_keys.c.key == request.key)
                         .values(created_at=_iso(now)))
            return None
        raise ProblemError(409, problems.IDEMPOTENCY_IN_PROGRESS,
                           "An earlier attempt of this request is still being processed. Retry shortly.",
                           headers={"Retry-After": "1"})


def _complete(conn: Connection, user_id: str, key: str, response: Response) -> None:
    headers = {name: value for name, value in response.headers.items() if name.lower() in STORED_HEADERS}
    conn.execute(update(idempotency_keys)
                 .where(idempotency_keys.c.user_id == user_id, idempotency_keys.c.key == key)
                 .values(state="completed", status_code=response.status_code, body=bytes(response.body),
                         headers_json=json.dumps(headers)))


def _release(store: Store, user_id: str, key: str) -> None:
    with store.write() as conn:
        conn.execute(delete(idempotency_keys).where(idempotency_keys.c.user_id == user_id,
                                                    idempotency_keys.c.key == key,
                                                    idempotency_keys.c.state == "in_progress"))


def _replay(row) -> Response:
    headers = json.loads(row.headers_json or "{}")
    headers[REPLAYED_HEADER] = "true"
    return Response(content=row.body, status_code=row.status_code, headers=headers)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")
