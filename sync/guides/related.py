"""What to offer when a guide did not help ("This did not help"): other guides about the same fault, never arbitrary
ones, and never the guides the user already gave up on.

Related means: filed under the category the new case goes to, or the failed guide's own category (a "faded print"
guide that ends in "the toner is low" leads to the supplies guides first, then to the other print-quality ones); for
the same machine (its family; with no machine chosen, a family the failed guide was for, so a large-format roll jam
never suggests the tray guides of an office MFP); ranked by how much they share with the failed guide's title and
keywords (the symptom). When nothing fits, nothing is offered: the user goes on to the case.
"""

from __future__ import annotations

from typing import Collection

from sqlalchemy import Engine, bindparam, text

from sync.guides.search import BM25_RANK, GuideHit, fts_query, guide, guide_hit

_RELATED = """
    SELECT g.*, {rank} AS rank FROM guides g {ranked}
    WHERE g.language = :language AND g.category IN :categories AND g.id NOT IN :excluded AND {families}
    ORDER BY g.category = :category DESC, rank IS NULL, rank, g.title, g.id
    LIMIT :limit
"""
_RANKED = (f"LEFT JOIN (SELECT guide_id, language, {BM25_RANK} AS rank FROM guides_fts WHERE guides_fts MATCH :query)"
           f" r ON r.guide_id = g.id AND r.language = g.language")
_FITS = ("(g.families_json = '[]' OR EXISTS (SELECT 1 FROM json_each(g.families_json) "
         "WHERE json_each.value IN :families))")


def related_guides(engine: Engine, failed_guide_id: str, *, language: str, category: str | None = None,
                   family: str | None = None, exclude: Collection[str] = (), limit: int = 5) -> list[GuideHit]:
    """Guides related to `failed_guide_id` (see the module docstring), best first. `category` is what the new case
    is filed under (the failed guide's own when None); `family` the chosen machine's; `exclude` the other guides given
    up on. [] when the failed guide is not cached in `language`."""
    failed = guide(engine, failed_guide_id, language)
    if failed is None:
        return []
    category = category or failed.category
    families = (family,) if family else failed.families
    query = fts_query(" ".join((failed.title, *failed.keywords)), match_all=False)
    sql = text(_RELATED.format(rank="r.rank" if query else "NULL", ranked=_RANKED if query else "",
                               families=_FITS if families else "1"))
    sql = sql.bindparams(bindparam("categories", expanding=True), bindparam("excluded", expanding=True),
                         *([bindparam("families", expanding=True)] if families else []))
    params = {"language": language, "categories": sorted({category, failed.category}), "category": category,
              "excluded": sorted({failed_guide_id, *exclude}), "limit": limit}
    if query:
        params["query"] = query
    if families:
        params["families"] = list(families)
    with engine.connect() as conn:
        return [guide_hit(row) for row in conn.execute(sql, params).mappings()]
