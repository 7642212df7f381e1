"""The orders feature as the sync machinery sees it: two request kinds (an order, a cancel), the feed's catalogue and
orders, and the "order shipped" notices a feed page's news becomes."""

from domain.wire import Article, Order
from sync.feature_spec import Feature, FeedEntity, FeedPage, RequestKind
from sync.orders import apply
from sync.orders.apply import CANCEL_KIND, ORDER_KIND
from sync.orders.rows import OrderCancelRows, OrderRows


def _news(page: FeedPage) -> apply.News:
    return page.state.setdefault("orders", apply.News(enabled=page.notify))


ORDERS = Feature(
    name="orders",
    kinds=(RequestKind(ORDER_KIND, OrderRows(), answer=Order),
           RequestKind(CANCEL_KIND, OrderCancelRows(), answer=Order)),
    feed=(FeedEntity("article", lambda conn, data, _page: apply.upsert_article(conn, Article.model_validate(data)),
                     apply.delete_article),
          FeedEntity("order", lambda conn, data, page: apply.upsert_order(conn, Order.model_validate(data),
                                                                          _news(page)),
                     apply.delete_order)),
    reset=apply.reset_orders,
    after_page=lambda conn, page: apply.write_notices(conn, _news(page)),
    item_product=apply.item_product,
)
