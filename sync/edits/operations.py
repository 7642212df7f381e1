"""The user's edits of a versioned entity and their answer to a conflict, each ONE transaction that changes the
cached row, the queue and `entity_edits` together (see `sync.edits`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal, Mapping

from sqlalchemy import Connection, Engine

from domain import problems
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.edits import store
from sync.edits.overlay import put_back
from sync.edits.store import EditRow
from sync.edits.wire import body
from sync.feature_spec import EditableEntity
from sync.outbox import queue

Choice = Literal["mine", "theirs"]


class EditRefused(Exception):
    """The edit or the resolution cannot be made as asked; `code` (`domain.problems`: edit.*) says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def edit(engine: Engine, spec: EditableEntity, entity_id: str, changes: Mapping[str, Any], *,
         summary: str, replacing: int | None = None) -> Changed:
    """Apply `changes` (fields of `spec`, checked by the caller with the entity's shared rules) to the cached row
    and queue them, based on the version the cache holds. A change of a field back to what it was is no change; an
    edit still waiting untried takes the new changes into its own request. Refused (`edit.unresolved`) while an
    earlier edit of the entity is in conflict or refused: that one is answered first, or `replacing` names it (its
    outbox seq) and it goes in the same transaction, the values it replaced put back first (the user corrected a
    refused edit)."""
    unknown = set(changes) - set(spec.fields)
    if unknown:
        raise ValueError(f"{spec.entity} has no editable field {sorted(unknown)}")
    with writer(engine).begin() as conn:
        replaced = _take_back(conn, spec, replacing) if replacing is not None else {}
        cached = spec.read(conn, entity_id)
        if cached is None:
            raise EditRefused(problems.EDIT_ENTITY_GONE, f"There is no {spec.entity} {entity_id} in the cache.")
        version, values = cached
        rows = store.rows_of(conn, spec.entity, entity_id)
        if any(row.state != "pending" for row in rows):
            raise EditRefused(problems.EDIT_UNRESOLVED, f"An earlier change of this {spec.entity} waits for you on "
                                                        "Pending changes; answer it first.")
        wanted = {name: value for name, value in changes.items() if values[name] != value}
        if not wanted:
            return replaced
        spec.write(conn, entity_id, wanted)
        changed: Changed = merge_changed(replaced, {spec.entity: {entity_id}})
        if rows and _merged(conn, rows[-1], wanted, values):
            return merge_changed(changed, {"outbox": {str(rows[-1].seq)}, store.BROADCAST: {str(rows[-1].seq)}})
        item = queue.enqueue(conn, kind=spec.kind, method="PATCH", path=spec.path_of(entity_id),
                             body=body(wanted, version), entity=spec.entity, entity_id=entity_id,
                             group_key=spec.group_key(entity_id), summary=summary)
        store.add(conn, EditRow(seq=item.seq, entity=spec.entity, entity_id=entity_id, base_version=version,
                                base={name: values[name] for name in wanted}, mine=wanted))
        return merge_changed(changed, {"outbox": {str(item.seq)}, store.BROADCAST: {str(item.seq)}})


def _take_back(conn: Connection, spec: EditableEntity, seq: int) -> Changed:
    row = store.row_at(conn, seq)
    if row is None or row.state == "pending":
        raise EditRefused(problems.EDIT_CONFLICT_GONE, "This refused change was answered already.")
    queue.remove(conn, seq)
    store.drop(conn, seq)
    return merge_changed(put_back(conn, spec, row, dict(row.theirs if row.theirs is not None else row.base)),
                         {"outbox": {str(seq)}})


def _merged(conn: Connection, last: EditRow, wanted: dict[str, Any], values: Mapping[str, Any]) -> bool:
    """Fold `wanted` into the entity's last edit if its request was never tried (its key has carried no other
    body); fields brought back to what the edit found are dropped, and an edit left with none is taken back."""
    base = {**{name: values[name] for name in wanted}, **last.base}
    mine = {name: value for name, value in {**last.mine, **wanted}.items() if value != base[name]}
    if not queue.update_body(conn, last.seq, body(mine, last.base_version)):
        return False
    if mine:
        store.save(conn, replace(last, base={name: base[name] for name in mine}, mine=mine))
    else:
        queue.remove(conn, last.seq)
        store.drop(conn, last.seq)
    return True


def resolve(engine: Engine, spec: EditableEntity, seq: int, choices: Mapping[str, Choice]) -> Changed:
    """Answer a conflict, per field of the edit: "mine" keeps the user's value, "theirs" takes the portal's (a field
    not named keeps mine). What still differs from the portal's version is sent again on that version, with a new
    key; when nothing does (the portal's values taken throughout), the edit is gone and the cache holds theirs."""
    with writer(engine).begin() as conn:
        row = store.row_at(conn, seq)
        if row is None or row.state != "conflict":
            raise EditRefused(problems.EDIT_CONFLICT_GONE, "This conflict was answered already.")
        if row.theirs is None or row.theirs_version is None:
            raise EditRefused(problems.EDIT_THEIRS_UNKNOWN, "The portal's version has not arrived yet; sync first.")
        theirs = row.theirs
        chosen = {name: theirs[name] if choices.get(name, "mine") == "theirs" else mine
                  for name, mine in row.mine.items()}
        wanted = {name: value for name, value in chosen.items() if value != theirs[name]}
        if not wanted:
            queue.remove(conn, seq)
            store.drop(conn, seq)
            return merge_changed(put_back(conn, spec, row, dict(theirs)), {"outbox": {str(seq)}})
        queue.requeue(conn, seq, body(wanted, row.theirs_version))
        store.save(conn, replace(row, base_version=row.theirs_version, base={name: theirs[name] for name in wanted},
                                 mine=wanted, theirs=None, theirs_version=None, state="pending"))
        spec.write(conn, row.entity_id, chosen)
        return {spec.entity: {row.entity_id}, "outbox": {str(seq)}, store.BROADCAST: {str(seq)}}
