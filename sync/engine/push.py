"""Send the outbox: due items in `seq` order, one attempt each, each committed as `sending` before it goes out.

What a failure does to the item (and to the rest of this round):
- no connection / timeout: back to queued with backoff, and stop (we are offline; no point hammering);
- 429: back to queued no sooner than Retry-After, and stop (the portal asked us to slow down);
- 5xx, 409 in-progress, a garbled answer: back to queued with backoff; its group waits, other groups go on;
- any other 4xx: rejected with the portal's problem; later items of its group are held until the user acts;
- our sign-in expired: back to queued without counting an attempt, and stop;
- it cannot be built here (an attachment's copy is gone): rejected with our own reason, like a 4xx.
The Idempotency-Key never changes on these paths, so a request the portal did get is not done twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from pydantic import TypeAdapter, ValidationError

from sync.api import (
    AuthRequired,
    BadAnswer,
    PortalClient,
    PortalError,
    PortalUnreachable,
    RateLimited,
    Rejected,
)
from sync.api.backoff import Backoff
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.engine import replay
from sync.features import request_kind
from sync.outbox import queue as outbox
from sync.outbox.records import LocalProblem, OutboxItem

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass
class PushResult:
    pushed: int = 0
    rejected: int = 0
    offline_error: str | None = None
    auth_required: bool = False
    error: str | None = None
    error_code: str | None = None
    changed: Changed = field(default_factory=dict)


class _Stop(Exception):
    pass


def push(engine, client: PortalClient, *, backoff: Backoff, now: Callable[[], datetime],
         progress: Progress, cancelled: Callable[[], bool], data_dir: Path | None = None) -> PushResult:
    """Send what is due. `data_dir` is where queued attachment copies live (their bytes are read at send time)."""
    outbox.recover_interrupted(engine)
    result = PushResult()
    items = outbox.outbox_items(engine, ("queued", "rejected"))
    blocked = {i.group_key for i in items if i.state == "rejected"}
    todo = [i for i in items if i.state == "queued"]
    started = now()
    for done, item in enumerate(todo):
        if cancelled():
            break
        progress("push", done, len(todo))
        if item.group_key in blocked or (item.next_attempt_at and item.next_attempt_at > started):
            blocked.add(item.group_key)
            continue
        try:
            if not _send_one(engine, client, item, result, backoff, now, data_dir):
                blocked.add(item.group_key)
        except _Stop:
            break
    progress("push", len(todo), len(todo))
    return result


def _send_one(engine, client: PortalClient, item: OutboxItem, result: PushResult, backoff: Backoff,
              now: Callable[[], datetime], data_dir: Path | None) -> bool:
    """True when the item was sent; raises _Stop when the round must end."""
    if not outbox.claim(engine, item.seq):
        return False
    try:
        body, headers = wire_request(item, data_dir)
    except LocalProblem as exc:
        log.info("Outbox item %s cannot be sent: %s", item.seq, exc)
        merge_changed(result.changed, replay.rejected(engine, item, exc.problem()))
        result.rejected += 1
        return False
    try:
        extra = {"headers": headers} if headers else {}
        answer = client.send(item.method, item.path, body, idempotency_key=item.idempotency_key, **extra)
        shaped = _shape(item, answer.data, client, answer.status)
    except Rejected as exc:
        log.info("Outbox item %s rejected: %s", item.seq, exc)
        merge_changed(result.changed, replay.rejected(engine, item, exc.problem.model_dump()))
        result.rejected += 1
        return False
    except AuthRequired as exc:
        outbox.mark_failed(engine, item, str(exc), now(), code=exc.code, count_attempt=False)
        result.auth_required, result.error, result.error_code = True, str(exc), exc.code
        raise _Stop from exc
    except (PortalUnreachable, RateLimited) as exc:
        _retry_later(engine, item, exc, backoff, now)
        result.offline_error = str(exc) if isinstance(exc, PortalUnreachable) else None
        result.error, result.error_code = str(exc), exc.code
        raise _Stop from exc
    except PortalError as exc:  # ServerError, Busy, BadAnswer: this item waits, others go on
        _retry_later(engine, item, exc, backoff, now)
        result.error, result.error_code = str(exc), exc.code
        return False
    with writer(engine).begin() as conn:
        merge_changed(result.changed, replay.sent(conn, item, shaped, now()))
    result.pushed += 1
    return True


def wire_request(item: OutboxItem, data_dir: Path | None) -> tuple[dict[str, Any], dict[str, str]]:
    """The body and extra headers to send for `item`.

    Body keys starting with "_" are ours, never sent: "_if_match" becomes the If-Match header, the rest (e.g. the
    state to restore on a rejection) stay local. A kind with a `wire_body` builds the rest (an attachment reads its
    file at send time); it raises LocalProblem when the item cannot be sent as it stands.
    """
    body = {k: v for k, v in item.body.items() if not k.startswith("_")}
    headers = {"If-Match": str(item.body["_if_match"])} if item.body.get("_if_match") else {}
    kind = request_kind(item.kind)
    if kind.wire_body is not None:
        body = kind.wire_body(item, body, data_dir)
    return body, headers


def _shape(item: OutboxItem, data: Any, client: PortalClient, status: int) -> Any:
    shape = request_kind(item.kind).answer
    if shape is None or data is None:
        return data
    try:
        return TypeAdapter(shape).validate_python(data)
    except ValidationError as exc:
        raise BadAnswer(f"The portal answered {item.kind} with data of the wrong shape "
                        f"(HTTP {status} from {client.base_url}/v1{item.path})") from exc


def _retry_later(engine, item: OutboxItem, exc: PortalError, backoff: Backoff, now: Callable[[], datetime]) -> None:
    retry_after = getattr(exc, "retry_after", None)
    when = backoff.next_attempt(now(), item.attempts, retry_after)
    log.info("Outbox item %s failed (%s); next attempt at %s", item.seq, exc, when.isoformat())
    params = {"status": exc.status} if isinstance(getattr(exc, "status", None), int) else {}
    outbox.mark_failed(engine, item, str(exc), when, code=exc.code, params=params)
