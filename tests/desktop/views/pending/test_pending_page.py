"""Pending changes: the portal's reason for a rejection (as plain text), edit-and-resend, discard, and the outbox
model's shape."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.counter_names import counter_name
from desktop.models.outbox import (
    ATTEMPTS,
    OBJECT_ROLE,
    REASON,
    SORT_ROLE,
    STATE,
    SUMMARY,
    OutboxModel,
)
from desktop.views.pending.pending_page import PendingPage
from desktop.views.pending.state_errors import outbox_state_text
from domain import clock
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.outbox.queue import OutboxStateError
from tests.desktop.shell_support import (
    make_rejection,
    queue_next_reading,
    unread_product,
)

pytestmark = pytest.mark.usefixtures("english_ui")

HTML = "<b>Refused</b> <img src='x'> <a href='https://evil.example'>click here</a>"


@pytest.fixture
def rejected(workspace, portal_url, tmp_path):
    return make_rejection(workspace, portal_url, tmp_path / "kari")


@pytest.fixture
def norwegian(english_ui):
    """Norwegian on top of the module's English (and back to it afterwards)."""
    from desktop import i18n
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.install_language("en")


@pytest.fixture
def page(qtbot, ctx):
    widget = PendingPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(page: PendingPage, seq: int) -> None:
    row = page.model.row_of(str(seq))
    assert row is not None
    page.table.setCurrentIndex(page.model.index(row, 0))


def test_a_rejection_shows_the_portals_reason_in_our_words(qtbot, rejected, page):
    assert rejected.reason  # the portal's own English, e.g. "already submitted for that day": for the log only
    select(page, rejected.seq)
    assert page.model.index(page.model.row_of(str(rejected.seq)), STATE).data() == "Rejected"
    assert page.reason_caption.text() == "The portal's reason:"
    ours = "This machine already has a reading for that day; only one a day is allowed."
    assert page.reason_headline.text() == ours
    reason = page.model.index(page.model.row_of(str(rejected.seq)), REASON)
    assert reason.data() == ours and reason.data(Qt.ItemDataRole.ToolTipRole) == ours
    assert not page.reason_label.isVisible() and rejected.reason not in page.reason_label.text()
    assert page.edit_button.isEnabled() and page.discard_button.isEnabled()
    assert "1 rejected" in page.summary_label.text()
    page.show_filter("waiting")
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    page.show_filter("rejected")
    assert page.model.rowCount() == 1


def test_a_rejected_reading_can_be_corrected_and_sent_again(qtbot, rejected, page, ctx):
    select(page, rejected.seq)
    page.edit_selected()
    dialog = page.resend_dialog
    qtbot.waitExposed(dialog)
    assert dialog.reason_headline.text() == ("This machine already has a reading for that day; only one a day is "
                                             "allowed.")
    assert not dialog.reason_label.isVisibleTo(dialog)  # the portal's English is for the log
    assert not dialog.send_button.isEnabled()        # the same day is still taken: checked as the form opens
    assert dialog.date_message.isVisible()
    yesterday = clock.today() - timedelta(days=1)
    dialog.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    first_key = next(iter(dialog.fields))
    dialog.fields[first_key].setText("1")            # lower than the previous reading: refused as you type
    assert not dialog.send_button.isEnabled() and dialog.messages[first_key].isVisible()
    for key, edit in dialog.fields.items():  # between the last reading before ours and Kari's of today
        edit.setText(str(rejected.body["values"][key] - 60))
    assert dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.resent, timeout=10_000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    item = outbox.outbox_item(ctx.engine, rejected.seq)
    assert item.state == "queued" and item.body["reading_date"] == yesterday.isoformat()
    assert item.idempotency_key != rejected.idempotency_key
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(str(rejected.seq)), STATE).data()
                    == "Waiting to be sent")
    assert not page.edit_button.isEnabled()


def test_a_rejected_reading_can_be_discarded_after_a_warning(qtbot, rejected, page, ctx):
    select(page, rejected.seq)
    page.discard_selected()
    box = page.discard_box
    assert "never sent to the portal" in box.text() and "cannot be undone" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    discard.click()
    qtbot.waitUntil(lambda: page.model.row_of(str(rejected.seq)) is None, timeout=10_000)
    assert outbox.outbox_item(ctx.engine, rejected.seq) is None
    assert outbox.outbox_counts(ctx.engine).rejected == 0


def test_cancelling_the_discard_keeps_the_item(qtbot, rejected, page, ctx):
    select(page, rejected.seq)
    page.discard_selected()
    page.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    assert outbox.outbox_item(ctx.engine, rejected.seq).state == "rejected"


def test_a_portal_reason_with_html_is_never_shown(qtbot, ctx, page):
    item = queue_next_reading(ctx.engine)
    replay.rejected(ctx.engine, item, {"title": "Rejected", "detail": HTML, "code": "x"})
    ctx.notify_changed("outbox", {str(item.seq)})
    select(page, item.seq)
    assert page.reason_headline.textFormat() == Qt.TextFormat.PlainText
    assert page.reason_headline.text() == "The portal refused this change (problem x)."
    reason = page.model.index(page.model.row_of(str(item.seq)), REASON)
    assert reason.data() == reason.data(Qt.ItemDataRole.ToolTipRole) == "The portal refused this change (problem x)."
    page.edit_selected()
    dialog = page.resend_dialog
    assert dialog.reason_headline.textFormat() == Qt.TextFormat.PlainText
    assert dialog.reason_headline.text() == "The portal refused this change (problem x)."
    assert HTML not in dialog.reason_label.text()
    dialog.reject()


LOG_ENGLISH = ("The colour counter 100 is lower than 120 of 2026-11-20T08:00:00+00:00, see "
               "http://127.0.0.1:8000/v1/products/0b6e1c1e-2a53-4a0e-9d43-3c2b8f9a1d11")
RAW = re.compile(r"https?://|[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}|counter 100")


def test_a_refused_reading_names_its_counters_in_norwegian_never_the_portals_english(qtbot, ctx, norwegian):
    """The reason column, its tooltip, the detail and the correction dialog: our words from the codes."""
    item = queue_next_reading(ctx.engine)
    key = next(iter(item.body["values"]))
    replay.rejected(ctx.engine, item, {
        "title": "A counter is lower than its previous reading", "detail": LOG_ENGLISH,
        "code": "meter.reading_decreased",
        "errors": [{"field": f"values.{key}", "code": "meter.reading_decreased", "message": LOG_ENGLISH}]})
    page = PendingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    select(page, item.seq)
    headline = "En teller er lavere enn ved forrige avlesning."
    details = f"{counter_name(key)}: {headline}"
    reason = page.model.index(page.model.row_of(str(item.seq)), REASON)
    assert reason.data() == headline
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == f"{headline}\n{details}"
    assert page.reason_headline.text() == headline and page.reason_label.text() == details
    page.edit_selected()
    dialog = page.resend_dialog
    assert (dialog.reason_headline.text(), dialog.reason_label.text()) == (headline, details)
    shown = [reason.data(), reason.data(Qt.ItemDataRole.ToolTipRole), page.reason_headline.text(),
             page.reason_label.text(), dialog.reason_headline.text(), dialog.reason_label.text()]
    assert not any(RAW.search(text) for text in shown), shown
    dialog.reject()


def test_the_correction_says_in_the_users_words_when_the_change_moved_on(qtbot, ctx, page, norwegian):
    """The item was discarded (or sent) while the dialog was open: the pending page's wording of its state."""
    item = queue_next_reading(ctx.engine)
    replay.rejected(ctx.engine, item, {"title": "No", "detail": "Refused", "code": "meter.reading_decreased"})
    ctx.notify_changed("outbox", {str(item.seq)})
    select(page, item.seq)
    page.edit_selected()
    dialog = page.resend_dialog
    for key, edit in dialog.fields.items():
        edit.setText(str(item.body["values"][key] + 1))
    assert dialog.send_button.isEnabled()
    replay.discard(ctx.engine, item.seq)
    with qtbot.assert_not_emitted(dialog.resent):
        dialog.save()
        qtbot.waitUntil(lambda: getattr(dialog, "state_box", None) is not None, timeout=10_000)
    assert dialog.state_box.text() == outbox_state_text(OutboxStateError("gone", state=None))
    assert dialog.state_box.text() != "This change was sent, resent or discarded meanwhile. Close this window to " \
                                      "see its state."
    assert dialog.state_box.textFormat() == Qt.TextFormat.PlainText
    dialog.state_box.close()
    dialog.done(QDialog.DialogCode.Rejected)  # (reject() would ask about the corrections typed)


def test_outbox_model_passes_the_model_tester(qtmodeltester, ctx):
    first = unread_product(ctx.engine)
    items = [queue_next_reading(ctx.engine, first),
             queue_next_reading(ctx.engine, unread_product(ctx.engine, skip={first.id}))]
    replay.rejected(ctx.engine, items[0], {"title": "No", "detail": "Refused for a test"})
    model = OutboxModel(ctx)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    newest = model.index(0, SUMMARY)
    assert newest.data(OBJECT_ROLE).seq == items[1].seq   # newest first
    assert model.index(0, ATTEMPTS).data(SORT_ROLE) == 0
    assert model.index(1, STATE).data() == "Rejected"
    assert "Meter reading" in newest.data() and first.serial not in newest.data()
    model.sort(ATTEMPTS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, SUMMARY).data(OBJECT_ROLE).seq == items[0].seq
    model.set_filter("rejected")
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_outbox_model_pages_lazily(qtmodeltester, ctx, monkeypatch):
    monkeypatch.setattr(OutboxModel, "page_size", 1)
    skip: set[str] = set()
    for _ in range(3):
        product = unread_product(ctx.engine, skip=skip)
        skip.add(product.id)
        queue_next_reading(ctx.engine, product)
    model = OutboxModel(ctx)
    model.reload()
    assert model.rowCount() == 1 and model.canFetchMore(model.index(-1, -1))
    model.load_all()
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_the_newest_change_comes_first(qtbot, ctx):
    first = queue_next_reading(ctx.engine)
    second = queue_next_reading(ctx.engine, unread_product(ctx.engine, skip={first.group_key.removeprefix("product:")}))
    widget = PendingPage(ctx)
    qtbot.addWidget(widget)
    assert [widget.model.row_at(r).seq for r in range(2)] == [second.seq, first.seq]


def test_closing_the_correction_asks_before_throwing_edits_away(qtbot, ctx, page, monkeypatch):
    item = queue_next_reading(ctx.engine)
    replay.rejected(ctx.engine, item, {"title": "No", "detail": "Refused", "code": "meter.reading_decreased"})
    ctx.notify_changed("outbox", {str(item.seq)})
    select(page, item.seq)
    page.edit_selected()
    dialog = page.resend_dialog
    next(iter(dialog.fields.values())).setText("123")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def closed_port_url() -> str:
    import socket
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def fail_to_reach_the_portal(ctx, workspace):
    """One push against an address where nothing listens: the item waits as the sync thread leaves it offline."""
    from sync.api import PortalClient
    from sync.api.backoff import Backoff
    from sync.engine.push import push

    client = PortalClient(closed_port_url(), tokens=workspace.tokens, timeout=(1.0, 1.0))
    try:
        result = push(ctx.engine, client, backoff=Backoff(), now=clock.utc_now, progress=lambda *a: None,
                      cancelled=lambda: False)
    finally:
        client.close()
    assert result.offline_error and "http://" in result.offline_error  # the English for the log names the URL


def test_a_change_waiting_for_the_portal_says_why_in_words_without_a_url(qtbot, ctx, workspace, page):
    item = queue_next_reading(ctx.engine)
    fail_to_reach_the_portal(ctx, workspace)
    ctx.notify_changed("outbox", {str(item.seq)})
    select(page, item.seq)
    expected = "The portal could not be reached. It is sent as soon as the connection is back."
    qtbot.waitUntil(lambda: page.reason_label.text() == expected)
    assert page.reason_caption.text() == "Why it waits:"
    shown = page.model.index(page.model.row_of(str(item.seq)), REASON)
    assert shown.data() == expected and shown.data(Qt.ItemDataRole.ToolTipRole) == expected
    assert page.model.index(shown.row(), STATE).data() == "Waiting – will try again"


def test_the_wait_reason_is_norwegian_in_norwegian(qtbot, ctx, workspace):
    from PySide6.QtCore import QLocale

    from desktop import i18n
    item = queue_next_reading(ctx.engine)
    fail_to_reach_the_portal(ctx, workspace)
    previous = QLocale()
    i18n.install_language("nb")
    try:
        widget = PendingPage(ctx)
        qtbot.addWidget(widget)
        select(widget, item.seq)
        assert widget.reason_label.text().startswith("Portalen kunne ikke nås.")
        assert "http" not in widget.model.index(widget.model.row_of(str(item.seq)), REASON).data()
    finally:
        i18n.install_language("en")
        QLocale.setDefault(previous)


class RecordingNavigation:
    def __init__(self) -> None:
        self.new_cases: list[dict] = []

    def new_case(self, **prefill) -> None:
        self.new_cases.append(prefill)


def test_ctrl_n_opens_a_new_case_for_the_selected_changes_machine(qtbot, ctx):
    nav = RecordingNavigation()
    widget = PendingPage(ctx, nav)
    qtbot.addWidget(widget)
    assert widget.has_new
    widget.new_item()  # nothing selected: a new case about nothing in particular
    item = queue_next_reading(ctx.engine)
    ctx.notify_changed("outbox", {str(item.seq)})
    qtbot.waitUntil(lambda: widget.model.row_of(str(item.seq)) is not None)
    select(widget, item.seq)
    widget.new_item()
    assert nav.new_cases == [{}, {"product_id": item.product_id}]
