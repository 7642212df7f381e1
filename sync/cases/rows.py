"""What happens to the optimistic rows of a case's queued requests when they are sent, rejected, resent or
discarded: a new case (`case.create`), a cancel/reopen (`case.action`), the e-mail choice (`case.patch`), a reply
and an attachment.

Files we copied for a discarded attachment stay in the data folder (housekeeping removes them later): deleting them
inside the transaction could lose a file whose row survives a rollback."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, delete, select, update

from domain.clock import utc_now
from sync.cache.changed import Changed
from sync.cache.schema import case_attachments, case_messages, cases, outbox
from sync.cases import apply as case_apply
from sync.cases.drafts import case_draft, draft_row_values
from sync.cases.requests import recounted_deadline, replay_waiting, reply_arrived
from sync.outbox.records import OutboxItem


class CaseRows:
    """A case we opened (`case.create`). Sent: the portal's copy (with its number) replaces ours. Rejected: shown as
    rejected with the reason on its item. Discarded: the case goes, with its pending replies and attachments and
    their queued items (they cannot arrive without it); the copied files stay on disk (see the module docstring)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        if answer is not None:
            return case_apply.upsert_case(conn, answer)
        return _set_status(conn, cases, entity_id, "synced", "case")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _set_status(conn, cases, entity_id, "rejected", "case")

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        values = draft_row_values(conn, case_draft(dict(body)), utc_now())
        conn.execute(update(cases).where(cases.c.id == entity_id).values(sync_status="pending", **values))
        return {"case": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(cases).where(cases.c.id == entity_id, cases.c.sync_status != "synced"))
        gone = {"case": {entity_id}, "outbox": None}
        for table, name in ((case_messages, "case_message"), (case_attachments, "case_attachment")):
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
        return case_apply.upsert_case(conn, answer) if answer is not None else {"case": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        return _redo(conn, entity_id, body)

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _undo(conn, entity_id, item.body) if item.state == "queued" else {"case": {entity_id}}


class CaseMessageRows:
    """Our reply. Sent: the portal's copy. Rejected: shown as rejected; a state change it made is put back."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        reply_arrived(conn, _case_of(conn, case_messages, entity_id),
                      answer.created_at if answer is not None else utc_now())
        if answer is not None:
            return case_apply.upsert_message(conn, answer)
        return _set_status(conn, case_messages, entity_id, "synced", "case_message")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        changed = _set_status(conn, case_messages, entity_id, "rejected", "case_message")
        return changed | _undo(conn, _case_of(conn, case_messages, entity_id), item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        values = {"sync_status": "pending"} | ({"body": str(body["body"])} if "body" in body else {})
        conn.execute(update(case_messages).where(case_messages.c.id == entity_id).values(**values))
        return {"case_message": {entity_id}} | _redo(conn, _case_of(conn, case_messages, entity_id), body)

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        case_id = _case_of(conn, case_messages, entity_id)
        changed = _undo(conn, case_id, item.body) if item.state == "queued" else {}
        conn.execute(delete(case_messages).where(case_messages.c.id == entity_id,
                                                 case_messages.c.sync_status != "synced"))
        return changed | {"case_message": {entity_id}}


class CaseAttachmentRows:
    """Our attachment. Sent: the portal's copy, keeping our local file. Rejected: shown as rejected."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        if answer is not None:
            return case_apply.upsert_attachment(conn, answer)
        return _set_status(conn, case_attachments, entity_id, "synced", "case_attachment")

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _set_status(conn, case_attachments, entity_id, "rejected", "case_attachment")

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        return _set_status(conn, case_attachments, entity_id, "pending", "case_attachment")

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        conn.execute(delete(case_attachments).where(case_attachments.c.id == entity_id,
                                                    case_attachments.c.sync_status != "synced"))
        return {"case_attachment": {entity_id}}


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
        return {"case": {case_id}}
    if "_to_state" in body:
        values = {"state": body["_from_state"]}
        for key in ("resolved_at", "expected_response_at"):
            if f"_from_{key}" in body:
                values[key] = body[f"_from_{key}"]
        conn.execute(update(cases).where(cases.c.id == case_id, cases.c.state == body["_to_state"]).values(**values))
    if "_from_email_updates" in body:
        conn.execute(update(cases).where(cases.c.id == case_id, cases.c.email_updates == int(bool(
            body["email_updates"]))).values(email_updates=int(bool(body["_from_email_updates"]))))
    return {"case": {case_id}}


def _redo(conn: Connection, case_id: str | None, body: Mapping[str, Any]) -> Changed:
    """Apply an optimistic change again when its item is resent (it waits in the queue again)."""
    if case_id is None:
        return {}
    if replay_waiting(conn, case_id) or _has_portal_copy(conn, case_id):
        return {"case": {case_id}}
    if "_to_state" in body:
        case = conn.execute(select(cases).where(cases.c.id == case_id, cases.c.state == body["_from_state"])).first()
        if case is not None:
            conn.execute(update(cases).where(cases.c.id == case_id).values(
                state=body["_to_state"], expected_response_at=recounted_deadline(conn, case, body["_to_state"],
                                                                                 utc_now())))
    if "email_updates" in body and "_from_email_updates" in body:
        conn.execute(update(cases).where(cases.c.id == case_id).values(email_updates=int(bool(body["email_updates"]))))
    return {"case": {case_id}}


def _has_portal_copy(conn: Connection, case_id: str) -> bool:
    return conn.execute(select(cases.c.portal_state).where(cases.c.id == case_id)).scalar_one_or_none() is not None
