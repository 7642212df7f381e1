"""The supplies catalogue and the orders from the portal (the feed, or the answer to our own order) into the cache.

Our own unsent orders (sync_status pending/rejected) belong to the outbox and survive a reset; the portal's copy of
one (same client-made id) turns it synced in place. A cancel still waiting in the queue stays shown over the
portal's copy until it is sent.

`News` collects the orders a feed page saw ship; the notices ("order shipped", with the tracking reference) are written
at the end of the page, in its transaction. Only an order this cache already knew in an earlier state is news: the
first full sync and a reset bring history, and a colleague's order first seen already shipped is not news either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select, update

from domain.consumables import ARTICLE_KINDS, COLOURS
from sync.cache.changed import Changed
from sync.cache.schema import article_models, articles, order_lines, orders, outbox, products
from sync.cache.stamps import to_iso
from sync.cache.upsert import upsert
from sync.notices import add_notice

if TYPE_CHECKING:  # annotations only
    from domain.wire import Article, Order
    from sync.outbox.records import OutboxItem

ORDER_KIND = "order.create"
CANCEL_KIND = "order.cancel"
LOCAL_STATUSES = ("pending", "rejected")
_BEFORE_SHIPPING = (None, "submitted", "confirmed")


@dataclass
class News:
    enabled: bool = True
    shipped: list[str] = field(default_factory=list)


QUIET = News(enabled=False)


def group_key(order_id: str) -> str:
    return f"order:{order_id}"


def upsert_article(conn: Connection, item: Article) -> Changed:
    upsert(conn, articles, {"id": item.id, "name_nb": item.name_nb, "name_en": item.name_en, "kind": item.kind,
                            "colour": item.colour, "page_yield": item.page_yield, "sort_key": sort_key(item)})
    conn.execute(delete(article_models).where(article_models.c.article_id == item.id))
    if item.models:
        conn.execute(insert(article_models), [{"article_id": item.id, "model": m} for m in item.models])
    return {"article": {item.id}}


def sort_key(item: Article) -> str:
    """Toner before drums before staples; black before cyan, magenta and yellow; then by article number."""
    kind = ARTICLE_KINDS.index(item.kind) if item.kind in ARTICLE_KINDS else len(ARTICLE_KINDS)
    colour = COLOURS.index(item.colour) if item.colour in COLOURS else len(COLOURS)
    return f"{kind:02d}{colour:02d}{item.id}"


def delete_article(conn: Connection, article_id: str) -> Changed:
    conn.execute(delete(article_models).where(article_models.c.article_id == article_id))
    conn.execute(delete(articles).where(articles.c.id == article_id))
    return {"article": {article_id}}


def upsert_order(conn: Connection, item: Order, news: News = QUIET) -> Changed:
    before = conn.execute(select(orders.c.portal_state).where(orders.c.id == item.id)).first()
    upsert(conn, orders, {
        "id": item.id, "number": item.number, "product_id": item.product_id, "state": item.state,
        "created_at": to_iso(item.created_at), "created_by": item.created_by,
        "confirmed_at": _iso(item.confirmed_at), "shipped_at": _iso(item.shipped_at),
        "delivered_at": _iso(item.delivered_at), "cancelled_at": _iso(item.cancelled_at), "carrier": item.carrier,
        "tracking_ref": item.tracking_ref, "note": item.note,
        "delivery_json": json.dumps(item.delivery.model_dump(mode="json"), sort_keys=True), "version": item.version,
        "sync_status": "synced", "portal_state": item.state, "search_text": ""})
    write_lines(conn, item.id, [(line.article, line.quantity) for line in item.lines])
    refresh_search_text(conn, item.id)
    _keep_waiting_cancel(conn, item.id)
    if (news.enabled and before is not None and before.portal_state in _BEFORE_SHIPPING
            and item.state in ("shipped", "delivered")):
        news.shipped.append(item.id)
    return {"order": {item.id}}


def write_lines(conn: Connection, order_id: str, lines: list[tuple[str, int]]) -> None:
    conn.execute(delete(order_lines).where(order_lines.c.order_id == order_id))
    if lines:
        conn.execute(insert(order_lines), [{"order_id": order_id, "position": position, "article_id": article,
                                            "quantity": quantity}
                                           for position, (article, quantity) in enumerate(lines, start=1)])


def refresh_search_text(conn: Connection, order_id: str) -> None:
    """Lower-cased number, machine, articles (numbers and both names), carrier, tracking, note and who ordered."""
    row = conn.execute(select(orders.c.number, orders.c.carrier, orders.c.tracking_ref, orders.c.note,
                              orders.c.created_by, orders.c.delivery_json, products.c.serial, products.c.model)
                       .select_from(orders.outerjoin(products, products.c.id == orders.c.product_id))
                       .where(orders.c.id == order_id)).one()
    names = conn.execute(select(order_lines.c.article_id, articles.c.name_nb, articles.c.name_en)
                         .select_from(order_lines.outerjoin(articles, articles.c.id == order_lines.c.article_id))
                         .where(order_lines.c.order_id == order_id)).all()
    recipient = json.loads(row.delivery_json or "{}").get("recipient", "")
    parts = [row.number, row.serial, row.model, row.carrier, row.tracking_ref, row.note, row.created_by, recipient,
             *(part for n in names for part in n)]
    text = " ".join(" ".join(str(p).split()) for p in parts if p and str(p).strip()).lower()
    conn.execute(update(orders).where(orders.c.id == order_id).values(search_text=text))


def delete_order(conn: Connection, order_id: str) -> Changed:
    """An order we may no longer see (our unsent ones stay)."""
    done = conn.execute(delete(orders).where(orders.c.id == order_id, orders.c.sync_status == "synced")).rowcount
    if done:
        conn.execute(delete(order_lines).where(order_lines.c.order_id == order_id))
    return {"order": {order_id}}


def item_product(conn: Connection, item: "OutboxItem") -> str | None:
    """The machine of the order an unsent cancel is about (`sync.engine.access`)."""
    head, _, order_id = item.group_key.partition(":")
    if head != "order":
        return None
    return conn.execute(select(orders.c.product_id).where(orders.c.id == order_id)).scalar_one_or_none()


def reset_orders(conn: Connection) -> Changed:
    """Drop the portal's orders and the catalogue; our unsent orders stay."""
    kept = select(orders.c.id).where(orders.c.sync_status.in_(LOCAL_STATUSES))
    conn.execute(delete(order_lines).where(order_lines.c.order_id.not_in(kept)))
    conn.execute(delete(orders).where(orders.c.sync_status == "synced"))
    conn.execute(delete(article_models))
    conn.execute(delete(articles))
    return {"order": None, "article": None}


def write_notices(conn: Connection, news: News) -> Changed:
    if not news.enabled or not news.shipped:
        return {}
    for order_id in news.shipped:
        row = conn.execute(select(orders.c.number, orders.c.carrier, orders.c.tracking_ref, products.c.serial)
                           .select_from(orders.outerjoin(products, products.c.id == orders.c.product_id))
                           .where(orders.c.id == order_id)).first()
        if row is not None:
            title = f"{row.number}: {row.serial}" if row.serial else str(row.number)
            add_notice(conn, "shipped", "order", order_id, title,
                       json.dumps({"carrier": row.carrier or "", "tracking_ref": row.tracking_ref or ""}))
    news.shipped.clear()
    return {"notice": None}


def _keep_waiting_cancel(conn: Connection, order_id: str) -> None:
    """A cancel we queued and have not sent yet stays shown over the portal's (older) copy."""
    waiting = conn.execute(select(outbox.c.seq).where(outbox.c.kind == CANCEL_KIND, outbox.c.entity_id == order_id,
                                                      outbox.c.state.in_(("queued", "sending")))).first()
    if waiting is not None:
        conn.execute(update(orders).where(orders.c.id == order_id, orders.c.state == "submitted")
                     .values(state="cancelled"))


def _iso(moment) -> str | None:
    return to_iso(moment) if moment is not None else None
