"""The case detail view, driven as a user would: what it shows (header, expected answer, the conversation as plain
text), what it offers (cancel/reopen only when allowed), and what it queues (replies offline, actions, e-mail
choice) — with bad input shown under the reply box, never in a dialog."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select, update

from desktop.views.cases.case_detail import CaseDetailView
from desktop.views.cases.case_widgets import expected_answer_text
from domain import business_hours
from domain.text_limits import MAX_TEXT
from sync.api.errors import PortalUnreachable
from sync.cache.db import writer
from sync.cache.schema import case_attachments, case_messages, cases, me
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
    widget.now = lambda: START  # the fixtures' cases are of 20.11.2026: not overdue then
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


def signed_in_as(engine, *, email: str, role: str) -> None:
    with writer(engine).begin() as conn:
        conn.execute(update(me).values(email=email, role=role))


@pytest.mark.parametrize("email, role, may", [
    ("kari@example.no", "customer", True),       # the author
    ("KARI@example.no ", "customer", True),      # the author, however the address was typed
    ("ola@example.no", "customer", False),       # another customer who shares the machine
    ("ola@example.no", "admin", True),           # an administrator of the account
])
@pytest.mark.parametrize("state, action", [("in_progress", "cancel"), ("resolved", "reopen")])
def test_cancel_and_reopen_only_for_the_author_or_an_administrator(view, case_engine, email, role, may, state,
                                                                   action, qtbot, monkeypatch):
    """The portal's rule (`domain.cases.may_take`): another customer may read and reply, not withdraw or revive
    someone else's case; the buttons are not offered, and the action is not queued even if asked for."""
    signed_in_as(case_engine, email=email, role=role)
    add_case(case_engine, "c1", state=state, created_by="kari@example.no",
             resolved_at=datetime.now(timezone.utc) - timedelta(days=1) if state == "resolved" else None)
    view.show_case("c1")
    button = view.cancel_button if action == "cancel" else view.reopen_button
    assert visible(button) == may
    assert visible(view.reply_box) == (state == "in_progress")  # a reply is for anyone who sees the case
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    (view.cancel_case if action == "cancel" else view.reopen_case)()
    assert view._ctx.wait_idle()
    assert ("case.action" in kinds(case_engine)) == may


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


def test_reopen_a_recently_resolved_case_asks_first(view, case_engine, qtbot, monkeypatch):
    add_case(case_engine, "c1", state="resolved", resolved_at=datetime.now(timezone.utc) - timedelta(days=1))
    view.show_case("c1")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, title, text, *args, **kwargs):
        asked.append(f"{title}: {text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert view._ctx.wait_idle()
    assert "case.action" not in kinds(case_engine) and view.case.state == "resolved"
    assert asked == ["Reopen case: Reopen this case? The service desk takes it up again."]
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case.state == "in_progress", timeout=5000)
    assert kinds(case_engine) == ["case.action"]
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
        QPoint(5, 5), Qt.DropAction.CopyAction, web, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
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


def test_a_case_made_offline_is_by_the_signed_in_user_by_name(view, case_engine, case_ctx):
    """The cache's case row keeps the author's e-mail (as the portal does); the conversation names the person."""
    from sync.cases.operations import CaseDraft, queue_case
    draft = CaseDraft(type="account_question", product_id=None, category="invoice", subject="Invoice twice",
                      description="We were billed twice in November.", contact_name="Kari",
                      contact_email="kari@example.no")
    case_id = next(iter(queue_case(case_engine, draft, data_dir=case_ctx.workspace.data_dir)["case"]))
    view.show_case(case_id)
    first, body = view.conversation.toPlainText().splitlines()[:2]
    assert first.startswith("Kari Nordmann  you · ") and "waiting to be sent" in first, first
    assert body == "We were billed twice in November."
    assert "kari@example.no" not in view.conversation.toPlainText()
    assert "your organisation" not in view.conversation.toPlainText()


def test_an_expected_answer_past_in_business_hours_is_overdue(view, case_engine):
    """Created Fri 20.11.2026 15:00 Oslo with 8 business hours: 1 h on Friday, 7 on Monday, so due Mon 15:00 Oslo
    (14:00 UTC) — not overdue over the weekend although 8 hours have long passed, overdue from Monday 15:00."""
    created = datetime(2026, 11, 20, 14, 0, tzinfo=timezone.utc)
    due = business_hours.expected_response_at(created, 8)
    assert due == datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
    add_case(case_engine, "c1", expected=due)
    for moment, overdue in ((datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc), False),
                            (due - timedelta(minutes=1), False), (due, True), (due + timedelta(days=3), True)):
        view.now = lambda moment=moment: moment
        view.show_case(None)
        view.show_case("c1")
        assert view.expected_label.property("overdue") is overdue, moment
        assert view.expected_label.text() == expected_answer_text(due, overdue=overdue)
    assert view.expected_label.text().startswith("Overdue: the answer was expected by Mon ")


def test_a_case_waiting_for_the_customer_is_never_overdue(view, case_engine):
    add_case(case_engine, "c1", state="awaiting_customer", expected=START)
    view.now = lambda: START + timedelta(days=30)
    view.show_case("c1")
    assert view.expected_label.isHidden() and not view.expected_label.property("overdue")


@pytest.mark.parametrize("name, data, why", [
    ("oppdatering.exe", b"MZ\x90\x00", "The app opens only .pdf, .png, .jpg, .jpeg, .txt, .log, .csv files."),
    ("faktura.pdf", b"MZ\x90\x00 a program named .pdf", "The file is not a real .pdf file."),
    ("logg.txt", b"MZ\x00\x00", "A text file cannot contain binary data."),
])
def test_a_downloaded_file_the_shared_rule_refuses_is_not_opened(view, case_engine, qtbot, monkeypatch, tmp_path,
                                                                  name, data, why):
    add_case(case_engine, "c1")
    add_attachment(case_engine, "c1", "a1", name, len(data))
    copy = tmp_path / name
    copy.write_bytes(data)
    opened = []
    monkeypatch.setattr(attachment_files, "fetch_attachment", lambda ws, case_id, attachment_id: copy)
    monkeypatch.setattr("desktop.views.cases.case_attachments.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.show_case("c1")
    qtbot.mouseClick(view.attachments.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.attachments.open_button.isEnabled(), timeout=10000)  # the task has finished
    assert opened == []
    assert view.attachments.status.text() == f"{name} is not opened, for your safety. {why}"


def test_the_name_is_checked_once_more_right_before_opening(view, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("desktop.views.cases.case_attachments.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.attachments._ready(tmp_path / "makro.docm")
    assert opened == [] and "makro.docm is not opened" in view.attachments.status.text()
    view.attachments._ready(tmp_path / "bilde.png")
    assert opened == [str(tmp_path / "bilde.png")]


@pytest.mark.parametrize("local_path, status, words", [
    (None, "synced", None),
    ("attachments/c1/gone.pdf", "pending", "Kopien av manual.pdf på denne datamaskinen er borte, og portalen har "
                                           "ikke filen ennå. Legg den ved på nytt."),
])
def test_a_file_that_cannot_be_found_is_said_in_norwegian(view, case_engine, qtbot, local_path, status, words):
    """`UnknownAttachment` carries a code and the file's name; the panel words them (never its English)."""
    from PySide6.QtCore import QLocale

    from desktop import i18n
    from desktop.views.cases.case_attachments import attachment_error_text
    from sync.cases.attachment_download import UnknownAttachment, fetch_attachment
    previous = QLocale()
    try:
        assert i18n.install_language("nb") == "nb"
        add_case(case_engine, "c1")
        add_attachment(case_engine, "c1", "a1", "manual.pdf", 2048, local_path=local_path)
        with writer(case_engine).begin() as conn:
            conn.execute(case_attachments.update().values(sync_status=status))
        missing = "a1" if local_path else "no-such-file"
        with pytest.raises(UnknownAttachment) as raised:
            fetch_attachment(case_engine, view._ctx.workspace.data_dir, None, "c1", missing)
        text = attachment_error_text(raised.value)
        assert text == (words or "Denne filen er ikke på denne datamaskinen ennå; synkroniser og prøv igjen.")
        assert str(raised.value) not in text and "c1" not in text
    finally:
        i18n.reset()
        QLocale.setDefault(previous)


def test_a_refused_new_case_says_so_under_its_description_with_the_way_to_correct_it(view, case_engine, case_ctx,
                                                                                      qtbot):
    import json

    from sqlalchemy import update

    from sync.cache.schema import outbox as outbox_table
    from sync.cases.operations import CaseDraft, queue_case
    draft = CaseDraft(type="support", product_id="p00000", category="paper_jam", subject="Jam",
                      description="It jams.", contact_name="Kari", contact_email="kari@example.no")
    case_id = next(iter(queue_case(case_engine, draft, data_dir=case_ctx.workspace.data_dir)["case"]))
    with writer(case_engine).begin() as conn:  # what the push does with a 404 for a machine gone meanwhile
        conn.execute(update(cases).where(cases.c.id == case_id).values(sync_status="rejected"))
        conn.execute(update(outbox_table).values(state="rejected", problem_json=json.dumps(
            {"code": "not_found", "detail": "The product does not exist or is not visible to you."})))
    (item,) = outbox_items(case_engine)
    view.show_case(case_id)
    lines = view.conversation.toPlainText().splitlines()
    assert lines[0].endswith("not delivered: refused by the portal") and lines[1] == "It jams."
    assert lines[2] == ("The portal does not know this case or machine (any more), or you may no longer see it. "
                        "Correct or discard it in Pending changes…")
    with qtbot.waitSignal(view.pending_requested, timeout=5000) as asked:
        view.conversation.anchorClicked.emit(QUrl(f"pending:{item.seq}"))
    assert asked.args == [item.seq]
    with qtbot.assertNotEmitted(view.pending_requested):
        view.conversation.anchorClicked.emit(QUrl("http://evil.example/"))  # only our own links do anything
