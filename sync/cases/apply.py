"""Support cases from the portal into the cache: cases (with their attachments), thread messages and state events.

Kept beside the rows: `last_activity_at` (the newest of the case's creation, messages and events: the list's sort
key), `search_text` (what the case search matches with LIKE) and `unread` (an agent or the system wrote something
new since the user last looked). Our own unsent rows (sync_status pending/rejected) belong to the outbox and survive
a reset; the portal's copy of one of them (same client-made id) turns it synced in place.

`News` collects what a feed page brought that the user should hear about (an agent's reply, an agent's state change);
the notices are written at the end of the page, in its transaction, so the case a message belongs to is there by then
whatever order the page came in. A quiet `News` (the first full sync, a reset) records nothing: it must not flood the
tray with the whole history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, func, select, update

from sync.cache.changed import Changed
from sync.cache.schema import (
    case_attachments,
    case_events,
    case_messages,
    cases,
    products,
)
from sync.cache.stamps import to_iso
from sync.cache.upsert import upsert
from sync.cases.requests import replay_waiting
from sync.notices import add_notice

if TYPE_CHECKING:  # annotations only: the app loads this with its cases page, before any sync needs pydantic
    from domain.wire import Case, CaseAttachment, CaseEvent, CaseMessage
    from sync.outbox.records import OutboxItem

LOCAL_STATUSES = ("pending", "rejected")
REPLY_DETAIL_CHARS = 200


@dataclass
class News:
    """What the page brought worth a notice. `enabled` False: apply quietly (no notices, no unread marks)."""
    enabled: bool = True
    replies: list[CaseMessage] = field(default_factory=list)
    states: list[CaseEvent] = field(default_factory=list)


QUIET = News(enabled=False)


def upsert_case(conn: Connection, item: Case) -> Changed:
    """The portal's copy of a case (from the feed or the answer to our own write), with our requests still waiting
    in the queue laid over it (`sync.cases.requests`). Keeps `unread` as it was."""
    created = to_iso(item.created_at)
    row = {"id": item.id, "number": item.number, "type": item.type, "product_id": item.product_id,
           "category": item.category or "", "department": item.department, "subject": item.subject,
           "description": item.description, "contact_name": item.contact_name, "contact_email": item.contact_email,
           "state": item.state, "created_at": created, "expected_response_at": to_iso(item.expected_response_at),
           "email_updates": int(item.email_updates), "created_by": item.created_by,
           "resolved_at": to_iso(item.resolved_at) if item.resolved_at else None, "version": item.version,
           "last_activity_at": _last_activity(conn, item.id, created), "sync_status": "synced",
           "portal_state": item.state, "portal_resolved_at": to_iso(item.resolved_at) if item.resolved_at else None,
           "portal_email_updates": int(item.email_updates),
           "portal_expected_response_at": to_iso(item.expected_response_at),
           "request_json": item.request.model_dump_json() if item.request is not None else None,
           "search_text": case_search_text(conn, item.number, item.subject, item.description, item.product_id)}
    upsert(conn, cases, row, unread=0)  # a new case starts read; a known one keeps its mark
    replay_waiting(conn, item.id, fresh=True)
    return {"case": {item.id}} | _sync_attachments(conn, item)


def upsert_attachment(conn: Connection, item: CaseAttachment) -> Changed:
    """The portal's copy of an attachment; the local copy we already have (ours or downloaded) stays recorded."""
    row = {"id": item.id, "case_id": item.case_id, "file_name": item.file_name, "content_type": item.content_type,
           "size": item.size, "created_at": to_iso(item.created_at), "uploaded_by": item.uploaded_by,
           "sync_status": "synced"}
    upsert(conn, case_attachments, row, local_path=None)
    return {"case_attachment": {item.id}}


def upsert_message(conn: Connection, item: CaseMessage, news: News = QUIET) -> Changed:
    """A message of a thread. A NEW one from an agent or the system marks its case unread (unless quiet)."""
    known = conn.execute(_MESSAGE_KNOWN, {"id": item.id}).first() is not None
    row = {"id": item.id, "case_id": item.case_id, "author_kind": item.author_kind, "author_name": item.author_name,
           "body": item.body, "created_at": to_iso(item.created_at), "sync_status": "synced"}
    upsert(conn, case_messages, row)
    changed: Changed = {"case_message": {item.id}} | _touch(conn, item.case_id, row["created_at"])
    if not known and news.enabled and item.author_kind in ("agent", "system"):
        conn.execute(_MARK_UNREAD, {"case_id": item.case_id})
        changed["case"] = {item.case_id}
        if item.author_kind == "agent":
            news.replies.append(item)
    return changed


def upsert_event(conn: Connection, item: CaseEvent, news: News = QUIET) -> Changed:
    """A step of the state history. A NEW state change made by an agent is news."""
    known = conn.execute(_EVENT_KNOWN, {"id": item.id}).first() is not None
    row = {"id": item.id, "case_id": item.case_id, "from_state": item.from_state, "to_state": item.to_state,
           "action": item.action, "actor_kind": item.actor_kind, "actor_name": item.actor_name,
           "created_at": to_iso(item.created_at)}
    upsert(conn, case_events, row)
    if not known and news.enabled and item.actor_kind == "agent" and item.from_state != item.to_state:
        news.states.append(item)
    return {"case_event": {item.id}} | _touch(conn, item.case_id, row["created_at"])


def write_notices(conn: Connection, news: News) -> Changed:
    """The notices for what a page brought (see the module docstring)."""
    if not news.enabled or not (news.replies or news.states):
        return {}
    for message in news.replies:
        add_notice(conn, "reply", "case", message.case_id, _title(conn, message.case_id),
                   message.body[:REPLY_DETAIL_CHARS])
    for event in news.states:
        add_notice(conn, "state", "case", event.case_id, _title(conn, event.case_id), event.to_state)
    news.replies.clear()
    news.states.clear()
    return {"notice": None}


def delete_case(conn: Connection, case_id: str) -> Changed:
    """A case we may no longer see, with its thread, history and attachments (but not our unsent rows)."""
    conn.execute(delete(cases).where(cases.c.id == case_id, cases.c.sync_status == "synced"))
    messages = _delete_synced(conn, case_messages, case_messages.c.case_id == case_id)
    files = _delete_synced(conn, case_attachments, case_attachments.c.case_id == case_id)
    events = conn.execute(delete(case_events).where(case_events.c.case_id == case_id)
                          .returning(case_events.c.id)).scalars().all()
    return {"case": {case_id}, "case_message": messages, "case_attachment": files, "case_event": set(events)}


def delete_message(conn: Connection, message_id: str) -> Changed:
    conn.execute(delete(case_messages).where(case_messages.c.id == message_id))
    return {"case_message": {message_id}}


def delete_event(conn: Connection, event_id: str) -> Changed:
    conn.execute(delete(case_events).where(case_events.c.id == event_id))
    return {"case_event": {event_id}}


def item_product(conn: Connection, item: "OutboxItem") -> str | None:
    """The machine of the case an unsent reply, attachment or action is about (`sync.engine.access`)."""
    if item.case_id is None:
        return None
    return conn.execute(select(cases.c.product_id).where(cases.c.id == item.case_id)).scalar_one_or_none()


def reset_cases(conn: Connection) -> Changed:
    """Drop the portal's cases and everything about them; our unsent cases, replies and attachments stay."""
    for table in (cases, case_messages, case_attachments):
        conn.execute(delete(table).where(table.c.sync_status == "synced"))
    conn.execute(delete(case_events))
    return {name: None for name in ("case", "case_message", "case_event", "case_attachment")}


def case_search_text(conn: Connection, number: str | None, subject: str, description: str,
                     product_id: str | None) -> str:
    """Lower-cased number, subject, description and the product's serial and model: what the case search matches."""
    parts = [number or "", subject, description]
    if product_id:
        product = conn.execute(select(products.c.serial, products.c.model)
                               .where(products.c.id == product_id)).first()
        if product is not None:
            parts += [product.serial, product.model]
    return _search_text(parts)


def _search_text(parts: list[str]) -> str:
    return " ".join(" ".join(p.split()) for p in parts if p and p.strip()).lower()


def product_arriving(conn: Connection, data: dict) -> Changed:
    """A product is about to be written from the feed: its serial and model are part of its cases' search text, so
    a new or renamed product refreshes them (an unchanged one costs one indexed look-up)."""
    before = conn.execute(select(products.c.serial, products.c.model).where(products.c.id == data["id"])).first()
    serial, model = str(data.get("serial") or ""), str(data.get("model") or "")
    if before is not None and (before.serial, before.model) == (serial, model):
        return {}
    return refresh_search_text(conn, data["id"], serial, model)


def refresh_search_text(conn: Connection, product_id: str, serial: str, model: str) -> Changed:
    """Recompute the search text of the product's cases with its (new) serial and model."""
    rows = conn.execute(select(cases.c.id, cases.c.number, cases.c.subject, cases.c.description)
                        .where(cases.c.product_id == product_id)).all()
    for row in rows:
        conn.execute(update(cases).where(cases.c.id == row.id).values(
            search_text=_search_text([row.number or "", row.subject, row.description, serial, model])))
    return {"case": {r.id for r in rows}} if rows else {}


def case_title(number: str | None, subject: str) -> str:
    """E.g. "CS0001234: Paper jam in tray 2"; just the subject while the case has no number yet."""
    return f"{number}: {subject}" if number else subject


def _title(conn: Connection, case_id: str) -> str:
    row = conn.execute(select(cases.c.number, cases.c.subject).where(cases.c.id == case_id)).first()
    return case_title(row.number, row.subject) if row is not None else case_id


def _sync_attachments(conn: Connection, item: Case) -> Changed:
    """The case's attachments as the portal lists them; synced rows it no longer lists go (ours, unsent, stay)."""
    ids = {a.id for a in item.attachments}
    for attachment in item.attachments:
        upsert_attachment(conn, attachment)
    if ids:
        gone = _delete_synced(conn, case_attachments, (case_attachments.c.case_id == item.id)
                              & case_attachments.c.id.not_in(ids))
    else:  # most cases: one statement built once
        gone = set(conn.execute(_DROP_SYNCED_ATTACHMENTS, {"case_id": item.id}).scalars().all())
    touched = ids | gone
    return {"case_attachment": touched} if touched else {}


def _delete_synced(conn: Connection, table, condition) -> set[str]:
    return set(conn.execute(delete(table).where(condition, table.c.sync_status == "synced")
                            .returning(table.c.id)).scalars().all())


def _last_activity(conn: Connection, case_id: str, created: str) -> str:
    newest = conn.execute(_NEWEST_ACTIVITY, {"case_id": case_id}).scalars().all()
    return max([created, *(n for n in newest if n)])


def _touch(conn: Connection, case_id: str, moment: str) -> Changed:
    """Move the case's last activity forward to `moment` (never back)."""
    done = conn.execute(_TOUCH, {"case_id": case_id, "moment": moment}).rowcount
    return {"case": {case_id}} if done else {}


_NEWEST_ACTIVITY = (select(func.max(case_messages.c.created_at)).where(case_messages.c.case_id == bindparam("case_id"))
                    .union_all(select(func.max(case_events.c.created_at))
                               .where(case_events.c.case_id == bindparam("case_id"))))
_MESSAGE_KNOWN = select(case_messages.c.id).where(case_messages.c.id == bindparam("id"))
_EVENT_KNOWN = select(case_events.c.id).where(case_events.c.id == bindparam("id"))
_MARK_UNREAD = update(cases).where(cases.c.id == bindparam("case_id")).values(unread=1)
_TOUCH = (update(cases).where(cases.c.id == bindparam("case_id"), cases.c.last_activity_at < bindparam("moment"))
          .values(last_activity_at=bindparam("moment")))
_DROP_SYNCED_ATTACHMENTS = (delete(case_attachments)
                            .where(case_attachments.c.case_id == bindparam("case_id"),
                                   case_attachments.c.sync_status == "synced")
                            .returning(case_attachments.c.id))
