"""The supplies catalogue: which articles there are, which fit which model, and which a caller may see.

A caller sees the articles that fit a model of a product they may see (an administrator: of any product of the
account). It is filled in by `portal.catalogue_seed`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Select, select, true

from domain.wire import Article
from portal.auth import Principal
from portal.db import article_models, articles, products
from portal.entities import visible_products


def visible_article_ids(principal: Principal) -> Select:
    """The ids of the articles that fit a model of a product the caller may see."""
    return (select(article_models.c.article_id)
            .join(products, products.c.model == article_models.c.model)
            .where(visible_products(principal)))


def articles_where(conn: Connection, principal: Principal, condition: ColumnElement[bool] = true()) -> list[Article]:
    """Visible articles, in the catalogue's order."""
    rows = conn.execute(select(articles).where(articles.c.id.in_(visible_article_ids(principal)), condition)
                        .order_by(articles.c.position)).all()
    fits = _models_of(conn, [r.id for r in rows])
    return [Article(id=r.id, name_nb=r.name_nb, name_en=r.name_en, kind=r.kind, colour=r.colour,
                    page_yield=r.page_yield, models=fits.get(r.id, [])) for r in rows]


def articles_for_model(conn: Connection, principal: Principal, model: str) -> list[Article]:
    return articles_where(conn, principal, articles.c.id.in_(fitting_ids(model)))


def fitting_ids(model: str) -> Select:
    return select(article_models.c.article_id).where(article_models.c.model == model)


def fitting_set(conn: Connection, model: str) -> set[str]:
    return set(conn.execute(fitting_ids(model)).scalars())


def load_for_feed(conn: Connection, principal: Principal, ids: list[str]) -> dict[str, dict]:
    return {a.id: a.model_dump(mode="json") for a in articles_where(conn, principal, articles.c.id.in_(ids))}


def _models_of(conn: Connection, article_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    rows = conn.execute(select(article_models.c.article_id, article_models.c.model)
                        .where(article_models.c.article_id.in_(article_ids))
                        .order_by(article_models.c.article_id, article_models.c.model))
    for article_id, model in rows:
        found.setdefault(article_id, []).append(model)
    return found
