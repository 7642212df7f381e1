"""What the app shows of edits: the conflicts waiting for the user, field by field, and which fields of an entity
have an edit not yet taken by the portal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from sync.edits import store


@dataclass(frozen=True)
class FieldConflict:
    name: str
    base: Any
    """What the edit found."""
    mine: Any
    theirs: Any
    """The portal's newer value; None while its version has not arrived."""


@dataclass(frozen=True)
class EditConflict:
    seq: int
    """The outbox item's: what `sync.edits.operations.resolve` is given."""
    entity: str
    entity_id: str
    fields: tuple[FieldConflict, ...]
    theirs_version: int | None
    """None until the feed brought the portal's version (then it can be answered)."""


def conflicts(engine: Engine) -> list[EditConflict]:
    with engine.connect() as conn:
        return [_conflict(row) for row in store.rows_in(conn, "conflict")]


def conflict(engine: Engine, seq: int) -> EditConflict | None:
    with engine.connect() as conn:
        row = store.row_at(conn, seq)
    return _conflict(row) if row is not None and row.state == "conflict" else None


def pending_fields(engine: Engine, entity: str, entity_id: str) -> dict[str, str]:
    """Each field with an edit the portal has not taken yet → its edit's state (pending, conflict, refused)."""
    with engine.connect() as conn:
        rows = store.rows_of(conn, entity, entity_id)
    return {name: row.state for row in rows for name in row.mine}


def _conflict(row: store.EditRow) -> EditConflict:
    theirs = row.theirs or {}
    return EditConflict(seq=row.seq, entity=row.entity, entity_id=row.entity_id, theirs_version=row.theirs_version,
                        fields=tuple(FieldConflict(name, row.base.get(name), mine, theirs.get(name))
                                     for name, mine in row.mine.items()))
