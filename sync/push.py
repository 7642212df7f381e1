"""Send the outbox: due items in `seq` order, one attempt each, each committed as `sending` before it goes out.

What a failure does to the item (and to the rest of this round):
- no connection / timeout: back to queued with backoff, and stop (we are offline; no point hammering);
- 429: back to queued no sooner than Retry-After, and stop (the portal asked us to slow down);
- 5xx, 409 in-progress, a garbled answer: back to queued with backoff; its group waits, other groups go on;
- any other 4xx: rejected with the portal's problem; later items of its group are held until the user acts;
- our sign-in expired: back to queued without counting an attempt, and stop.
The Idempotency-Key never changes on these paths, so a request the portal did get is not done twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

from pydantic import TypeAdapter, ValidationError

from domain.wire import MeterReading
from sync import outbox
from sync.api import (AuthRequired, BadAnswer, PortalClient, PortalError, PortalUnreachable, RateLimited,
                      Rejected)
from sync.apply import Changed, merge_changed
from sync.backoff import Backoff
from sync.cache.db import writer
from sync.records import OutboxItem

log = logging.getLogger(__name__)

ANSWER_SHAPES: dict[str, Any] = {"meter_reading.create": MeterReading}
"""What the portal answers to each kind of request; the answer is validated before it touches the cache."""

Progress = Callable[[str, int, int], None]


@dataclass
class PushResult:
    pushed: int = 0
    rejected: int = 0
    offline_error: str | None = None
    auth_required: bool = False
    error: str | None = None
    changed: Changed = field(default_factory=dict)


class _Stop(Exception):
    pass


def push(engine, client: PortalClient, *, backoff: Backoff, now: Callable[[], datetime],
         progress: Progress, cancelled: Callable[[], bool]) -> PushResult:
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
            if not _send_one(engine, client, item, result, backoff, now):
                blocked.add(item.group_key)
        except _Stop:
            break
    progress("push", len(todo), len(todo))
    return result


def _send_one(engine, client: PortalClient, item: OutboxItem, result: PushResult, backoff: Backoff,
              now: Callable[[], datetime]) -> bool:
    """True when the item was sent; raises _Stop when the round must end."""
    if not outbox.claim(engine, item.seq):
        return False
    try:
        answer = client.send(item.method, item.path, item.body, idempotency_key=item.idempotency_key)
        shaped = _shape(item, answer.data, client, answer.status)
    except Rejected as exc:
        log.info("Outbox item %s rejected: %s", item.seq, exc)
        merge_changed(result.changed, outbox.mark_rejected(engine, item, exc.problem.model_dump()))
        result.rejected += 1
        return False
    except AuthRequired as exc:
        outbox.mark_failed(engine, item, str(exc), now(), count_attempt=False)
        result.auth_required, result.error = True, str(exc)
        raise _Stop from exc
    except (PortalUnreachable, RateLimited) as exc:
        _retry_later(engine, item, exc, backoff, now)
        result.offline_error = str(exc) if isinstance(exc, PortalUnreachable) else None
        result.error = str(exc)
        raise _Stop from exc
    except PortalError as exc:  # ServerError, Busy, BadAnswer: this item waits, others go on
        _retry_later(engine, item, exc, backoff, now)
        result.error = str(exc)
        return False
    with writer(engine).begin() as conn:
        merge_changed(result.changed, outbox.mark_sent(conn, item, shaped, now()))
    result.pushed += 1
    return True


def _shape(item: OutboxItem, data: Any, client: PortalClient, status: int) -> Any:
    shape = ANSWER_SHAPES.get(item.kind)
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
    outbox.mark_failed(engine, item, str(exc), when)
