"""The self-help guides in the cache (the write side; `sync.guides.search` reads them).

The portal serves all guides as one list with an ETag, so a sync round either learns nothing changed (304) or gets
the whole set; `upsert_guides` then replaces `guides` and the FTS5 index `guides_fts` together in the caller's
transaction, so a search never sees one without the other.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Sequence

from sqlalchemy import Connection, Engine, delete, insert, text

from domain.wire import Guide
from sync.api.errors import Rejected
from sync.cache.db import writer
from sync.cache.schema import guides
from sync.cache.state import get_state, set_state

if TYPE_CHECKING:
    from sync.api.client import PortalClient

log = logging.getLogger(__name__)

Changed = dict[str, set[str] | None]
ETAG_KEY = "guides_etag"


def pull_guides(engine: Engine, client: "PortalClient") -> Changed:
    """Refresh the cached guides if the portal's set changed (ETag). A portal without guides (404) is no error."""
    etag = get_state(engine, ETAG_KEY)
    try:
        found, new_etag = client.guides(etag)
    except Rejected as exc:
        if exc.problem.status != 404:
            raise
        log.info("The portal has no guides (%s); self-help keeps what it has", exc)
        return {}
    if found is None:
        return {}
    with writer(engine).begin() as conn:
        changed = upsert_guides(conn, found)
        set_state(conn, ETAG_KEY, new_etag)
    return changed


def upsert_guides(conn: Connection, items: Sequence[Guide]) -> Changed:
    """Replace every cached guide (both languages) and its search row with `items`."""
    conn.execute(delete(guides))
    conn.execute(text("DELETE FROM guides_fts"))
    if items:
        conn.execute(insert(guides), [_row(g) for g in items])
        conn.execute(text("INSERT INTO guides_fts (guide_id, language, title, summary, keywords, body) "
                          "VALUES (:guide_id, :language, :title, :summary, :keywords, :body)"),
                     [_search_row(g) for g in items])
    return {"guide": None}


def search_body(guide: Guide) -> str:
    """Every step's text and every answer's label: what a search beyond title, summary and keywords looks in."""
    parts: list[str] = []
    for step in guide.steps:
        parts.append(step.text)
        parts.extend(answer.label for answer in step.answers)
    return "\n".join(parts)


def _row(guide: Guide) -> dict:
    return {"id": guide.id, "language": guide.language, "title": guide.title, "summary": guide.summary,
            "category": guide.category, "families_json": json.dumps(guide.families, ensure_ascii=False),
            "keywords_json": json.dumps(guide.keywords, ensure_ascii=False), "start_step": guide.start_step,
            "steps_json": json.dumps([s.model_dump(mode="json") for s in guide.steps], ensure_ascii=False),
            "version": guide.version}


def _search_row(guide: Guide) -> dict:
    return {"guide_id": guide.id, "language": guide.language, "title": guide.title, "summary": guide.summary,
            "keywords": " ".join(guide.keywords), "body": search_body(guide)}
