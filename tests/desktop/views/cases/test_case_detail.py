"""The case detail view, driven as a user would: what it shows (header, expected answer, the conversation as plain
text), what it offers (cancel/reopen only when allowed), and what it queues (replies offline, actions, e-mail
choice) — with bad input shown under the reply box, never in a dialog."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select

from desktop.views.cases.case_detail import CaseDetailView
from desktop.views.cases.case_widgets import expected_answer_text
from domain import business_hours
from domain.text_limits import MAX_TEXT
from sync.api.errors import PortalUnreachable
from sync.cache.db import writer
from sync.cache.schema import case_messages, cases
from sync.cache.stamps import to_iso
from sync.outbox.queue import outbox_items
from sync.session import downloads as attachment_files
from tests.desktop.case_fixtures import (  # noqa: F401
    START,
    add_attachment,
    add_case,
    case_ctx,
    case_engine,
    drag_onto,
)

HTML = '<b>hi</b> <a href="http://evil">click</a>'


@pytest.fixture
def view(qtbot, case_ctx):
    widget = CaseDetailView(case_ctx)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    return widget


def kinds(engine):
    return [item.kind for item in outbox_items(engine)]


def visible(widget) -> bool:
    return not widget.isHidden()


def test_placeholder_until_a_case_is_chosen(view):
    assert view.stack.currentWidget() is view.placeholder
    view.show_case("no-such-case")
    assert view.stack.currentWidget() is view.placeholder


def test_header_names_case_product_category_and_state(view, case_engine):
    add_case(case_engine, "c1", expected=START + timedelta(hours=8))
    view.show_case("c1")
    assert view.title_label.text() == "CS0001234 · Paper jam in tray 2"
    assert view.product_label.text() == "SN00000 · Konica C300i · Oslo HQ · Building A, 2nd floor, copy room"
    assert view.facts_label.text() == "Paper jam · Technical support · In progress"
    assert view.expected_label.text() == expected_answer_text(START + timedelta(hours=8))
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText


def test_pending_account_question_computes_its_expected_answer_offline(view, case_engine):
    add_case(case_engine, "q1", product=None, number=None, sync_status="pending", state="new", messages=0)
    view.show_case("q1")
    assert view.title_label.text().startswith("Not sent yet · ")
    assert view.product_label.text() == "Account question"
    assert view.facts_label.text() == "Invoice · Finance · Waiting to be sent"
    due = business_hours.expected_response_at(START, 16)  # Fri 20.11 09:30 Oslo + 16 business hours
    assert view.expected_label.text() == expected_answer_text(due)
    assert "Tue" in view.expected_label.text() or "Mon" in view.expected_label.text()


@pytest.mark.parametrize("state", ["awaiting_customer", "resolved", "closed", "cancelled"])
def test_no_expected_answer_unless_the_service_desk_owes_one(view, case_engine, state):
    add_case(case_engine, "r1", state=state, resolved_at=datetime.now(timezone.utc),
             expected=START + timedelta(hours=8))
    view.show_case("r1")
    assert view.expected_label.isHidden()


def test_html_in_a_message_is_shown_literally(view, case_engine):
    add_case(case_engine, "c1", html_message=HTML)
    view.show_case("c1")
    document = view.conversation.document()
    assert HTML in document.toPlainText()
    html = document.toHtml()
    assert "<a " not in html and 'href="' not in html and "<b>" not in html
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            assert not iterator.fragment().charFormat().isAnchor()
            iterator += 1
        block = block.next()
    assert not view.conversation.openLinks() and not view.conversation.openExternalLinks()


def test_conversation_interleaves_messages_and_state_lines(view, case_engine):
    add_case(case_engine, "c1", messages=2)
    view.show_case("c1")
    lines = view.conversation.toPlainText().splitlines()
    assert lines[0].startswith("Kari Nordmann created the case · ")
    assert lines[1].startswith("Kari Nordmann  you · ")  # the description opens the conversation
    assert lines[2] == "The printer jams on every second page."
    assert lines[3].startswith("Anne Agent moved the case to In progress · ")
    assert lines[6].startswith("Anne Agent  service desk · ") and lines[7].startswith("Message 1:")


def test_five_hundred_messages_are_all_shown(view, case_engine, qapp):
    """How fast they open is a figure of `bench/benchmark.py` ("a case with 500 messages: detail open")."""
    add_case(case_engine, "small", messages=2)
    add_case(case_engine, "big", messages=500)
    view.show_case("small")
    qapp.processEvents()
    view.show_case("big")
    qapp.processEvents()  # includes laying out and painting the document
    assert view.conversation.toPlainText().count("Message ") == 500


def test_showing_a_case_marks_it_read(view, case_engine, qtbot):
    add_case(case_engine, "c1")
    with qtbot.waitSignal(view._ctx.cache_changed, timeout=5000):
        view.show_case("c1")
    with case_engine.connect() as conn:
        assert conn.execute(select(cases.c.unread).where(cases.c.id == "c1")).scalar() == 0


@pytest.mark.parametrize("state, resolved_days_ago, cancel, reopen", [
    ("new", None, True, False),
    ("in_progress", None, True, False),
    ("awaiting_customer", None, True, False),
    ("resolved", 3, False, True),
    ("resolved", 20, False, False),
    ("closed", 30, False, False),
    ("cancelled", None, False, False),
])
def test_cancel_and_reopen_only_when_allowed(view, case_engine, state, resolved_days_ago, cancel, reopen):
    resolved_at = datetime.now(timezone.utc) - timedelta(days=resolved_days_ago) if resolved_days_ago else None
    add_case(case_engine, "c1", state=state, resolved_at=resolved_at)
    view.show_case("c1")
    assert (visible(view.cancel_button), visible(view.reopen_button)) == (cancel, reopen)
    assert visible(view.reply_box) == (state in ("new", "in_progress", "awaiting_customer"))
    assert visible(view.closed_note) != visible(view.reply_box)


def test_cancel_asks_first(view, case_engine, qtbot, monkeypatch):
    add_case(case_engine, "c1")
    view.show_case("c1")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view._ctx.wait_idle()
    assert "case.action" not in kinds(case_engine)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case.state == "cancelled", timeout=5000)
    assert "case.action" in kinds(case_engine)
    assert view.cancel_button.isHidden() and view.reply_box.isHidden()


def test_reopen_a_recently_resolved_case(view, case_engine, qtbot):
    add_case(case_engine, "c1", state="resolved", resolved_at=datetime.now(timezone.utc) - timedelta(days=1))
    view.show_case("c1")
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case.state == "in_progress", timeout=5000)
    assert not view.reply_box.isHidden() and view.reopen_button.isHidden()


def test_empty_reply_says_so_under_the_box(view, case_engine, qtbot, monkeypatch):
    add_case(case_engine, "c1")
    view.show_case("c1")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail("no dialog for bad input"))
    qtbot.keyClicks(view.reply_edit, "   ")
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert view.reply_error.text() == "Write your reply before sending it." and not view.reply_error.isHidden()
    assert view._ctx.wait_idle() and kinds(case_engine) == []
    qtbot.keyClicks(view.reply_edit, "x")
    assert view.reply_error.isHidden()  # typing clears the message


def test_a_reply_may_be_as_long_as_the_portal_takes_and_no_longer(view, case_engine, qtbot):
    add_case(case_engine, "c1")
    view.show_case("c1")
    view.reply_edit.setPlainText("x" * (MAX_TEXT + 1))
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert view.reply_error.text() == f"The reply is too long (at most {MAX_TEXT} characters)."
    assert visible(view.reply_error) and view._ctx.wait_idle() and kinds(case_engine) == []
    view.reply_edit.setPlainText("x" * MAX_TEXT)
    with qtbot.waitSignal(view.reply_queued, timeout=5000):
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert kinds(case_engine) == ["case_message.create"]
    assert outbox_items(case_engine)[0].body["body"] == "x" * MAX_TEXT


def test_reply_is_queued_offline_with_ctrl_enter(view, case_engine, qtbot):
    add_case(case_engine, "c1")
    view.show_case("c1")
    view.reply_edit.setFocus()
    qtbot.keyClicks(view.reply_edit, "It still jams <i>after</i> the new drum.")
    with qtbot.waitSignal(view.reply_queued, timeout=5000):
        qtbot.keyClick(view.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert kinds(case_engine) == ["case_message.create"]
    assert view.reply_edit.toPlainText() == ""
    text = view.conversation.toPlainText()
    assert "It still jams <i>after</i> the new drum." in text
    assert "waiting to be sent" in text.splitlines()[-2]


def test_reply_files_are_checked_as_they_are_added(view, case_engine, qtbot, tmp_path):
    add_case(case_engine, "c1")
    view.show_case("c1")
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    log = tmp_path / "printer.log"
    log.write_text("E-2801 at 08:14\n")
    assert view.reply_attachments.list_widget.isHidden()
    view.reply_attachments.add_files([program, log])  # returns at once: the checks read the files on the pool
    assert view.reply_attachments.checking() and not view.send_button.isEnabled()
    qtbot.waitUntil(lambda: not view.reply_attachments.checking(), timeout=5000)
    assert view.reply_attachments.files == [log] and view.send_button.isEnabled()
    assert view.reply_attachments.message.text().startswith("setup.exe: Files of type '.exe' cannot be attached.")
    assert view.reply_attachments.texts() == ["printer.log — OK"] and not view.reply_attachments.list_widget.isHidden()


def test_send_stays_off_while_a_reply_is_queued_even_when_a_file_check_ends(view, case_engine, qtbot, tmp_path):
    add_case(case_engine, "c1")
    view.show_case("c1")
    log = tmp_path / "printer.log"
    log.write_text("E-2801\n")
    view._set_sending(True)  # as between a click on Send and the database's answer
    view.reply_attachments.add_files([log])
    qtbot.waitUntil(lambda: not view.reply_attachments.checking(), timeout=5000)
    assert not view.send_button.isEnabled()
    view._set_sending(False)
    assert view.send_button.isEnabled()


def test_files_dropped_on_the_reply_box_are_attached_and_text_stays_text(view, case_engine, qtbot, tmp_path):
    add_case(case_engine, "c1")
    view.show_case("c1")
    log = tmp_path / "printer.log"
    log.write_text("E-2801 at 08:14\n")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(log))])
    assert drag_onto(view.reply_edit.viewport(), files)
    qtbot.waitUntil(lambda: view.reply_attachments.files == [log], timeout=5000)
    assert view.reply_edit.toPlainText() == ""  # the path was not typed into the reply
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/photo.png")])
    assert not view.reply_attachments.eventFilter(view.reply_edit.viewport(), QDragEnterEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, web, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert view.reply_attachments.files == [log]  # a link is not a file to attach


def test_attachment_opens_through_a_download_off_the_ui_thread(view, case_engine, qtbot, monkeypatch, tmp_path):
    add_case(case_engine, "c1")
    add_attachment(case_engine, "c1", "a1", "manual.pdf", 2048)
    copy = tmp_path / "manual.pdf"
    copy.write_bytes(b"%PDF-1.4")
    opened = []
    monkeypatch.setattr(attachment_files, "fetch_attachment", lambda ws, case_id, attachment_id: copy)
    monkeypatch.setattr("desktop.views.cases.case_attachments.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.show_case("c1")
    assert view.attachments.list.count() == 1 and view.attachments.list.item(0).text().startswith("manual.pdf  (")
    qtbot.mouseClick(view.attachments.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(copy)], timeout=5000)
    assert view.attachments.open_button.isEnabled() and view.attachments.status.text() == ""


def test_no_attachments_no_panel(view, case_engine):
    add_case(case_engine, "c1")
    view.show_case("c1")
    assert view.attachments.isHidden()


def test_attachment_offline_says_so(view, case_engine, qtbot, monkeypatch):
    add_case(case_engine, "c1")
    add_attachment(case_engine, "c1", "a1", "manual.pdf", 2048)

    def offline(*_args):
        raise PortalUnreachable("no route to host")

    monkeypatch.setattr(attachment_files, "fetch_attachment", offline)
    view.show_case("c1")
    qtbot.mouseClick(view.attachments.open_button, Qt.MouseButton.LeftButton)
    assert view.attachments.status.text() == "Opening manual.pdf…" and not view.attachments.open_button.isEnabled()
    qtbot.waitUntil(lambda: "offline" in view.attachments.status.text(), timeout=5000)
    assert view.attachments.status.text() == ("You are offline. The file can be opened once the portal is "
                                             "reachable.")
    assert view.attachments.open_button.isEnabled()


def test_refreshes_when_a_message_arrives(view, case_engine, qtbot):
    add_case(case_engine, "c1", messages=1)
    view.show_case("c1")
    with writer(case_engine).begin() as conn:
        conn.execute(insert(case_messages).values(
            id="new", case_id="c1", author_kind="agent", author_name="Anne Agent", body="Technician on the way.",
            created_at=to_iso(START + timedelta(hours=2)), sync_status="synced"))
    view._ctx.notify_changed("case_message", {"new"})
    assert view.conversation.toPlainText().endswith("Technician on the way.")


def test_other_cases_changes_do_not_rebuild(view, case_engine):
    add_case(case_engine, "c1")
    add_case(case_engine, "c2")
    view.show_case("c1")
    document = view.conversation.document()
    view._ctx.notify_changed("case", {"c2"})
    view._ctx.notify_changed("case_message", {"c2-m0000"})
    assert view.conversation.document() is document


def test_email_updates_choice_is_queued(view, case_engine, qtbot):
    add_case(case_engine, "c1", email_updates=True)
    view.show_case("c1")
    assert view.email_check.isChecked()
    qtbot.mouseClick(view.email_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "case.patch" in kinds(case_engine), timeout=5000)
    # the item is committed on the database thread a moment before the view re-reads the case on the UI thread
    qtbot.waitUntil(lambda: view.case.email_updates is False, timeout=5000)
    assert not view.email_check.isChecked()


def test_a_typed_reply_stays_with_its_case(view, case_engine, qtbot, tmp_path):
    add_case(case_engine, "c1")
    add_case(case_engine, "c2")
    view.show_case("c1")
    assert not view.has_unsaved_changes()
    qtbot.keyClicks(view.reply_edit, "Half a reply")
    log = tmp_path / "printer.log"
    log.write_text("E-2801\n")
    view.reply_attachments.add_files([log])
    qtbot.waitUntil(lambda: view.reply_attachments.files == [log], timeout=5000)
    view.show_case("c2")
    assert view.reply_edit.toPlainText() == "" and view.reply_attachments.files == []
    assert view.has_unsaved_changes()
    view.show_case("c1")
    assert view.reply_edit.toPlainText() == "Half a reply" and view.reply_attachments.files == [log]
    with qtbot.waitSignal(view.reply_queued, timeout=5000):
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert not view.has_unsaved_changes()
