"""Read side of one case: its header (with its product), its conversation and its attachments.

The conversation is messages and state events in one time order. Both come from one `UNION ALL` query that walks the
two `(case_id, created_at, id)` indexes, so a case with hundreds of messages reads in a few milliseconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from sqlalchemy import Engine, literal, null, select, union_all

from sync.cache.schema import case_attachments, case_events, case_messages, cases, outbox, products
from sync.cache.stamps import from_iso

EntryKind = Literal["message", "event"]


@dataclass(frozen=True)
class CaseDetail:
    id: str
    number: str | None
    type: str
    product_id: str | None
    category: str
    department: str
    subject: str
    description: str
    contact_name: str
    contact_email: str
    state: str
    created_at: datetime
    expected_response_at: datetime | None
    email_updates: bool
    created_by: str
    resolved_at: datetime | None
    version: int
    last_activity_at: datetime
    unread: bool
    sync_status: str
    serial: str | None = None
    model: str | None = None
    family: str | None = None
    site_name: str | None = None
    location: str | None = None
    response_time_hours: int | None = None
    """The product's contract response time; None for an account question (or a product no longer cached)."""
    refusal: "Refusal | None" = None
    """Why the portal refused this case as it was sent (sync_status "rejected"), else None."""


@dataclass(frozen=True)
class Refusal:
    """A request the portal refused: its item in the queue (`seq`, where the user fixes or discards it) and the
    portal's problem code ("" when it sent none). The words are the desktop's."""
    seq: int
    code: str


@dataclass(frozen=True)
class ThreadEntry:
    """One line of the conversation. A message has `body`; an event has `from_state`/`to_state`/`action`.
    `author_kind` is customer | agent | system (for events: the actor's kind)."""
    kind: EntryKind
    id: str
    author_kind: str
    author_name: str
    created_at: datetime
    body: str = ""
    from_state: str | None = None
    to_state: str | None = None
    action: str | None = None
    sync_status: str = "synced"
    refusal: Refusal | None = None
    """Set on a message of ours the portal refused (sync_status "rejected")."""


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    case_id: str
    file_name: str
    content_type: str
    size: int
    created_at: datetime
    uploaded_by: str
    local_path: str | None
    sync_status: str


_detail_query = (
    select(cases, products.c.serial, products.c.model, products.c.family, products.c.site_name, products.c.location,
           products.c.response_time_hours)
    .select_from(cases.outerjoin(products, products.c.id == cases.c.product_id))
)


def case_detail(engine: Engine, case_id: str) -> CaseDetail | None:
    with engine.connect() as conn:
        row = conn.execute(_detail_query.where(cases.c.id == case_id)).mappings().first()
    if row is None:
        return None
    refusal = None
    if row["sync_status"] == "rejected":
        with engine.connect() as conn:
            refusal = refusals(conn, "case", [case_id]).get(case_id)
    return CaseDetail(
        id=row["id"], number=row["number"], type=row["type"], product_id=row["product_id"],
        category=row["category"], department=row["department"], subject=row["subject"],
        description=row["description"], contact_name=row["contact_name"], contact_email=row["contact_email"],
        state=row["state"], created_at=from_iso(row["created_at"]),
        expected_response_at=from_iso(row["expected_response_at"]), email_updates=bool(row["email_updates"]),
        created_by=row["created_by"], resolved_at=from_iso(row["resolved_at"]), version=row["version"],
        last_activity_at=from_iso(row["last_activity_at"]), unread=bool(row["unread"]),
        sync_status=row["sync_status"], serial=row["serial"], model=row["model"], family=row["family"],
        site_name=row["site_name"], location=row["location"], response_time_hours=row["response_time_hours"],
        refusal=refusal)


def refusals(conn, entity: str, ids: list[str]) -> dict[str, Refusal]:
    """The refused queue items of `entity` rows `ids`, by row id (the newest refusal of each)."""
    if not ids:
        return {}
    o = outbox.c
    rows = conn.execute(select(o.seq, o.entity_id, o.problem_json).where(
        o.entity == entity, o.entity_id.in_(ids), o.state == "rejected").order_by(o.seq)).all()
    return {r.entity_id: Refusal(seq=r.seq, code=_problem_code(r.problem_json)) for r in rows}


def _problem_code(problem_json: str | None) -> str:
    try:
        problem = json.loads(problem_json or "{}")
    except ValueError:
        return ""
    return str(problem.get("code") or "") if isinstance(problem, dict) else ""


def _thread_query(case_id: str):
    m, e = case_messages.c, case_events.c
    messages = select(literal("message").label("kind"), literal(0).label("kind_order"), m.id, m.author_kind,
                      m.author_name, m.created_at, m.body, null().label("from_state"), null().label("to_state"),
                      null().label("action"), m.sync_status).where(m.case_id == case_id)
    events = select(literal("event"), literal(1), e.id, e.actor_kind, e.actor_name, e.created_at, literal(""),
                    e.from_state, e.to_state, e.action, literal("synced")).where(e.case_id == case_id)
    both = union_all(messages, events).subquery()
    # A reply that moves the case (awaiting → in progress) has the same moment as its event: the message reads first.
    return select(both).order_by(both.c.created_at, both.c.kind_order, both.c.id)


def thread(engine: Engine, case_id: str) -> list[ThreadEntry]:
    """Messages and state events of the case, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(_thread_query(case_id)).all()
        refused = refusals(conn, "case_message", [r.id for r in rows
                                                  if r.kind == "message" and r.sync_status == "rejected"])
    entries = [ThreadEntry(kind=r.kind, id=r.id, author_kind=r.author_kind, author_name=r.author_name,
                           created_at=from_iso(r.created_at), body=r.body or "", from_state=r.from_state,
                           to_state=r.to_state, action=r.action, sync_status=r.sync_status) for r in rows]
    return [replace(e, refusal=refused[e.id]) if e.kind == "message" and e.id in refused else e for e in entries]


def attachments(engine: Engine, case_id: str) -> list[AttachmentRow]:
    """The case's files in the order they were added."""
    a = case_attachments.c
    stmt = select(case_attachments).where(a.case_id == case_id).order_by(a.created_at, a.id)
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return [AttachmentRow(id=r["id"], case_id=r["case_id"], file_name=r["file_name"], content_type=r["content_type"],
                          size=r["size"], created_at=from_iso(r["created_at"]), uploaded_by=r["uploaded_by"],
                          local_path=r["local_path"], sync_status=r["sync_status"]) for r in rows]
