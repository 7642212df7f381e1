"""The machine data form with real widgets: bad input is refused at the field as it is typed (an e-mail without a
domain, a text over its limit, no building, floor or room left) with Save off, and a good edit is saved to the
cache and queued offline, the machine's detail showing it as not sent yet."""

from __future__ import annotations

import pytest

from desktop.views.products.product_detail import ProductDetail
from desktop.views.products.product_edit_dialog import ProductEditDialog
from sync.outbox import queue
from sync.products import queries as product_queries
from tests.desktop.pages_fixtures import TODAY, offline_ctx, product_id, small_cache  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    monkeypatch.setattr(ProductEditDialog, "confirm_discard", lambda _dialog: True)


@pytest.fixture(autouse=True)
def in_parts(small_cache):
    """The machine's location in parts, as the portal now keeps it."""
    from sqlalchemy import update

    from sync.cache.db import writer
    from sync.cache.schema import products
    with writer(small_cache).begin() as conn:
        conn.execute(update(products).where(products.c.id == product_id(0)).values(
            building="Building A", floor="2nd floor", room="copy room", location="Building A, 2nd floor, copy room"))


def product(ctx):
    return product_queries.product(ctx.engine, product_id(0), today=TODAY)


@pytest.fixture
def dialog(qtbot, offline_ctx):
    found = ProductEditDialog(offline_ctx, product(offline_ctx))
    qtbot.addWidget(found)
    found.show()
    return found


def shown_error(dialog, field: str) -> str:
    label = dialog.error_labels[field]
    return "" if label.isHidden() else label.text()


def test_an_e_mail_without_a_domain_is_refused_at_the_field(qtbot, dialog):
    dialog.edits["contact_email"].setText("kari@example")
    assert "not an e-mail address" in shown_error(dialog, "contact_email")
    assert not dialog.save_button.isEnabled()
    dialog.edits["contact_email"].setText("lars@example.no")
    assert shown_error(dialog, "contact_email") == "" and dialog.save_button.isEnabled()


def test_a_text_over_its_limit_says_the_limit(dialog):
    dialog.edits["room"].setText("x" * 61)
    assert shown_error(dialog, "room") == "This can be at most 60 characters."
    dialog.edits["cost_centre"].setText("4" * 41)
    assert shown_error(dialog, "cost_centre") == "This can be at most 40 characters."
    assert not dialog.save_button.isEnabled()


def test_the_machine_must_keep_a_building_floor_or_room(dialog):
    for name in ("building", "floor", "room"):
        dialog.edits[name].setText("   ")
    assert "building, floor or room" in shown_error(dialog, "room") and not dialog.save_button.isEnabled()


def test_nothing_changed_is_nothing_to_save(dialog):
    assert not dialog.save_button.isEnabled()
    dialog.edits["internal_name"].setText("  ")  # white space only is the empty name it had
    assert not dialog.save_button.isEnabled() and shown_error(dialog, "internal_name") == ""


def test_a_good_edit_is_saved_offline_and_the_detail_shows_it_pending(qtbot, offline_ctx):
    detail = ProductDetail(offline_ctx)
    qtbot.addWidget(detail)
    detail.resize(700, 700)
    detail.set_product(product(offline_ctx))
    detail.show()
    detail.open_edit_dialog()
    dialog = detail.edit_dialog
    dialog.edits["room"].setText("Postrommet")
    dialog.edits["cost_centre"].setText(" 4100  Regnskap ")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    (item,) = queue.outbox_items(offline_ctx.engine)
    assert (item.kind, item.state) == ("product.edit", "queued")
    assert dict(item.body) == {"room": "Postrommet", "cost_centre": "4100 Regnskap", "_if_match": '"1"'}
    qtbot.waitUntil(lambda: detail.fact("cost_centre") == "4100 Regnskap")
    assert detail.fact("location") == "Building A, 2nd floor, Postrommet"  # the one line, composed again
    assert detail.pending_label.text() == "Not sent yet: Room, Cost centre."


def test_pending_changes_words_a_refused_edit_by_its_code(qapp):
    from desktop.models.outbox import refusal_headline
    assert refusal_headline({"code": "product.location_missing"}, about_case=False) == (
        "Say where the machine stands: the building, floor or room.")
    assert refusal_headline({"code": "conflict.etag_mismatch"}, about_case=False) == "Someone else changed it meanwhile."
