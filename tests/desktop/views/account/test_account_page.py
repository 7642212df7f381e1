"""The Account page with real widgets: an administrator edits (each bad input refused at its field with specific
words, as typed; a good edit queued at once and said to be waiting), a customer sees the same account read-only with
a line saying who can change it, a conflicting edit keeps the user's values and is answered in the conflict dialog,
another refusal says why and can be discarded, and "Ask about the account…" opens the new-case form as an account
question on the chosen topic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.shell.page import Navigation
from desktop.views.account.account_page import AccountPage
from desktop.views.cases.new_case_dialog import NewCaseDialog
from domain import problems
from domain.wire import Account, Me, User
from sync.account import queries
from sync.account.apply import upsert_me
from sync.account.queries import ACCOUNT_EDIT_KIND
from sync.cache.db import writer
from sync.engine import replay
from sync.feature_spec import FeedPage
from sync.features import FEED
from sync.outbox import queue as outbox
from tests.desktop.pages_fixtures import offline_ctx, small_cache  # noqa: F401

ACCOUNT = Account(id="a-1", name="Nordlys Regnskap AS", org_number="916482736", billing_street="Postboks 1450 Vika",
                  billing_postcode="0116", billing_city="Oslo", visiting_street="Karl Johans gate 22",
                  visiting_postcode="0159", visiting_city="Oslo", phone="+47 22 33 44 55", main_contact="Anne Admin",
                  invoice_email="faktura@nordlys.no", version=3)


class RecordingNavigation(Navigation):
    def __init__(self) -> None:
        self.new_cases: list[dict] = []

    def new_case(self, **prefill: object) -> None:
        self.new_cases.append(prefill)


def sign_in_as(ctx, role: str) -> None:
    with writer(ctx.engine).begin() as conn:
        upsert_me(conn, Me(user=User(id="u-1", email="anne@nordlys.no", name="Anne", role=role, account_id="a-1"),
                           account=ACCOUNT))


@pytest.fixture
def page(qtbot, offline_ctx):  # noqa: F811
    sign_in_as(offline_ctx, "admin")
    widget = AccountPage(offline_ctx, RecordingNavigation())
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def type_into(qtbot, page, field: str, text: str) -> None:
    edit = page.form.edits[field]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def items(ctx) -> list:
    return [i for i in outbox.outbox_items(ctx.engine) if i.kind == ACCOUNT_EDIT_KIND]


def test_an_administrator_sees_the_account_editable_with_nothing_to_save(page):
    assert page.heading.text() == "Nordlys Regnskap AS"
    assert page.form.edits["org_number"].text() == "916482736" and not page.form.edits["org_number"].isReadOnly()
    assert page.save_button.isVisible() and not page.save_button.isEnabled()
    assert "administrator" in page.who_line.text() and not page.refused_line.isVisible()


@pytest.mark.parametrize("field, typed, words", [
    ("org_number", "916482737", "check digit"),
    ("org_number", "91648", "nine digits"),
    ("invoice_email", "faktura@nordlys", "needs a name, @ and a domain"),
    ("invoice_email", "faktura", "needs a name, @ and a domain"),
    ("billing_postcode", "116", "four digits"),
    ("visiting_postcode", "01590", "four digits"),
    ("phone", "22 33", "telephone number"),
    ("name", "", "account's name"),
])
def test_each_bad_input_is_refused_at_its_field_as_it_is_typed(qtbot, page, field, typed, words):
    type_into(qtbot, page, field, typed)
    error = page.form.errors[field]
    assert error.isVisible() and words in error.text(), error.text()
    assert page.form.edits[field].property("severity") == "error"
    assert not page.save_button.isEnabled()
    others = [name for name, label in page.form.errors.items() if label.isVisible() and name != field]
    assert others == []
    page.save()  # even asked to, nothing goes
    assert items(page.ctx) == []


def test_a_bad_input_reads_in_norwegian(qtbot, page, norwegian_ui):
    type_into(qtbot, page, "org_number", "916482737")
    assert "kontrollsifferet" in page.form.errors["org_number"].text()


def test_a_good_edit_is_queued_at_once_and_said_to_be_waiting(qtbot, page):
    type_into(qtbot, page, "invoice_email", "regnskap@nordlys.no")
    type_into(qtbot, page, "billing_postcode", "0150")
    assert page.save_button.isEnabled() and not any(label.isVisible() for label in page.form.errors.values())
    with qtbot.wait_signal(page.ctx.changes_broadcast, timeout=10000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (item,) = items(page.ctx)
    assert {k: v for k, v in item.body.items() if not k.startswith("_")} == {
        "invoice_email": "regnskap@nordlys.no", "billing_postcode": "0150"}
    assert item.body["_if_match"] == '"3"'
    qtbot.waitUntil(lambda: page.edit_line.isVisible(), timeout=10000)
    assert "next sync" in page.edit_line.text()
    assert queries.current_account(page.ctx.engine).invoice_email == "regnskap@nordlys.no"
    assert page.form.edits["invoice_email"].text() == "regnskap@nordlys.no" and not page.save_button.isEnabled()


def test_undo_puts_back_what_the_cache_holds(qtbot, page):
    type_into(qtbot, page, "main_contact", "Ingrid Berg")
    assert page.undo_button.isEnabled() and page.has_unsaved_changes()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.form.edits["main_contact"].text() == "Anne Admin" and not page.has_unsaved_changes()


def test_a_customer_sees_the_account_read_only_and_who_can_change_it(qtbot, offline_ctx):  # noqa: F811
    sign_in_as(offline_ctx, "customer")
    page = AccountPage(offline_ctx)
    qtbot.addWidget(page)
    page.show()
    assert all(edit.isReadOnly() for edit in page.form.edits.values())
    assert page.form.edits["invoice_email"].text() == "faktura@nordlys.no"
    assert not page.save_button.isVisible() and page.ask_button.isVisible()
    assert "Only an administrator of your account can change these details" in page.who_line.text()
    qtbot.keyClicks(page.form.edits["name"], "X")
    assert page.form.edits["name"].text() == "Nordlys Regnskap AS" and not page.has_unsaved_changes()


def test_a_role_change_at_a_sync_makes_the_page_read_only(qtbot, page):
    sign_in_as(page.ctx, "customer")
    page.ctx.notify_changed("me", ["1"])
    assert page.form.edits["name"].isReadOnly() and not page.save_button.isVisible()


def portal_copy(ctx, item: Account) -> None:
    with writer(ctx.engine).begin() as conn:  # the pull brings the other administrator's version
        FEED["account"].upsert(conn, item.model_dump(mode="json"), FeedPage(notify=False))
    ctx.notify_changed("account", ["a-1"])


def test_a_conflict_keeps_mine_shown_and_the_conflict_dialog_answers_it(qtbot, page):
    type_into(qtbot, page, "main_contact", "Ingrid Berg")
    with qtbot.wait_signal(page.ctx.changes_broadcast, timeout=10000):
        page.save()
    (item,) = items(page.ctx)
    portal_copy(page.ctx, ACCOUNT.model_copy(update={"main_contact": "Lars Johansen", "version": 4}))
    replay.rejected(page.ctx.engine, item, {"code": problems.CONFLICT_ETAG, "status": 412, "title": "Changed"})
    page.ctx.notify_changed("outbox", [str(item.seq)])
    assert page.refused_line.isVisible() and "Someone else changed the account" in page.refused_line.text()
    assert page.form.edits["main_contact"].text() == "Ingrid Berg", "nothing is overwritten"
    assert page.resolve_button.isVisible() and not page.discard_button.isVisible()
    type_into(qtbot, page, "phone", "22 33 44 55")
    page.save()
    qtbot.waitUntil(lambda: page.form_error.isVisible(), timeout=10000)
    assert "Answer it there first" in page.form_error.text(), "a new edit waits for the conflict's answer"
    page.reload()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = page.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Changed by someone else"
    with qtbot.wait_signal(page.ctx.changes_broadcast, timeout=10000):
        qtbot.mouseClick(dialog.take_theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.edits["main_contact"].text() == "Lars Johansen", timeout=10000)
    assert items(page.ctx) == [] and not page.refused_line.isVisible()


def test_another_refusal_says_why_and_can_be_discarded(qtbot, page):
    type_into(qtbot, page, "phone", "22 33 44 55")
    with qtbot.wait_signal(page.ctx.changes_broadcast, timeout=10000):
        page.save()
    (item,) = items(page.ctx)
    replay.rejected(page.ctx.engine, item, {"code": problems.FORBIDDEN, "status": 403, "title": "Not allowed"})
    page.reload()
    assert "Your changes: Phone: 22 33 44 55" in page.refused_line.text()
    assert page.discard_button.isVisible() and not page.resolve_button.isVisible()
    with qtbot.wait_signal(page.ctx.changes_broadcast, timeout=10000):
        qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert items(page.ctx) == []
    qtbot.waitUntil(lambda: not page.refused_line.isVisible(), timeout=10000)
    assert page.form.edits["phone"].text() == "+47 22 33 44 55"


@pytest.mark.parametrize("topic", ["invoice", "contract", "address", "other"])
def test_ask_about_the_account_asks_for_an_account_question_on_the_topic(page, topic):
    (action,) = [a for a in page.ask_menu.actions() if a.data() == topic]
    action.trigger()
    assert page.nav.new_cases == [{"case_type": "account_question", "category": topic}]


def test_the_new_case_form_opens_as_an_account_question_on_other(qtbot, offline_ctx):  # noqa: F811
    sign_in_as(offline_ctx, "admin")
    dialog = NewCaseDialog(offline_ctx, case_type="account_question", category="other")
    qtbot.addWidget(dialog)
    assert dialog.type_account.isChecked() and dialog.category_combo.currentData() == "other"
    assert not dialog.machine_picker.isVisibleTo(dialog)


def test_in_the_window_ask_about_the_account_opens_the_new_case_form_on_the_topic(qtbot, ctx):
    """Against the real portal's demo account (the `ctx` fixture: signed in as the administrator, synced)."""
    from desktop.shell.main_window import MainWindow
    from desktop.shell.sync_worker import SyncController

    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("account")
    assert page.form.edits["org_number"].text() == "916482736" and not page.form.edits["name"].isReadOnly()
    (action,) = [a for a in page.ask_menu.actions() if a.data() == "invoice"]
    action.trigger()
    dialog = window.page("cases").new_case_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=10000)
    assert dialog.type_account.isChecked() and dialog.category_combo.currentData() == "invoice"
    dialog.reject()
    window.sync.stop()
