"""Drafts of forms: what the user typed and has not sent yet, one row per form kind and key.

A draft is keyed by the form's kind ("meter_round", "reading", "new_case", "reply") and a key telling which one of
it ("" for a form there is one of, else e.g. the product or case id). Its payload is whatever small JSON dict the form
describes itself with; this module never looks inside. The functions run on the engine (writes on the database
thread); a draft changes none of the portal's data that the app shows, so the writes report nothing changed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from domain import clock
from sync.cache.changed import Changed
from sync.cache.db import writer
from sync.cache.schema import drafts
from sync.cache.stamps import from_iso, to_iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    kind: str
    key: str
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(engine: Engine, kind: str, key: str, payload: dict[str, Any], *,
               now: datetime | None = None) -> Changed:
    """Keep `payload` as the draft of (`kind`, `key`), replacing the one before."""
    values = dict(kind=kind, key=key, payload_json=json.dumps(payload, ensure_ascii=False, sort_keys=True),
                  updated_at=to_iso(now or clock.utc_now()))
    stmt = insert(drafts).values(**values)
    with writer(engine).begin() as conn:
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[drafts.c.kind, drafts.c.key],
            set_={"payload_json": stmt.excluded.payload_json, "updated_at": stmt.excluded.updated_at}))
    return {}


def load_draft(engine: Engine, kind: str, key: str) -> Draft | None:
    """The draft of (`kind`, `key`); None when there is none (or its row cannot be read: a draft is never worth a
    form that will not open)."""
    with engine.connect() as conn:
        row = conn.execute(select(drafts).where(drafts.c.kind == kind, drafts.c.key == key)).first()
    return _draft(row) if row is not None else None


def delete_draft(engine: Engine, kind: str, key: str) -> Changed:
    """Forget the draft of (`kind`, `key`): the form was sent, or the user threw it away. No draft is fine."""
    with writer(engine).begin() as conn:
        conn.execute(delete(drafts).where(drafts.c.kind == kind, drafts.c.key == key))
    return {}


def list_drafts(engine: Engine, kind: str | None = None) -> list[Draft]:
    """Every draft (of `kind`), the newest first."""
    query = select(drafts).order_by(drafts.c.updated_at.desc(), drafts.c.kind, drafts.c.key)
    if kind is not None:
        query = query.where(drafts.c.kind == kind)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [draft for draft in map(_draft, rows) if draft is not None]


def _draft(row) -> Draft | None:
    try:
        payload = json.loads(row.payload_json)
        updated_at = from_iso(row.updated_at)
    except ValueError:
        log.warning("The draft %s/%s cannot be read; it is ignored", row.kind, row.key)
        return None
    if not isinstance(payload, dict) or updated_at is None:
        return None
    return Draft(kind=row.kind, key=row.key, payload=payload, updated_at=updated_at)
