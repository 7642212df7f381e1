"""What happens to the `me` row while a change of the user's own preferences waits in the queue."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, update

from sync.account.apply import upsert_me
from sync.cache.changed import Changed
from sync.cache.schema import me
from sync.outbox.records import OutboxItem


class MeRows:
    """The user's own preferences (`me.patch`; the one `me` row): the e-mail updates default and the language.
    Sent: the portal's Me. Rejected, or discarded before it was sent: each value it replaced ("_from_<field>") is put
    back when the row still shows this item's value (a later change of the user's own wins)."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        return upsert_me(conn, answer) if answer is not None else {"me": {entity_id}}

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back(conn, entity_id, item.body)

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        values = {field: _stored(field, body[field]) for field in _FIELDS if field in body}
        if values:
            conn.execute(update(me).where(me.c.id == 1).values(**values))
        return {"me": {entity_id}}

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        return _put_back(conn, entity_id, item.body) if item.state == "queued" else {"me": {entity_id}}


_FIELDS = ("email_updates_default", "language")


def _stored(field: str, value: Any) -> Any:
    return int(bool(value)) if field == "email_updates_default" else value


def _put_back(conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
    for field in _FIELDS:
        if f"_from_{field}" in body and field in body:
            shown, before = _stored(field, body[field]), _stored(field, body[f"_from_{field}"])
            conn.execute(update(me).where(me.c.id == 1, me.c[field] == shown).values({field: before}))
    return {"me": {entity_id}}

