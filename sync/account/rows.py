"""What happens to the `me` row while a change of the user's own preferences waits in the queue."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, update

from sync.account.apply import upsert_me
from sync.cache.changed import Changed
from sync.cache.schema import me
from sync.outbox.records import OutboxItem


class MeRows:
    """The user's e-mail updates default (`me.patch`; the one `me` row). Sent: the portal's Me. Rejected, or discarded
    before it was sent: the value it replaced ("_from_email_updates_default") is put back when the row still shows
    this item's value (a later change of the user's own wins)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        return upsert_me(conn, answer) if answer is not None else {"me": {entity_id}}

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
