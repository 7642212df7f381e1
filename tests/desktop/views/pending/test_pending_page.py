"""Pending changes: the portal's reason for a rejection (as plain text), edit-and-resend, discard, and the outbox
model's shape."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

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
from domain import clock
from sync.engine import replay
from sync.outbox import queue as outbox
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


def test_a_rejection_shows_the_portals_reason(qtbot, rejected, page):
    assert rejected.reason  # the portal's own words, e.g. "already submitted for that day"
    select(page, rejected.seq)
    assert page.model.index(page.model.row_of(str(rejected.seq)), STATE).data() == "Rejected"
    assert page.reason_caption.text() == "The portal's reason:"
    assert page.reason_label.text() == rejected.reason
    assert page.reason_headline.text() == ("This machine already has a reading for that day; only one a day is "
                                           "allowed.")
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
    assert dialog.reason_label.text() == rejected.reason
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


def test_a_reason_with_html_is_shown_as_plain_text(qtbot, ctx, page):
    item = queue_next_reading(ctx.engine)
    replay.rejected(ctx.engine, item, {"title": "Rejected", "detail": HTML, "code": "x"})
    ctx.notify_changed("outbox", {str(item.seq)})
    select(page, item.seq)
    assert page.reason_label.textFormat() == Qt.TextFormat.PlainText
    assert page.reason_label.text() == HTML
    assert page.model.index(page.model.row_of(str(item.seq)), REASON).data() == HTML
    page.edit_selected()
    assert page.resend_dialog.reason_label.textFormat() == Qt.TextFormat.PlainText
    page.resend_dialog.reject()


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
