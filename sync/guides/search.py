"""Read side of the self-help guides: full-text search (SQLite FTS5, bm25 ranking) and one guide with its steps.

What a user types is never FTS syntax: it is cut into words, each word becomes a quoted phrase with a prefix star
(`"papirstopp"*`), so quotes, `AND`, `NEAR`, `-`, `*` or brackets are only ever searched for, never obeyed.
`sync.guides.pull.upsert_guides` keeps `guides` and `guides_fts` in step; this module only reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, text

Outcome = Literal["next", "solved", "open_case"]

_WORD_CHARS = re.compile(r"\w", re.UNICODE)
_MIN_ANY_TERM = 3
"""In "any word" mode (matching a case's subject), shorter words ("i", "på", "2") would match nearly everything."""

BM25_RANK = "bm25(guides_fts, 0.0, 0.0, 10.0, 4.0, 8.0, 1.0)"
"""A guide's rank for a MATCH (lower is better), with a weight per FTS column: guide_id, language (unindexed), title,
summary, keywords, body."""
_FILTERS = """
    g.language = :language
    AND (:category IS NULL OR g.category = :category)
    AND (:family IS NULL OR g.families_json = '[]'
         OR EXISTS (SELECT 1 FROM json_each(g.families_json) WHERE json_each.value = :family))
"""


@dataclass(frozen=True)
class GuideHit:
    id: str
    language: str
    title: str
    summary: str
    category: str
    families: tuple[str, ...]


@dataclass(frozen=True)
class GuideAnswerRecord:
    label: str
    outcome: Outcome
    next_step: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class GuideStepRecord:
    id: str
    text: str
    answers: tuple[GuideAnswerRecord, ...]


@dataclass(frozen=True)
class GuideRecord:
    id: str
    language: str
    title: str
    summary: str
    category: str
    families: tuple[str, ...]
    keywords: tuple[str, ...]
    start_step: str
    steps: tuple[GuideStepRecord, ...]
    version: int

    def step(self, step_id: str) -> GuideStepRecord | None:
        return next((s for s in self.steps if s.id == step_id), None)


def fts_query(user_text: str, *, match_all: bool = True) -> str:
    """A safe FTS5 query for `user_text`: each whitespace-separated word quoted (inner quotes doubled) with a prefix
    star, joined by AND (`match_all`) or OR. Words without a letter or digit are dropped; "" when nothing is left."""
    terms = [word for word in user_text.split() if _WORD_CHARS.search(word)]
    if not match_all:
        terms = [word for word in terms if len(word) >= _MIN_ANY_TERM]
    quoted = ['"' + word.replace('"', '""') + '"*' for word in terms]
    return (" " if match_all else " OR ").join(quoted)


def search_guides(engine: Engine, user_text: str, *, language: str, family: str | None = None,
                  category: str | None = None, limit: int = 20, match_all: bool = True) -> list[GuideHit]:
    """Guides in `language` matching `user_text`, best first (bm25; title and keywords weigh most). A guide whose
    families list is empty applies to every family. Empty text lists the filtered guides by title.
    `match_all=False` ranks guides sharing any (3+ letter) word — what suggesting guides for a case subject needs."""
    params = {"language": language, "family": family, "category": category, "limit": limit}
    query = fts_query(user_text, match_all=match_all)
    if query:
        sql = (f"SELECT g.*, {BM25_RANK} AS rank FROM guides_fts JOIN guides g "
               f"ON g.id = guides_fts.guide_id AND g.language = guides_fts.language "
               f"WHERE guides_fts MATCH :query AND {_FILTERS} ORDER BY rank, g.title LIMIT :limit")
        params["query"] = query
    elif user_text.strip() and match_all:
        return []  # only punctuation: nothing can match it
    else:
        sql = f"SELECT g.* FROM guides g WHERE {_FILTERS} ORDER BY g.title, g.id LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [guide_hit(r) for r in rows]


def guide_hit(row) -> GuideHit:
    """A `guides` row (as a mapping) as a search hit."""
    return GuideHit(id=row["id"], language=row["language"], title=row["title"], summary=row["summary"],
                    category=row["category"], families=tuple(json.loads(row["families_json"])))


def guide(engine: Engine, guide_id: str, language: str) -> GuideRecord | None:
    """One guide with its steps parsed; None when it is not cached in that language."""
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM guides WHERE id = :id AND language = :language"),
                           {"id": guide_id, "language": language}).mappings().first()
    if row is None:
        return None
    return GuideRecord(id=row["id"], language=row["language"], title=row["title"], summary=row["summary"],
                       category=row["category"], families=tuple(json.loads(row["families_json"])),
                       keywords=tuple(json.loads(row["keywords_json"])), start_step=row["start_step"],
                       steps=tuple(_step(s) for s in json.loads(row["steps_json"])), version=row["version"])


def product_families(engine: Engine) -> list[str]:
    """The product families of the machines in the cache (what the self-help page filters by)."""
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT DISTINCT family FROM products WHERE family != '' ORDER BY family"))
                    .scalars())


def _step(raw: dict) -> GuideStepRecord:
    answers = tuple(GuideAnswerRecord(label=a["label"], outcome=a["outcome"], next_step=a.get("next_step"),
                                      category=a.get("category")) for a in raw.get("answers", ()))
    return GuideStepRecord(id=raw["id"], text=raw["text"], answers=answers)
