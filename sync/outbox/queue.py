"""The durable queue of requests for the portal.

An item is written in the same transaction as its optimistic cache row, with an Idempotency-Key made then and kept
through every retry and restart, so the portal does it exactly once however often we have to send it. States:

    queued ──claim──▶ sending ──▶ sent
       ▲                 │  └────▶ rejected ──resend (new key)──▶ queued
       └── transient ────┘                  └─discard──▶ (gone, with its optimistic row)

The queue knows nothing of cache rows: `sync.engine.replay` moves an item and its feature's optimistic row
together. A crash leaves items in `sending`; `recover_interrupted` puts them back to `queued` with the same key.
Items of one `group_key` go in `seq` order, and a rejected item holds the later items of its group until the user acts on it.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, Engine, func, insert, select, update

from domain.clock import utc_now
from sync.cache.db import writer
from sync.cache.schema import outbox
from sync.cache.stamps import from_iso, to_iso
from sync.outbox.records import OutboxCounts, OutboxItem, OutboxState

UNSENT_STATES: tuple[OutboxState, ...] = ("queued", "sending", "rejected")
UNREACHABLE = "portal.unreachable"
"""The wait code of an item whose last attempt got no answer at all (`sync.api.PortalUnreachable.code`)."""


class OutboxStateError(Exception):
    """The item is not in a state that allows this (e.g. resending one that was sent). `state` is the state it is in
    now, None when it is no longer in the queue (sent and cleared, or discarded): what the desktop words (`str()` is
    English for the log and the command line)."""

    def __init__(self, message: str, *, state: str | None = None) -> None:
        super().__init__(message)
        self.state = state


def enqueue(conn: Connection, *, kind: str, method: str, path: str, body: Mapping[str, Any], entity: str,
            entity_id: str, group_key: str, summary: str, now: datetime | None = None) -> OutboxItem:
    """Add a request inside the caller's write transaction (the one that writes the optimistic row)."""
    row = {"idempotency_key": str(uuid.uuid4()), "kind": kind, "method": method, "path": path,
           "body_json": json.dumps(dict(body), sort_keys=True), "entity": entity, "entity_id": entity_id,
           "group_key": group_key, "summary": summary, "state": "queued", "attempts": 0,
           "created_at": to_iso(now or utc_now())}
    seq = conn.execute(insert(outbox).values(**row)).inserted_primary_key[0]
    return _item(conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().one())


def outbox_items(engine: Engine, states: Iterable[OutboxState] | None = None) -> list[OutboxItem]:
    with engine.connect() as conn:
        return items_in(conn, states)


def items_in(conn: Connection, states: Iterable[OutboxState] | None = None) -> list[OutboxItem]:
    """`outbox_items` inside the caller's transaction."""
    stmt = select(outbox).order_by(outbox.c.seq)
    if states is not None:
        stmt = stmt.where(outbox.c.state.in_(list(states)))
    return [_item(row) for row in conn.execute(stmt).mappings()]


def outbox_item(engine: Engine, seq: int) -> OutboxItem | None:
    with engine.connect() as conn:
        row = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
    return _item(row) if row else None


def item_for_entity(engine: Engine, entity: str, entity_id: str) -> OutboxItem | None:
    """The newest item behind an optimistic row (e.g. to show why a reading was rejected)."""
    with engine.connect() as conn:
        row = conn.execute(select(outbox).where(outbox.c.entity == entity, outbox.c.entity_id == entity_id)
                           .order_by(outbox.c.seq.desc()).limit(1)).mappings().first()
    return _item(row) if row else None


def queued_item(conn: Connection, kind: str, entity_id: str) -> OutboxItem | None:
    """The newest still-queued item of `kind` for `entity_id` (not claimed, not rejected): one that can still be
    changed in place, inside the caller's transaction."""
    row = conn.execute(select(outbox).where(outbox.c.kind == kind, outbox.c.entity_id == entity_id,
                                            outbox.c.state == "queued").order_by(outbox.c.seq.desc())
                       .limit(1)).mappings().first()
    return _item(row) if row else None


def update_body(conn: Connection, seq: int, body: Mapping[str, Any]) -> bool:
    """Change the body of an item that is still queued and never tried (so its key has carried no other body)."""
    return conn.execute(update(outbox).where(outbox.c.seq == seq, outbox.c.state == "queued", outbox.c.attempts == 0)
                        .values(body_json=json.dumps(dict(body), sort_keys=True))).rowcount == 1


def outbox_counts(engine: Engine) -> OutboxCounts:
    with engine.connect() as conn:
        rows = conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state)).all()
    return OutboxCounts(**{state: n for state, n in rows if state in OutboxCounts.__dataclass_fields__})


def unsent_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(outbox.c.state.in_(UNSENT_STATES))).scalar_one()


def held_seqs(items: Iterable[OutboxItem]) -> set[int]:
    """Queued items that wait behind a rejected item of their group (in `seq` order)."""
    blocked: set[str] = set()
    held: set[int] = set()
    for item in sorted(items, key=lambda i: i.seq):
        if item.state == "rejected":
            blocked.add(item.group_key)
        elif item.state == "queued" and item.group_key in blocked:
            held.add(item.seq)
    return held


def recover_interrupted(engine: Engine) -> int:
    """Put items a crash left in `sending` back to `queued`, keeping their key (the portal replays if it got them)."""
    with writer(engine).begin() as conn:
        return conn.execute(update(outbox).where(outbox.c.state == "sending").values(state="queued")).rowcount


def retry_now(engine: Engine) -> int:
    """Make every queued item due at once (the user pressed "try again")."""
    with writer(engine).begin() as conn:
        return conn.execute(update(outbox).where(outbox.c.state == "queued").values(next_attempt_at=None)).rowcount


def next_due_at(engine: Engine) -> datetime | None:
    """When the next queued item may be sent (a past moment when one is due already); None when nothing waits.

    Items held behind a rejected item of their group do not count: only the user can free them.
    """
    items = outbox_items(engine, ("queued", "rejected"))
    held = held_seqs(items)
    due = [i for i in items if i.state == "queued" and i.seq not in held]
    if not due:
        return None
    return min(i.next_attempt_at or i.created_at for i in due)


def requeue(conn: Connection, seq: int, body: Mapping[str, Any], *, summary: str | None = None) -> OutboxItem:
    """A rejected item the user fixed: queued again with `body` and a NEW key (the old key belongs to the old body),
    inside the caller's transaction. It keeps its place (`seq`) in its group, so the items held behind it follow it
    again. Raises OutboxStateError unless the item is rejected."""
    _locked(conn, seq, allowed=("rejected",))
    conn.execute(update(outbox).where(outbox.c.seq == seq).values(
        body_json=json.dumps(dict(body), sort_keys=True), idempotency_key=str(uuid.uuid4()), state="queued",
        attempts=0, next_attempt_at=None, last_error=None, wait_code=None, wait_params_json=None, problem_json=None,
        **({"summary": summary} if summary else {})))
    return _item(conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().one())


def remove(conn: Connection, seq: int) -> OutboxItem:
    """Take an unsent item out of the queue (the user discards it), inside the caller's transaction; returns it as it
    was. Items being sent or already sent cannot be taken back (OutboxStateError)."""
    item = _locked(conn, seq, allowed=("queued", "rejected"))
    conn.execute(outbox.delete().where(outbox.c.seq == seq))
    return item


# --- transitions used by the sync engine ------------------------------------------------------------------------

def claim(engine: Engine, seq: int) -> bool:
    """queued → sending, committed before the request goes out. False if someone else took it meanwhile."""
    with writer(engine).begin() as conn:
        return conn.execute(update(outbox).where(outbox.c.seq == seq, outbox.c.state == "queued")
                            .values(state="sending")).rowcount == 1


def mark_sent(conn: Connection, item: OutboxItem, now: datetime) -> None:
    conn.execute(update(outbox).where(outbox.c.seq == item.seq).values(
        state="sent", sent_at=to_iso(now), attempts=item.attempts + 1, last_error=None, wait_code=None,
        wait_params_json=None, next_attempt_at=None))


def mark_rejected(conn: Connection, item: OutboxItem, problem: Mapping[str, Any]) -> None:
    """Rejected for good, with the portal's problem (the engine's replay tells the user, in the same transaction)."""
    conn.execute(update(outbox).where(outbox.c.seq == item.seq).values(
        state="rejected", attempts=item.attempts + 1, problem_json=json.dumps(dict(problem)),
        last_error=None, wait_code=None, wait_params_json=None, next_attempt_at=None))


def mark_failed(engine: Engine, item: OutboxItem, error: str, next_attempt_at: datetime, *,
                code: str = "portal.error", params: Mapping[str, Any] | None = None,
                count_attempt: bool = True) -> None:
    """Back to queued with the same key, due again at `next_attempt_at`. `code` (+ `params`) says why, for the
    app to word; `error` is the English sentence for the log and the CLI."""
    with writer(engine).begin() as conn:
        conn.execute(update(outbox).where(outbox.c.seq == item.seq).values(
            state="queued", attempts=item.attempts + (1 if count_attempt else 0), last_error=error[:1000],
            wait_code=code, wait_params_json=json.dumps(dict(params or {}), sort_keys=True),
            next_attempt_at=to_iso(next_attempt_at)))


def retry_unreachable(engine: Engine) -> int:
    """The portal answers again: every item that waits only because it could not be reached is due at once,
    not after its backoff. Returns how many."""
    with writer(engine).begin() as conn:
        return conn.execute(update(outbox).where(outbox.c.state == "queued", outbox.c.wait_code == UNREACHABLE,
                                                 outbox.c.next_attempt_at.is_not(None))
                            .values(next_attempt_at=None)).rowcount


def _locked(conn: Connection, seq: int, *, allowed: tuple[str, ...]) -> OutboxItem:
    row = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
    if row is None:
        raise OutboxStateError(f"There is no queued item number {seq}.")
    if row["state"] not in allowed:
        raise OutboxStateError(f"Item {seq} is {row['state']}; only {' or '.join(allowed)} items can be changed.",
                               state=row["state"])
    return _item(row)


def _item(row) -> OutboxItem:
    return OutboxItem(
        seq=row["seq"], idempotency_key=row["idempotency_key"], kind=row["kind"], method=row["method"],
        path=row["path"], body=json.loads(row["body_json"]), entity=row["entity"], entity_id=row["entity_id"],
        group_key=row["group_key"], summary=row["summary"], state=row["state"], attempts=row["attempts"],
        next_attempt_at=from_iso(row["next_attempt_at"]), last_error=row["last_error"],
        problem=json.loads(row["problem_json"]) if row["problem_json"] else None,
        created_at=from_iso(row["created_at"]), sent_at=from_iso(row["sent_at"]), wait_code=row["wait_code"],
        wait_params=json.loads(row["wait_params_json"]) if row["wait_params_json"] else {})
