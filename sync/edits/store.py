"""The `entity_edits` rows: what each queued edit was based on, what the user made it, and the portal's newer values
once the feed brought them. One row per outbox item, kept until it is sent or discarded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal, Mapping

from sqlalchemy import Connection, delete, insert, select, update

from sync.cache.schema import entity_edits

EditState = Literal["pending", "conflict", "refused"]
BROADCAST = "entity_edit"
"""The broadcast entity of these rows (keyed by the outbox item's seq): a conflict appeared or went away."""


@dataclass(frozen=True)
class EditRow:
    seq: int
    entity: str
    entity_id: str
    base_version: int
    base: Mapping[str, Any]
    mine: Mapping[str, Any]
    theirs_version: int | None = None
    theirs: Mapping[str, Any] | None = None
    state: EditState = "pending"


def rows_of(conn: Connection, entity: str, entity_id: str) -> list[EditRow]:
    """The entity's edits in the order they go to the portal."""
    found = conn.execute(select(entity_edits).where(entity_edits.c.entity == entity,
                                                    entity_edits.c.entity_id == entity_id)
                         .order_by(entity_edits.c.seq)).mappings()
    return [_row(r) for r in found]


def row_at(conn: Connection, seq: int) -> EditRow | None:
    found = conn.execute(select(entity_edits).where(entity_edits.c.seq == seq)).mappings().first()
    return _row(found) if found else None


def rows_in(conn: Connection, state: EditState) -> list[EditRow]:
    found = conn.execute(select(entity_edits).where(entity_edits.c.state == state)
                         .order_by(entity_edits.c.seq)).mappings()
    return [_row(r) for r in found]


def add(conn: Connection, row: EditRow) -> None:
    conn.execute(insert(entity_edits).values(seq=row.seq, **_columns(row)))


def save(conn: Connection, row: EditRow) -> None:
    conn.execute(update(entity_edits).where(entity_edits.c.seq == row.seq).values(**_columns(row)))


def drop(conn: Connection, seq: int) -> None:
    conn.execute(delete(entity_edits).where(entity_edits.c.seq == seq))


def _columns(row: EditRow) -> dict[str, Any]:
    return {"entity": row.entity, "entity_id": row.entity_id, "base_version": row.base_version,
            "base_json": json.dumps(dict(row.base)), "mine_json": json.dumps(dict(row.mine)),
            "theirs_version": row.theirs_version,
            "theirs_json": None if row.theirs is None else json.dumps(dict(row.theirs)), "state": row.state}


def _row(found) -> EditRow:
    return EditRow(seq=found["seq"], entity=found["entity"], entity_id=found["entity_id"],
                   base_version=found["base_version"], base=json.loads(found["base_json"]),
                   mine=json.loads(found["mine_json"]), theirs_version=found["theirs_version"],
                   theirs=None if found["theirs_json"] is None else json.loads(found["theirs_json"]),
                   state=found["state"])
