"""Filling in the vendor's supplies catalogue (`portal.catalogue_data`) in a demo portal.

The catalogue is the vendor's, not an account's, but the change log is kept per account: each account gets a feed
entry for each article that fits one of its machines when the catalogue is filled in.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select

from portal import changes
from portal.catalogue_data import ARTICLES
from portal.changes import ChangeRecord
from portal.db import Store, article_models, articles, products


def ensure_catalogue(store: Store) -> bool:
    """Fill in the catalogue unless it has articles, with a feed entry per account for each article that fits one
    of its machines. Returns whether it filled it in."""
    with store.write() as conn:
        if conn.execute(select(func.count()).select_from(articles)).scalar_one():
            return False
        conn.execute(insert(articles), [
            {"id": a.number, "name_nb": a.name_nb, "name_en": a.name_en, "kind": a.kind, "colour": a.colour,
             "page_yield": a.page_yield, "position": position} for position, a in enumerate(ARTICLES, start=1)])
        conn.execute(insert(article_models), [{"article_id": a.number, "model": model}
                                              for a in ARTICLES for model in a.models])
        pairs = conn.execute(select(products.c.account_id, article_models.c.article_id).distinct()
                             .join(article_models, article_models.c.model == products.c.model)
                             .order_by(products.c.account_id, article_models.c.article_id)).all()
        changes.record(conn, [ChangeRecord(account_id, "article", article_id) for account_id, article_id in pairs])
        return True
