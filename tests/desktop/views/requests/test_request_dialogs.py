"""The relocation and removal forms with real widgets: the date picker refuses a holiday with its Norwegian name and a
day that is too soon with the earliest weekday, the fields are checked as the user types, and a good request is
queued (offline) as an unsent case that the machine's detail shows, with its buttons then disabled and why."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n
from desktop.views.products.product_detail import ProductDetail
from desktop.views.requests.relocation_dialog import RelocationDialog
from desktop.views.requests.removal_dialog import RemovalDialog
from sync.cases.product_requests import RELOCATION_KIND, REMOVAL_KIND, open_request_for
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from tests.desktop.pages_fixtures import TODAY, offline_ctx, product_id, small_cache  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CHRISTMAS = date(2026, 12, 25)  # a Friday


@pytest.fixture(autouse=True)
def signed_in(small_cache):
    """The cache knows who is signed in (a request is made by them)."""
    from sync.account.apply import upsert_me
    from sync.cache.db import writer
    from tests.sync.factories import me
    with writer(small_cache).begin() as conn:
        upsert_me(conn, me())


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Closing a filled-in form asks first (a modal box); the tests' teardown closes them without asking."""
    from desktop.views.requests.request_dialog import RequestDialog
    monkeypatch.setattr(RequestDialog, "confirm_discard", lambda _dialog: True)


@pytest.fixture
def norwegian(qapp):
    previous = QLocale()
    i18n.reset()
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.reset()
    QLocale.setDefault(previous)


def product(ctx, i: int = 0):
    return product_queries.product(ctx.engine, product_id(i), today=TODAY)


def shown_error(dialog, field: str) -> str:
    label = dialog.error_labels[field]
    return "" if label.isHidden() else label.text()


def fill_relocation(qtbot, dialog) -> None:
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData(None))  # a new address
    qtbot.keyClicks(dialog.address_edit, "Storgata 5")
    qtbot.keyClicks(dialog.postcode_edit, "0155")
    qtbot.keyClicks(dialog.city_edit, "Oslo")
    qtbot.keyClicks(dialog.floor_edit, "3. etasje")
    qtbot.keyClicks(dialog.room_edit, "Rom 301")
    dialog.contact_name_edit.setText("Kari Nordmann")
    qtbot.keyClicks(dialog.contact_phone_edit, "22 33 44 55")


def test_the_relocation_form_refuses_a_holiday_with_its_norwegian_name(qtbot, offline_ctx, norwegian):
    dialog = RelocationDialog(offline_ctx, product(offline_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    fill_relocation(qtbot, dialog)
    assert dialog.ok_button.isEnabled(), dialog.ok_button.toolTip()  # the first possible day is offered
    assert dialog.date_edit.date() == date(2026, 12, 2)  # Friday 27 November: Wednesday is the third business day
    dialog.date_edit.set_date(CHRISTMAS)
    assert "Første juledag" in shown_error(dialog, "desired_date")
    assert shown_error(dialog, "desired_date") == \
        "Det er en helligdag (Første juledag); velg en annen ukedag."
    assert not dialog.ok_button.isEnabled()
    dialog.date_edit.set_date(date(2026, 12, 1))
    assert "tidligst onsdag 02.12.2026" in shown_error(dialog, "desired_date")
    dialog.date_edit.set_date(date(2026, 12, 5))
    assert shown_error(dialog, "desired_date") == "Det er en helg; velg en ukedag."
    dialog.date_edit.set_date(date(2026, 12, 7))
    assert shown_error(dialog, "desired_date") == "" and dialog.ok_button.isEnabled()


def test_the_calendar_greys_the_days_that_cannot_be_chosen(qtbot, offline_ctx):
    dialog = RelocationDialog(offline_ctx, product(offline_ctx))
    qtbot.addWidget(dialog)
    calendar = dialog.date_edit.calendar
    calendar.setCurrentPage(2026, 12)
    from PySide6.QtCore import QDate
    free = calendar.dateTextFormat(QDate(2026, 12, 7)).foreground().color()
    holiday = calendar.dateTextFormat(QDate(2026, 12, 25)).foreground().color()
    weekend = calendar.dateTextFormat(QDate(2026, 12, 12)).foreground().color()
    assert holiday != weekend and holiday != free and weekend != free


def test_fields_are_checked_as_the_user_types(qtbot, offline_ctx):
    dialog = RelocationDialog(offline_ctx, product(offline_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    assert shown_error(dialog, "contact_phone") == ""  # not touched yet
    qtbot.keyClicks(dialog.contact_phone_edit, "22 33")
    assert shown_error(dialog, "contact_phone") == \
        "This is not a telephone number (8 digits, or + and the country code)."
    qtbot.keyClicks(dialog.contact_phone_edit, " 44 55")
    assert shown_error(dialog, "contact_phone") == ""
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData(None))
    qtbot.keyClicks(dialog.postcode_edit, "12")
    assert shown_error(dialog, "postcode") == "A postcode is four digits."


def test_a_relocation_is_queued_offline_and_the_detail_shows_it(qtbot, offline_ctx):
    detail = ProductDetail(offline_ctx)
    qtbot.addWidget(detail)
    detail.set_product(product(offline_ctx))
    assert detail.move_button.isEnabled() and detail.fact("request") == "None"
    detail.open_request_dialog("relocation")
    dialog = detail.request_dialog
    fill_relocation(qtbot, dialog)
    with qtbot.waitSignal(dialog.request_queued, timeout=10000):
        dialog.ok_button.click()
    (item,) = outbox.outbox_items(offline_ctx.engine)
    assert item.kind == RELOCATION_KIND and item.body["postcode"] == "0155"
    assert item.body["subject"].startswith("Move ")
    qtbot.waitUntil(lambda: not detail.move_button.isEnabled(), timeout=10000)
    assert not detail.remove_button.isEnabled()
    assert "open request" in detail.move_button.toolTip()
    assert detail.fact("request") == "Relocation (not sent yet) wanted Wednesday 12/2/26" or \
        detail.fact("request").startswith("Relocation (not sent yet) wanted Wednesday")
    assert open_request_for(offline_ctx.engine, product_id(0)).sync_status == "pending"


def test_a_removal_is_queued_with_the_sites_address_and_a_wiped_disk(qtbot, offline_ctx):
    dialog = RemovalDialog(offline_ctx, product(offline_ctx, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pickup_edit.text() and dialog.wipe_check.isChecked()
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("other"))
    assert shown_error(dialog, "reason_note") == "Say in a few words why."
    qtbot.keyClicks(dialog.reason_note_edit, "Vi flytter ut")
    with qtbot.waitSignal(dialog.request_queued, timeout=10000):
        dialog.ok_button.click()
    (item,) = outbox.outbox_items(offline_ctx.engine)
    assert (item.kind, item.body["reason"], item.body["wipe_disk"]) == (REMOVAL_KIND, "other", True)
