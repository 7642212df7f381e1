"""The order flow with real widgets: fitting articles only, the contract's limit checked as you type (the add and
queue buttons wait), the 30-day warning that does not block, a cart across two machines that goes as one order per
machine, queued at once and "not sent yet" on the Orders page, its filters and search, a cancel; and the models under
QAbstractItemModelTester."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import update

from desktop.formatting import format_date, format_number
from desktop.models.orders import CartLine, CartModel, OrdersModel
from desktop.views.orders.order_dialog import OrderDialog
from desktop.views.orders.orders_page import OrdersPage
from domain.clock import ACCOUNT_TZ
from sync.account.apply import upsert_me
from sync.cache.db import writer
from sync.cache.schema import products
from sync.orders import apply, queries
from sync.orders.queries import OrderQuery
from sync.outbox import queue as outbox
from tests.desktop.pages_fixtures import (  # noqa: F401
    MODELS,
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)
from tests.sync.factories import me
from tests.sync.orders.factories import article, order

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BLACK, CYAN, OTHER = "TN-BK", "TN-C", "HP-1"
FIRST, SECOND = product_id(0), product_id(3)  # two machines of the same model


@pytest.fixture
def ctx(offline_ctx):  # noqa: F811
    recent = order("o-old", FIRST, "delivered", lines=((BLACK, 2),))
    recent = recent.model_copy(update={"created_at": datetime.combine(TODAY - timedelta(days=5), time(9),
                                                                      ACCOUNT_TZ)})
    with writer(offline_ctx.engine).begin() as conn:
        upsert_me(conn, me())
        for item in (article(BLACK, models=[MODELS[0]], name_en="Toner black"),
                     article(CYAN, colour="cyan", models=[MODELS[0]], name_en="Toner cyan"),
                     article(OTHER, models=["Somebody else's model"])):
            apply.upsert_article(conn, item)
        apply.upsert_order(conn, recent)
        conn.execute(update(products).where(products.c.id == FIRST).values(order_line_limit=5))
    return offline_ctx


def row_of(dialog: OrderDialog, article_id: str):
    return next(r for r in dialog.rows if r.article.id == article_id)


def test_only_fitting_articles_with_colour_yield_and_last_ordered(ctx, qtbot):
    dialog = OrderDialog(ctx, product_id=FIRST)
    qtbot.addWidget(dialog)
    assert [r.article.id for r in dialog.rows] == [BLACK, CYAN]
    black = row_of(dialog, BLACK)
    assert black.facts.text() == f"black · {format_number(20_000)} pages · last ordered " \
                                 f"{format_date(TODAY - timedelta(days=5))}"
    assert "not ordered before" in row_of(dialog, CYAN).facts.text()
    assert "At most 5 of one article" in dialog.limit_note.text()


def test_the_limit_is_checked_as_you_type_and_the_30_day_warning_does_not_block(ctx, qtbot):
    dialog = OrderDialog(ctx, product_id=FIRST)
    qtbot.addWidget(dialog)
    dialog.show()
    black, cyan = row_of(dialog, BLACK), row_of(dialog, CYAN)
    qtbot.keyClicks(cyan.quantity, "6")
    assert cyan.message.isVisible() and "at most 5" in cyan.message.text()
    assert not dialog.add_button.isEnabled() and not dialog.send_button.isEnabled()
    cyan.quantity.setText("x")
    assert "whole number" in cyan.message.text() and not dialog.add_button.isEnabled()
    cyan.quantity.setText("5")
    assert not cyan.message.isVisible() and dialog.add_button.isEnabled()
    qtbot.keyClicks(black.quantity, "1")
    assert black.message.isVisible() and "Already ordered for this machine" in black.message.text()
    assert dialog.add_button.isEnabled() and dialog.send_button.isEnabled()  # a warning, not a block
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(r.article_id, r.quantity) for r in dialog.cart.rows] == [(BLACK, 1), (CYAN, 5)]
    assert black.quantity.text() == "" and not black.message.isVisible()
    dialog.cart.set_rows([])  # nothing left to ask about when the test closes it


def test_a_cart_across_two_machines_goes_as_one_order_each_and_shows_not_sent_yet(ctx, qtbot):
    page = OrdersPage(ctx)
    qtbot.addWidget(page)
    page.show_filter("all")
    before = page.model.rowCount()
    page.new_item(product_id=FIRST)
    dialog = page.dialog
    row_of(dialog, BLACK).quantity.setText("2")
    dialog.add_to_cart()
    dialog.machine.setCurrentIndex(dialog.machine.findData(SECOND))
    assert [r.article.id for r in dialog.rows] == [BLACK, CYAN] and "At most 10" in dialog.limit_note.text()
    assert len(dialog.grid_host.findChildren(QLineEdit)) == 2  # the first machine's fields are gone, not hidden under
    row_of(dialog, CYAN).quantity.setText("3")
    dialog.add_to_cart()
    assert dialog.cart.machines() == 2 and dialog.send_button.text() == "Queue 2 order(s)"
    dialog.note.setText("Til resepsjonen")
    with qtbot.waitSignal(dialog.orders_queued, timeout=10000) as queued:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    ids = queued.args[0]
    assert len(ids) == 2
    items = outbox.outbox_items(ctx.engine)
    assert [(i.kind, i.body["product_id"], i.body["lines"]) for i in items] == [
        ("order.create", FIRST, [{"article": BLACK, "quantity": 2}]),
        ("order.create", SECOND, [{"article": CYAN, "quantity": 3}])]
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 2, timeout=10000)
    shown = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    for order_id in ids:
        index = page.model.index(shown[order_id], OrdersModel.Col.NUMBER)
        assert index.data() == "Not sent yet"
        assert page.model.index(shown[order_id], OrdersModel.Col.STATE).data() == "Not sent yet"
    assert page.filter_buttons["open"].text() == "Open (2)"


def test_filters_search_and_cancel(ctx, qtbot):
    queue = queries  # the page reads through the model; the cache is written by the operations
    from sync.orders.operations import queue_order
    mine = queue_order(ctx.engine, FIRST, [(CYAN, 1)]).value
    page = OrdersPage(ctx)
    qtbot.addWidget(page)
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [mine]  # open: not the delivered one
    page.show_filter("all")
    assert page.model.rowCount() == 2
    page.search.setText("o-old-nothing")
    assert page.model.rowCount() == 0
    page.search.setText(BLACK.lower())
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == ["o-old"]
    page.search.clear()
    assert page.select_item(mine)
    assert page.cancel_button.isEnabled() and "Lines: 1 × Toner cyan" in page.detail.text()
    with qtbot.waitSignal(page.status_message, timeout=10000):
        page.cancel_current()
    qtbot.waitUntil(lambda: queue.order_row(ctx.engine, mine).state == "cancelled", timeout=10000)
    assert [i.kind for i in outbox.outbox_items(ctx.engine)] == ["order.create", "order.cancel"]
    assert queries.order_counts(ctx.engine).open == 1  # not sent yet: still open as far as the portal knows
    qtbot.waitUntil(lambda: not page.cancel_button.isEnabled(), timeout=10000)  # the row's new state applied
    assert page.cancel_button.toolTip() == "Only a submitted order can be cancelled"


def test_the_list_shows_its_sql_order_and_says_why_it_is_empty(ctx, qtbot):
    from sync.orders.operations import queue_order
    first = queue_order(ctx.engine, FIRST, [(CYAN, 1)]).value
    second = queue_order(ctx.engine, SECOND, [(BLACK, 2)]).value
    page = OrdersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    page.show_filter("all")
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (OrdersModel.Col.ORDERED, Qt.SortOrder.DescendingOrder)  # what the SQL shows: newest first
    assert [page.model.row_at(r).id for r in range(3)] == [second, first, "o-old"]
    qtbot.waitUntil(lambda: header.sectionSize(OrdersModel.Col.LINES) > header.sectionSize(OrdersModel.Col.TRACKING),
                    timeout=10000)  # the lines take the room, the tracking is fitted
    assert page.cancel_button.toolTip() == "Select an order"
    with qtbot.waitSignal(page.status_message, timeout=10000) as said:
        header.setSortIndicator(OrdersModel.Col.LINES, Qt.SortOrder.AscendingOrder)
    assert said.args == ["This column cannot be sorted."]
    assert header.sortIndicatorSection() == OrdersModel.Col.ORDERED  # the arrow stays where the order is
    page.search.setText("xyz")
    assert not page.list_area.showing_rows() and page.list_area.message.text() == "No orders match “xyz”."
    qtbot.mouseClick(page.list_area.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.list_area.showing_rows() and page.model.rowCount() == 3
    page.show_filter("shipped")
    assert not page.list_area.showing_rows() and not page.list_area.clear_button.isVisible()
    assert "No order is on its way" in page.list_area.message.text()


def test_the_models_pass_the_model_tester(ctx, qtmodeltester):
    from sync.orders.operations import queue_order
    for _ in range(3):
        queue_order(ctx.engine, SECOND, [(BLACK, 1)])
    model = OrdersModel(ctx, query=OrderQuery(filter="all"))
    model.page_size = 2
    model.reload()
    qtmodeltester.check(model)
    model.update_query(filter="shipped")
    qtmodeltester.check(model)
    cart = CartModel()
    cart.put(CartLine("a/x", "a", "SN1", "x", "Toner", 2))
    cart.put(CartLine("b/y", "b", "SN2", "y", "Drum", 1))
    cart.put(CartLine("a/z", "a", "SN1", "z", "Staples", 3))
    assert [r.id for r in cart.rows] == ["a/x", "a/z", "b/y"]  # a machine's lines stay together
    cart.put(CartLine("a/x", "a", "SN1", "x", "Toner", 4))
    assert cart.rows[0].quantity == 4 and cart.rowCount() == 3
    qtmodeltester.check(cart)
