"""What happens to the optimistic cache row of an outbox item when the item is sent, rejected, resent or discarded.

The outbox is generic (any kind of request); each cache table that holds optimistic rows says here how its rows
follow their item: meter readings; cases (`cases`: a new case; `case_actions`: cancel/reopen; `case_settings`: the
e-mail choice — all three on the cases table, keyed by the case id), replies and attachments, and the user's own
preferences (`me`: the e-mail updates default, see `sync.account.preferences`).

Files we copied for a discarded attachment stay in the data folder: deleting them inside the transaction could lose
a file whose row survives a rollback, and they are small and few.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Protocol

from sqlalchemy import Connection, delete, select, update

from domain.clock import utc_now
from domain.wire import Case, CaseAttachment, CaseMessage, Me, MeterReading
from sync.cases import apply as case_apply
from sync.apply import Changed, upsert_me, upsert_reading
from sync.cases.operations import case_draft, draft_row_values
from sync.cases.requests import reply_arrived, replay_waiting
from sync.cache.schema import case_attachments, case_messages, cases, me, outbox, readings
from sync.records import OutboxItem


class OptimisticRows(Protocol):
    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed: ...
    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed: ...
    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed: ...
    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed: ...


class ReadingRows:
    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        """`answer` is the portal's MeterReading (validated by the caller before its transaction began)."""
        if isinstance(answer, MeterReading):
            return upsert_reading(conn, answer)
        conn.execute(update(readings).where(readings.c.id == entity_id).values(status="accepted"))
        return {"readings": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id, readings.c.status == "pending")
                     .values(status="rejected"))
        return {"readings": {entity_id}}

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        conn.execute(update(readings).where(readings.c.id == entity_id).values(
            reading_date=str(body["reading_date"]), values_json=json.dumps(dict(body["values"]), sort_keys=True),
            status="pending"))
        return {"readings": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(readings).where(readings.c.id == entity_id,
                                            readings.c.status.in_(("pending", "rejected"))))
        return {"readings": {entity_id}}


class CaseRows:
    """A case we opened (`case.create`). Sent: the portal's copy (with its number) replaces ours. Rejected: shown as
    rejected with the reason on its item. Discarded: the case goes, with its pending replies and attachments and
    their queued items (they cannot arrive without it); the copied files stay on disk (see the module docstring)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        if isinstance(answer, Case):
            return case_apply.upsert_case(conn, answer)
        return _set_status(conn, cases, entity_id, "synced", "cases")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _set_status(conn, cases, entity_id, "rejected", "cases")

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        values = draft_row_values(conn, case_draft(dict(body)), utc_now())
        conn.execute(update(cases).where(cases.c.id == entity_id).values(sync_status="pending", **values))
        return {"cases": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(cases).where(cases.c.id == entity_id, cases.c.sync_status != "synced"))
        gone = {"cases": {entity_id}, "outbox": None}
        for table, name in ((case_messages, "case_messages"), (case_attachments, "case_attachments")):
            ids = conn.execute(delete(table).where(table.c.case_id == entity_id, table.c.sync_status != "synced")
                               .returning(table.c.id)).scalars().all()
            gone[name] = set(ids)
        conn.execute(delete(outbox).where(outbox.c.group_key == item.group_key,
                                          outbox.c.state.in_(("queued", "rejected"))))
        return gone


class CaseChangeRows:
    """An action (cancel/reopen) or the e-mail choice on a case (`entity_id` is the case id). Sent: the portal's copy.
    Rejected, or discarded before it was sent: the change is taken back (`_undo`)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        return case_apply.upsert_case(conn, answer) if isinstance(answer, Case) else {"cases": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        return _redo(conn, entity_id, body)

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body) if item.state == "queued" else {"cases": {entity_id}}


class CaseMessageRows:
    """Our reply. Sent: the portal's copy. Rejected: shown as rejected; a state change it made is put back."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        reply_arrived(conn, _case_of(conn, case_messages, entity_id))
        if isinstance(answer, CaseMessage):
            return case_apply.upsert_message(conn, answer)
        return _set_status(conn, case_messages, entity_id, "synced", "case_messages")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        changed = _set_status(conn, case_messages, entity_id, "rejected", "case_messages")
        return changed | _undo(conn, _case_of(conn, case_messages, entity_id), item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        values = {"sync_status": "pending"} | ({"body": str(body["body"])} if "body" in body else {})
        conn.execute(update(case_messages).where(case_messages.c.id == entity_id).values(**values))
        return {"case_messages": {entity_id}} | _redo(conn, _case_of(conn, case_messages, entity_id), body)

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        case_id = _case_of(conn, case_messages, entity_id)
        changed = _undo(conn, case_id, item.body) if item.state == "queued" else {}
        conn.execute(delete(case_messages).where(case_messages.c.id == entity_id,
                                                 case_messages.c.sync_status != "synced"))
        return changed | {"case_messages": {entity_id}}


class CaseAttachmentRows:
    """Our attachment. Sent: the portal's copy, keeping our local file. Rejected: shown as rejected."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        if isinstance(answer, CaseAttachment):
            return case_apply.upsert_attachment(conn, answer)
        return _set_status(conn, case_attachments, entity_id, "synced", "case_attachments")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _set_status(conn, case_attachments, entity_id, "rejected", "case_attachments")

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        return _set_status(conn, case_attachments, entity_id, "pending", "case_attachments")

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(case_attachments).where(case_attachments.c.id == entity_id,
                                                    case_attachments.c.sync_status != "synced"))
        return {"case_attachments": {entity_id}}


class MeRows:
    """The user's e-mail updates default (`me.patch`; the one `me` row). Sent: the portal's Me. Rejected, or discarded
    before it was sent: the value it replaced ("_from_email_updates_default") is put back when the row still shows
    this item's value (a later change of the user's own wins)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        return upsert_me(conn, answer) if isinstance(answer, Me) else {"me": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back_default(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        if "email_updates_default" in body:
            conn.execute(update(me).where(me.c.id == 1).values(
                email_updates_default=int(bool(body["email_updates_default"]))))
        return {"me": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back_default(conn, entity_id, item.body) if item.state == "queued" else {"me": {entity_id}}


def _put_back_default(conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
    if "_from_email_updates_default" in body and "email_updates_default" in body:
        shown, before = int(bool(body["email_updates_default"])), int(bool(body["_from_email_updates_default"]))
        conn.execute(update(me).where(me.c.id == 1, me.c.email_updates_default == shown)
                     .values(email_updates_default=before))
    return {"me": {entity_id}}


def _set_status(conn: Connection, table, entity_id: str, status: str, name: str) -> Changed:
    conn.execute(update(table).where(table.c.id == entity_id).values(sync_status=status))
    return {name: {entity_id}}


def _case_of(conn: Connection, table, entity_id: str) -> str | None:
    return conn.execute(select(table.c.case_id).where(table.c.id == entity_id)).scalar_one_or_none()


def _undo(conn: Connection, case_id: str | None, body: Mapping[str, Any]) -> Changed:
    """Take back an optimistic change whose item was refused or dropped: the portal's copy of the case with the
    requests still waiting played over it. A case the portal has not sent yet has no copy: the item's "_from_…"
    values are put back, if the case still shows its change."""
    if case_id is None:
        return {}
    if replay_waiting(conn, case_id) or _has_portal_copy(conn, case_id):
        return {"cases": {case_id}}
    if "_to_state" in body:
        values = {"state": body["_from_state"]}
        if "_from_resolved_at" in body:
            values["resolved_at"] = body["_from_resolved_at"]
        conn.execute(update(cases).where(cases.c.id == case_id, cases.c.state == body["_to_state"]).values(**values))
    if "_from_email_updates" in body:
        conn.execute(update(cases).where(cases.c.id == case_id, cases.c.email_updates == int(bool(
            body["email_updates"]))).values(email_updates=int(bool(body["_from_email_updates"]))))
    return {"cases": {case_id}}


def _redo(conn: Connection, case_id: str | None, body: Mapping[str, Any]) -> Changed:
    """Apply an optimistic change again when its item is resent (it waits in the queue again)."""
    if case_id is None:
        return {}
    if replay_waiting(conn, case_id) or _has_portal_copy(conn, case_id):
        return {"cases": {case_id}}
    if "_to_state" in body:
        conn.execute(update(cases).where(cases.c.id == case_id, cases.c.state == body["_from_state"])
                     .values(state=body["_to_state"]))
    if "email_updates" in body and "_from_email_updates" in body:
        conn.execute(update(cases).where(cases.c.id == case_id).values(email_updates=int(bool(body["email_updates"]))))
    return {"cases": {case_id}}


def _has_portal_copy(conn: Connection, case_id: str) -> bool:
    return conn.execute(select(cases.c.portal_state).where(cases.c.id == case_id)).scalar_one_or_none() is not None


ROWS: dict[str, OptimisticRows] = {"readings": ReadingRows(), "cases": CaseRows(), "case_actions": CaseChangeRows(),
                                   "case_settings": CaseChangeRows(), "case_messages": CaseMessageRows(),
                                   "case_attachments": CaseAttachmentRows(), "me": MeRows()}


def rows_for(entity: str) -> OptimisticRows:
    try:
        return ROWS[entity]
    except KeyError:
        raise ValueError(f"No optimistic rows are kept for entity {entity!r}") from None
