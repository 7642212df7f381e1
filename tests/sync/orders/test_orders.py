"""The orders feature on a cache: the catalogue a machine fits with its last-ordered dates, the list's filters,
search and keyset paging in SQL, the cart's checks and its one transaction, a cancel's rules, what a refusal or a
discard puts back, the shipped notice and a reset that keeps our unsent orders."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from domain import problems
from domain.consumables import OrderRuleError
from sync.cache.db import writer
from sync.cache.schema import me, order_lines, orders, products
from sync.feature_spec import FeedPage
from sync.notices import unshown_notices
from sync.orders import apply, queries
from sync.orders.operations import (
    OrderInputError,
    queue_cancel,
    queue_cart,
    queue_order,
)
from sync.orders.queries import OrderQuery
from sync.orders.rows import OrderCancelRows, OrderRows
from sync.outbox import queue as outbox
from tests.sync.orders.factories import BLACK, CYAN, DRUM, OTHER, order, seed_orders


def codes(error: OrderInputError) -> dict[str, list[tuple[str, str]]]:
    return {key: [(p.field, p.code) for p in found] for key, found in error.problems.items()}


def test_the_catalogue_of_a_machine_in_its_order_with_the_last_ordered_day(cache):
    seed_orders(cache, order("o-1", day=3, lines=((BLACK, 1), (DRUM, 1))), order("o-2", day=9, number=2),
                order("o-3", day=20, state="cancelled", lines=((CYAN, 1),), number=3),
                order("o-4", "p-2", day=21, lines=((CYAN, 1),), number=4))
    found = queries.fitting_articles(cache, "p-1")
    assert [a.id for a in found] == [BLACK, CYAN, DRUM]  # toner black, cyan, then the drum; not the HP's
    assert {a.id: a.last_ordered for a in found} == {BLACK: date(2026, 11, 9), CYAN: None, DRUM: date(2026, 11, 3)}
    assert found[0].name("nb") == "Toner svart" and found[0].name("en") == f"Toner {BLACK} (en)"


def test_filters_search_and_paging_are_sql(cache):
    seed_orders(cache, *(order(f"o-{n:02d}", state=state, day=n, number=n, tracking="7070123" if n == 5 else None)
                         for n, state in enumerate(["submitted", "confirmed", "shipped", "delivered", "shipped",
                                                    "cancelled"] * 3, start=1)))
    assert queries.order_counts(cache) == queries.OrderCounts(open=6, shipped=6, all=18)
    newest_first = queries.order_page(cache, OrderQuery(filter="all"), limit=5)
    assert [o.id for o in newest_first] == ["o-18", "o-17", "o-16", "o-15", "o-14"]
    rest = queries.order_page(cache, OrderQuery(filter="all"), after=newest_first[-1], limit=50)
    assert len(rest) == 13 and rest[0].id == "o-13"
    assert {o.state for o in queries.all_orders(cache, OrderQuery(filter="shipped"))} == {"shipped"}
    assert {o.state for o in queries.all_orders(cache, OrderQuery())} == {"submitted", "confirmed"}
    assert [o.id for o in queries.all_orders(cache, OrderQuery(filter="all", text="7070123"))] == ["o-05"]
    assert len(queries.all_orders(cache, OrderQuery(filter="all", text="SVART sn100"))) == 18
    by_number = queries.order_page(cache, OrderQuery(filter="all", sort="number", descending=False), limit=3)
    assert [o.number for o in by_number] == ["OR0001001", "OR0001002", "OR0001003"]
    assert queries.order_row(cache, "o-05").lines[0].name("nb") == "Toner svart"
    with pytest.raises(ValueError):
        queries.order_count(cache, OrderQuery(filter="nope"))  # type: ignore[arg-type]


def test_a_cart_goes_as_one_order_per_machine_in_one_transaction(cache):
    seed_orders(cache)
    written = queue_cart(cache, {"p-1": [(BLACK, 2), (CYAN, 1)], "p-2": [(DRUM, 1)]}, note=" Resepsjonen ")
    first, second = written.value
    assert written.changed["order"] == {first, second} and len(written.changed["outbox"]) == 2
    rows = {o.id: o for o in queries.all_orders(cache, OrderQuery())}
    assert (rows[first].serial, rows[first].sync_status, rows[first].number) == ("SN100", "pending", None)
    assert [(line.article_id, line.quantity) for line in rows[first].lines] == [(BLACK, 2), (CYAN, 1)]
    assert rows[first].note == "Resepsjonen" and rows[first].delivery["site_name"] == "Head office"
    items = outbox.outbox_items(cache)
    assert [(i.kind, i.path, i.body["product_id"]) for i in items] == [("order.create", "/orders", "p-1"),
                                                                       ("order.create", "/orders", "p-2")]
    assert items[0].body["lines"] == [{"article": BLACK, "quantity": 2}, {"article": CYAN, "quantity": 1}]
    assert {i.group_key for i in items} == {f"order:{first}", f"order:{second}"}


def test_a_cart_with_any_problem_queues_nothing_and_names_them_all(cache):
    seed_orders(cache)
    with writer(cache).begin() as conn:
        conn.execute(update(products).where(products.c.id == "p-3").values(active=0))
        conn.execute(update(products).where(products.c.id == "p-2").values(order_line_limit=2))
    with pytest.raises(OrderInputError) as refused:
        queue_cart(cache, {"p-1": [(BLACK, 1), (OTHER, 1), (CYAN, 0)], "p-2": [(BLACK, 3)], "p-3": [(BLACK, 1)],
                           "p-9": [(BLACK, 1)]}, note="x" * 1001)
    assert codes(refused.value) == {
        "p-1": [("lines.1.article", problems.ORDER_ARTICLE_NOT_FITTING),
                ("lines.2.quantity", problems.ORDER_QUANTITY_INVALID)],
        "p-2": [("lines.0.quantity", problems.ORDER_QUANTITY_OVER_LIMIT)],
        "p-3": [("product_id", problems.ORDER_PRODUCT_INACTIVE)],
        "p-9": [("product_id", problems.ORDER_PRODUCT_UNKNOWN)],
        "": [("note", problems.ORDER_NOTE_TOO_LONG)]}
    with pytest.raises(OrderInputError) as empty:
        queue_order(cache, "p-1", [])
    assert codes(empty.value) == {"p-1": [("lines", problems.ORDER_EMPTY)]}
    assert outbox.outbox_items(cache) == [] and queries.order_counts(cache).all == 0


def test_a_cancel_is_for_a_submitted_order_of_ours_or_an_administrator(cache):
    seed_orders(cache, order("o-1"), order("o-2", state="confirmed", number=2),
                order("o-3", by="ola@example.no", number=3))
    written = queue_cancel(cache, "o-1")
    assert queries.order_row(cache, "o-1").state == "cancelled" and written.changed["order"] == {"o-1"}
    (item,) = outbox.outbox_items(cache)
    assert (item.kind, item.path, item.group_key) == ("order.cancel", "/orders/o-1/cancel", "order:o-1")
    with pytest.raises(OrderRuleError) as late:
        queue_cancel(cache, "o-2")
    assert late.value.code == problems.ORDER_CANCEL_NOT_ALLOWED
    with pytest.raises(OrderRuleError) as theirs:
        queue_cancel(cache, "o-3")
    assert theirs.value.code == problems.ORDER_NOT_CANCELLABLE
    with writer(cache).begin() as conn:
        conn.execute(update(me).values(role="admin"))
    queue_cancel(cache, "o-3")
    assert queries.order_row(cache, "o-3").state == "cancelled"


def test_a_waiting_cancel_stays_over_the_feed_and_a_refused_one_is_put_back(cache):
    seed_orders(cache, order("o-1"))
    queue_cancel(cache, "o-1")
    with writer(cache).begin() as conn:
        apply.upsert_order(conn, order("o-1"))  # the feed still says submitted: our cancel has not gone yet
    assert queries.order_row(cache, "o-1").state == "cancelled"
    (item,) = outbox.outbox_items(cache)
    with writer(cache).begin() as conn:
        conn.execute(update(orders).where(orders.c.id == "o-1").values(portal_state="confirmed"))
        OrderCancelRows().rejected(conn, "o-1", item)
    assert queries.order_row(cache, "o-1").state == "confirmed"


def test_an_unsent_order_is_refused_resent_and_discarded(cache):
    seed_orders(cache)
    order_id = queue_order(cache, "p-1", [(BLACK, 1)]).value
    queue_cancel(cache, order_id)
    create, cancel = outbox.outbox_items(cache)
    with writer(cache).begin() as conn:
        OrderRows().rejected(conn, order_id, create)
    assert queries.order_row(cache, order_id).sync_status == "rejected"
    with writer(cache).begin() as conn:
        OrderRows().resent(conn, order_id, {**create.body, "lines": [{"article": CYAN, "quantity": 3}]})
    row = queries.order_row(cache, order_id)
    assert row.sync_status == "pending" and [(x.article_id, x.quantity) for x in row.lines] == [(CYAN, 3)]
    with writer(cache).begin() as conn:
        OrderRows().discarded(conn, order_id, create)
        assert conn.execute(select(order_lines).where(order_lines.c.order_id == order_id)).all() == []
    assert queries.order_row(cache, order_id) is None
    assert outbox.outbox_item(cache, cancel.seq) is None  # the cancel cannot go without its order


def test_an_order_seen_shipping_is_one_notice_and_history_is_none(cache):
    seed_orders(cache, order("o-1"), order("o-2", number=2))
    page = FeedPage(notify=True)
    news = page.state.setdefault("orders", apply.News(enabled=True))
    with writer(cache).begin() as conn:
        apply.upsert_order(conn, order("o-1", state="shipped", tracking="70720001"), news)
        apply.upsert_order(conn, order("o-9", state="shipped", number=9, tracking="70720009"), news)  # first seen
        apply.upsert_order(conn, order("o-2", state="confirmed", number=2), news)
        apply.write_notices(conn, news)
    (notice,) = unshown_notices(cache)
    assert (notice.kind, notice.entity, notice.entity_id, notice.title) == ("shipped", "order", "o-1",
                                                                            "OR0001001: SN100")
    assert notice.shipment == ("Bring", "70720001")
    with writer(cache).begin() as conn:
        apply.upsert_order(conn, order("o-1", state="delivered", tracking="70720001"), news)
        apply.write_notices(conn, news)
    assert len(unshown_notices(cache)) == 1


def test_a_reset_keeps_our_unsent_orders(cache):
    seed_orders(cache, order("o-1"))
    mine = queue_order(cache, "p-2", [(BLACK, 1)]).value
    with writer(cache).begin() as conn:
        apply.reset_orders(conn)
    assert [o.id for o in queries.all_orders(cache, OrderQuery(filter="all"))] == [mine]
    assert queries.order_row(cache, mine).lines[0].article_id == BLACK
    assert queries.fitting_articles(cache, "p-2") == []
    with writer(cache).begin() as conn:
        apply.delete_order(conn, mine)  # the feed never deletes what is ours and unsent
    assert queries.order_row(cache, mine) is not None
