"""The new-case dialog as a user drives it: matching guides are offered before the case is sent, every bad input is
explained where it was typed (OK stays disabled), files are checked off the UI thread as they are added (Send waits)
and refused ones explained beside the list, closing with typed work asks first, and a valid case ends up as a
pending case row plus an outbox item — offline."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sync.cases import operations as case_operations
from sync.cache.schema import cases
from sync.outbox.queue import outbox_items
from desktop.views.cases.new_case_dialog import NewCaseDialog
from desktop.views.self_help.guide_runner import CaseRequest
from tests.desktop.case_fixtures import case_ctx, case_engine, drag_onto  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 100
QUEUED_TEXT = ("The case is queued here and sent as soon as the portal can be reached. The expected answer is counted "
               "in business hours from when the portal receives it: if that is now, by ")


@pytest.fixture
def discard_answers(monkeypatch):
    """The "Discard this case?" question, answered without a modal box: each call pops the next answer (True =
    Discard; once the list is empty, Discard, so closing at teardown never blocks). `asked` counts the questions."""
    answers: list[bool] = []
    asked: list[NewCaseDialog] = []

    def confirm(dialog) -> bool:
        asked.append(dialog)
        return answers.pop(0) if answers else True

    monkeypatch.setattr(NewCaseDialog, "confirm_discard", confirm)
    return answers, asked


@pytest.fixture
def make_dialog(qtbot, case_ctx, discard_answers):
    def make(**kwargs) -> NewCaseDialog:
        dialog = NewCaseDialog(case_ctx, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def checked(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.attachments.checking(), timeout=5000)


def row_texts(dialog) -> list[str]:
    return dialog.attachments.texts()


def guide_ids(dialog):
    return [hit.id for hit in dialog.guides_model.hits()]


def shown_error(dialog, field):
    label = dialog.error_labels[field]
    return label.text() if not label.isHidden() else None


def pick_machine(qtbot, dialog, serial):
    qtbot.keyClicks(dialog.machine_picker.search, serial)
    qtbot.waitUntil(lambda: dialog.machine_picker.combo.count() == 2, timeout=3000)
    dialog.machine_picker.combo.setCurrentIndex(1)
    assert dialog.machine_picker.product().serial == serial


def test_guides_are_offered_first_then_the_case_is_queued(make_dialog, qtbot, case_engine, qtmodeltester):
    dialog = make_dialog()
    assert not dialog.ok_button.isEnabled() and guide_ids(dialog) == []
    assert not dialog.no_guides_label.isHidden()
    pick_machine(qtbot, dialog, "SN00003")
    assert dialog.contact_name_edit.text() == "Kari Nordmann"  # the machine's contact
    qtbot.keyClicks(dialog.subject_edit, "Paper jams in tray 2")
    qtbot.waitUntil(lambda: guide_ids(dialog) == ["paper-jam-tray-2"], timeout=3000)
    assert not dialog.guides_list.isHidden() and dialog.guides_box.title() == "Have you tried these?"
    assert dialog.guides_model.index(0).data() == "Paper jam in tray 2\nClear paper stuck in the second tray."
    qtmodeltester.check(dialog.guides_model)

    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("paper_jam"))
    qtbot.keyClicks(dialog.description_edit, "Jams on every second page since Monday.")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    assert dialog.expected_label.text().startswith(QUEUED_TEXT) and "Sent now" not in dialog.expected_label.text()
    with qtbot.waitSignal(dialog.case_queued, timeout=5000) as queued:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    case_id = queued.args[0]
    assert [(i.kind, i.entity_id) for i in outbox_items(case_engine)] == [("case.create", case_id)]
    with case_engine.connect() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).mappings().one()
    assert (row["sync_status"], row["number"], row["product_id"], row["category"]) == ("pending", None, "p00003",
                                                                                        "paper_jam")
    assert row["subject"] == "Paper jams in tray 2"
    assert dialog.result() == NewCaseDialog.DialogCode.Accepted


def test_a_guide_runs_inline_and_its_steps_fill_the_case(make_dialog, qtbot):
    dialog = make_dialog(product_id="p00000")
    qtbot.keyClicks(dialog.subject_edit, "jam")
    qtbot.waitUntil(lambda: guide_ids(dialog) == ["paper-jam-tray-2"], timeout=3000)
    with qtbot.waitSignal(dialog.guide_requested) as requested:
        qtbot.mouseClick(dialog.open_guide_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["paper-jam-tray-2"]
    assert dialog.runner.step_label.text().startswith("Open the front door")
    qtbot.mouseClick(dialog.runner.answer_buttons[0], Qt.MouseButton.LeftButton)  # Yes, I removed it
    qtbot.mouseClick(dialog.runner.answer_buttons[1], Qt.MouseButton.LeftButton)  # No, it jams again
    assert dialog.category_combo.currentData() == "paper_jam"
    assert dialog.description_edit.toPlainText() == (
        "Steps already tried:\n"
        "- Open the front door and look inside tray 2. Is there paper stuck? → Yes, I removed it\n"
        "- Print a test page. Does it come out? → No, it jams again\n")
    assert dialog.ok_button.isEnabled()


def test_prefilled_from_a_guide(make_dialog):
    dialog = make_dialog(product_id="p00002", category="paper_jam",
                         guide_steps=["Open the front door → Yes", "Print a test page → No"],
                         guide_title="Paper jam in tray 2")
    assert dialog.machine_picker.product().id == "p00002"
    assert dialog.category_combo.currentData() == "paper_jam"
    assert dialog.subject_edit.text() == "Paper jam in tray 2"
    assert dialog.description_edit.toPlainText() == ("Steps already tried:\n- Open the front door → Yes\n"
                                                     "- Print a test page → No\n")
    assert dialog.contact_email_edit.text() == "kari@example.no"
    assert dialog.ok_button.isEnabled()
    assert guide_ids(dialog) == ["paper-jam-tray-2"]  # offered from the start


def severity(dialog, field):
    return dialog.error_labels[field].property("severity") if shown_error(dialog, field) else None


def test_each_bad_input_is_explained_under_its_field(make_dialog, qtbot):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="It jams.")
    assert shown_error(dialog, "subject") == "Write a short subject."  # why Send is off, from the start
    assert severity(dialog, "subject") == "needed" and shown_error(dialog, "description") is None  # no scolding
    qtbot.keyClicks(dialog.subject_edit, "x")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Backspace)
    assert shown_error(dialog, "subject") == "Write a short subject." and severity(dialog, "subject") == "error"
    assert not dialog.ok_button.isEnabled() and "Write a short subject." in dialog.ok_button.toolTip()
    qtbot.keyClicks(dialog.subject_edit, "y" * 201)
    assert shown_error(dialog, "subject") == "The subject can be at most 200 characters."
    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "Paper jam")
    assert shown_error(dialog, "subject") is None and dialog.ok_button.isEnabled()
    dialog.contact_email_edit.clear()
    qtbot.keyClicks(dialog.contact_email_edit, "kari@")
    assert shown_error(dialog, "contact_email") == "This is not an e-mail address (name@example.no)."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.contact_email_edit, "example.no")
    assert shown_error(dialog, "contact_email") is None and dialog.ok_button.isEnabled()
    dialog.machine_picker.combo.setCurrentIndex(0)  # "Choose a machine…"
    assert shown_error(dialog, "product_id") == "Choose the machine the case is about."
    assert not dialog.ok_button.isEnabled()


NEEDED_NB = {"product_id": "Velg maskinen saken gjelder.", "category": "Velg en kategori.",
             "subject": "Skriv et kort emne.", "description": "Beskriv problemet eller spørsmålet."}


@pytest.mark.usefixtures("norwegian_ui")
def test_send_is_off_with_each_missing_fields_reason_at_the_field_until_it_is_filled_in(make_dialog, qtbot):
    dialog = make_dialog()
    assert dialog.ok_button.text() == "Send sa&ken" and not dialog.ok_button.isEnabled()
    assert {f: shown_error(dialog, f) for f in NEEDED_NB} == NEEDED_NB
    assert {severity(dialog, f) for f in NEEDED_NB} == {"needed"}  # nothing done wrong yet: not in red
    assert all(shown_error(dialog, f) is None for f in ("type", "contact_name", "contact_email", "general"))
    assert dialog.category_combo.accessibleDescription() == "Velg en kategori."  # a screen reader says it too

    pick_machine(qtbot, dialog, "SN00003")
    assert shown_error(dialog, "product_id") is None and not dialog.ok_button.isEnabled()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("paper_jam"))
    assert shown_error(dialog, "category") is None and dialog.category_combo.accessibleDescription() == ""
    qtbot.keyClicks(dialog.subject_edit, "Papirstopp i skuff 2")
    assert shown_error(dialog, "subject") is None and not dialog.ok_button.isEnabled()
    assert shown_error(dialog, "description") == NEEDED_NB["description"]  # the one thing left, still said
    qtbot.keyClicks(dialog.description_edit, "Stopper hver morgen.")
    assert all(shown_error(dialog, f) is None for f in NEEDED_NB)
    assert dialog.ok_button.isEnabled()

    dialog.subject_edit.selectAll()
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Delete)  # emptied again after typing: now a mistake, in red
    assert shown_error(dialog, "subject") == NEEDED_NB["subject"] and severity(dialog, "subject") == "error"
    assert not dialog.ok_button.isEnabled()


@pytest.mark.usefixtures("norwegian_ui")
def test_an_account_question_says_only_what_it_needs(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.type_account, Qt.MouseButton.LeftButton)
    assert shown_error(dialog, "product_id") is None  # no machine for an account question
    assert [shown_error(dialog, f) for f in ("category", "subject", "description")] == [
        NEEDED_NB["category"], NEEDED_NB["subject"], NEEDED_NB["description"]]


def test_a_prefilled_value_that_is_wrong_is_an_error_at_once(make_dialog, qtbot, case_engine):
    dialog = make_dialog(product_id="p00000", category="paper_jam", subject="y" * 201, description="It jams.")
    assert shown_error(dialog, "subject") == "The subject can be at most 200 characters."
    assert severity(dialog, "subject") == "error" and not dialog.ok_button.isEnabled()


def test_account_question_needs_no_machine(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.type_account, Qt.MouseButton.LeftButton)
    assert dialog.machine_picker.parentWidget().isHidden()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("invoice"))
    qtbot.keyClicks(dialog.subject_edit, "Invoice 4711 twice")
    qtbot.keyClicks(dialog.description_edit, "We were billed twice for November.")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    assert dialog.draft().product_id is None and dialog.draft().type == "account_question"
    assert dialog.expected_label.text().startswith(QUEUED_TEXT)


def categories(dialog) -> list[str]:
    return [dialog.category_combo.itemData(i) for i in range(1, dialog.category_combo.count())]


def test_an_account_question_offers_the_accounts_categories_and_examples(make_dialog, qtbot):
    dialog = make_dialog()
    assert categories(dialog) == ["error_code", "print_quality", "paper_jam", "scan_send", "network", "supplies",
                                  "other"]
    assert dialog.subject_edit.placeholderText() == "For example: Paper jam in tray 2"
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("paper_jam"))
    qtbot.mouseClick(dialog.type_account, Qt.MouseButton.LeftButton)
    assert categories(dialog) == ["invoice", "contract", "address", "other"]
    assert [dialog.category_combo.itemText(i) for i in range(1, 5)] == ["Invoice", "Contract", "Address", "Other"]
    assert dialog.category_combo.currentData() is None  # a paper jam is no account question
    assert "paper" not in dialog.subject_edit.placeholderText().lower()
    assert "display" not in dialog.description_edit.placeholderText()
    assert dialog.subject_edit.placeholderText() == "For example: Question about invoice 2026-1142"
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("other"))
    qtbot.mouseClick(dialog.type_support, Qt.MouseButton.LeftButton)
    assert dialog.category_combo.currentData() == "other"  # kept: a machine's case may be "other" too
    assert "paper_jam" in categories(dialog) and "invoice" not in categories(dialog)


def test_an_account_question_with_a_machines_category_is_not_queued(case_engine):
    draft = case_operations.CaseDraft(type="account_question", product_id=None, category="toner",
                                      subject="Toner", description="More toner.", contact_name="", contact_email="")
    for category in ("paper_jam", "supplies", "toner"):
        errors = case_operations.check_case_draft(case_engine, replace(draft, category=category))
        assert errors["category"].code == "case.category_missing", category
    assert "category" not in case_operations.check_case_draft(case_engine, replace(draft, category="address"))


def test_the_guide_given_up_on_is_not_offered_again(make_dialog, qtbot):
    """Self-help's "this did not help" opens the form: that guide is not among the suggestions, in the form either."""
    dialog = make_dialog(product_id="p00000", category="paper_jam", guide_title="Paper jam in tray 2",
                         guide_steps=["Open the front door"], given_up_guide="paper-jam-tray-2")
    assert dialog.subject_edit.text() == "Paper jam in tray 2"
    assert "paper-jam-tray-2" not in guide_ids(dialog)
    qtbot.keyClicks(dialog.subject_edit, " jam tray")
    dialog.update_guides()
    assert "paper-jam-tray-2" not in guide_ids(dialog)
    other = make_dialog(product_id="p00000", category="paper_jam", subject="Paper jam in tray 2")
    assert guide_ids(other) == ["paper-jam-tray-2"]  # the same form without the guide given up offers it


def test_a_guide_that_did_not_help_inside_the_form_leaves_the_suggestions(make_dialog, qtbot):
    dialog = make_dialog(product_id="p00000", category="paper_jam", subject="Paper jam in tray 2")
    assert guide_ids(dialog) == ["paper-jam-tray-2"]
    dialog.apply_guide_request(CaseRequest("paper-jam-tray-2", "Paper jam in tray 2", "paper_jam", ("Opened it",)))
    assert "paper-jam-tray-2" not in guide_ids(dialog)


@pytest.mark.parametrize("default", [True, False])
def test_the_email_checkbox_starts_from_the_users_default(make_dialog, case_engine, default):
    from sqlalchemy import update

    from sync.cache.db import writer
    from sync.cache.schema import me
    with writer(case_engine).begin() as conn:
        conn.execute(update(me).values(email_updates_default=int(default)))
    dialog = make_dialog()
    assert dialog.email_check.isChecked() is default
    dialog.email_check.setChecked(not default)  # the case's own choice can still differ
    assert dialog.draft().email_updates is (not default)


@pytest.mark.parametrize("name, content, expected", [
    ("huge.pdf", 20 * 1024 * 1024, "huge.pdf: The file is larger than 10 MB."),
    ("setup.exe", b"MZ", "setup.exe: Files of type '.exe' cannot be attached. Allowed: "),
    ("fake.pdf", b"not a pdf", "fake.pdf: The file is not a real .pdf file."),
    ("empty.txt", b"", "empty.txt: The file is empty."),
    ("folder.pdf", "directory", "folder.pdf is not a file that can be read."),  # the name once, not twice
    ("gone.png", None, "gone.png does not exist."),
])
def test_bad_files_are_refused_as_they_are_added(make_dialog, qtbot, tmp_path, name, content, expected):
    dialog = make_dialog(product_id="p00000")
    path = tmp_path / name
    if isinstance(content, int):
        with path.open("wb") as file:
            file.write(b"%PDF-")
            file.truncate(content)
    elif content == "directory":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    good = tmp_path / "photo.png"
    good.write_bytes(PNG)
    assert not dialog.attachments.remove_button.isEnabled()
    dialog.attachments.add_files([path, good])
    checked(qtbot, dialog)
    assert dialog.attachments.files == [good] and dialog.attachments.list_widget.count() == 1
    assert dialog.attachments.message.text().startswith(expected) and not dialog.attachments.message.isHidden()
    dialog.attachments.list_widget.setCurrentRow(0)
    dialog.attachments.remove_selected()
    assert dialog.attachments.files == [] and dialog.attachments.list_widget.count() == 0


def test_files_go_with_the_case(make_dialog, qtbot, case_engine, case_ctx, tmp_path):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    log = tmp_path / "printer.log"
    log.write_text("E-2801\n")
    dialog.attachments.add_files([log])
    qtbot.keyClicks(dialog.subject_edit, "Jam")
    checked(qtbot, dialog)
    with qtbot.waitSignal(dialog.case_queued, timeout=5000) as queued:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    kinds = sorted(i.kind for i in outbox_items(case_engine))
    assert kinds == ["case.create", "case_attachment.create"]
    assert list((case_ctx.workspace.data_dir / "attachments" / queued.args[0]).iterdir())


def test_html_in_a_guide_summary_stays_text(make_dialog, qtbot, case_engine):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.subject_edit, "streaks")
    qtbot.waitUntil(lambda: guide_ids(dialog) == ["streaks"], timeout=3000)
    assert dialog.guides_model.index(0).data() == "Streaks on copies\nLines or <b>streaks</b> on printed pages."


# --- files are checked off the UI thread -------------------------------------------------------------------------

@pytest.fixture
def slow_check(monkeypatch):
    """check_attachment held until the test lets it go (as on a slow network share); released at teardown."""
    release = threading.Event()
    real = case_operations.check_attachment
    calls: list[str] = []

    def slow(path):
        calls.append(threading.current_thread().name)
        release.wait(10)
        return real(path)

    monkeypatch.setattr(case_operations, "check_attachment", slow)
    yield release, calls
    release.set()


def test_a_check_in_progress_disables_send(make_dialog, qtbot, tmp_path, slow_check, case_engine):
    release, calls = slow_check
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    qtbot.keyClicks(dialog.subject_edit, "Jam")
    assert dialog.ok_button.isEnabled()
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    dialog.attachments.add_files([photo])  # returns at once: the UI thread does not read the file
    assert row_texts(dialog) == ["photo.png — checking…"]
    assert dialog.attachments.checking() and dialog.attachments.files == []
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == "Wait until the files are checked."
    dialog.queue()  # Enter or a quick click cannot slip past
    assert outbox_items(case_engine) == []
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    assert calls[0] != threading.main_thread().name
    release.set()
    checked(qtbot, dialog)
    assert row_texts(dialog) == ["photo.png — OK"] and dialog.attachments.files == [photo]
    assert dialog.ok_button.isEnabled() and dialog.attachments.message.isHidden()


def test_a_file_removed_while_it_is_checked_stays_removed(make_dialog, qtbot, tmp_path, slow_check):
    release, _calls = slow_check
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    qtbot.keyClicks(dialog.subject_edit, "Jam")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf")
    dialog.attachments.add_files([fake])
    dialog.attachments.list_widget.setCurrentRow(0)
    dialog.attachments.remove_selected()
    assert dialog.attachments.list_widget.count() == 0 and dialog.ok_button.isEnabled()
    release.set()
    qtbot.wait(200)  # the late answer is dropped: no row comes back, no message for a file the user removed
    assert dialog.attachments.list_widget.count() == 0 and dialog.attachments.message.isHidden() and dialog.ok_button.isEnabled()


def test_an_answer_after_the_dialog_is_gone_is_dropped(case_ctx, qtbot, tmp_path, slow_check, discard_answers):
    release, calls = slow_check
    dialog = NewCaseDialog(case_ctx)  # not handed to qtbot: this test deletes it
    dialog.show()
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    dialog.attachments.add_files([photo])
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    dialog.close()  # answered Discard (the file was added)
    assert len(discard_answers[1]) == 1
    with qtbot.waitSignal(dialog.destroyed, timeout=3000):
        dialog.deleteLater()
    release.set()
    qtbot.wait(200)  # no exception from a callback on the deleted dialog (pytest-qt would fail the test)


def test_a_bad_files_reason_shows_beside_the_list_it_was_added_to(make_dialog, qtbot, tmp_path):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    qtbot.keyClicks(dialog.subject_edit, "Jam")
    fake, photo = tmp_path / "scan.pdf", tmp_path / "photo.png"
    fake.write_bytes(b"GIF89a, not a pdf")
    photo.write_bytes(PNG)
    dialog.attachments.add_files([fake, photo])
    assert row_texts(dialog)[0] == "scan.pdf — checking…"
    checked(qtbot, dialog)
    assert row_texts(dialog) == ["photo.png — OK"]
    assert dialog.attachments.message.text() == "scan.pdf: The file is not a real .pdf file."
    assert dialog.attachments.message.isVisible() and dialog.attachments.message.parentWidget() is dialog.attachments.list_widget.parentWidget()
    assert dialog.error_labels["general"].isHidden()  # not somewhere else in the dialog
    assert dialog.ok_button.isEnabled()  # the refused file is out; the good one goes with the case
    dialog.attachments.add_files([photo])  # the same file twice is listed once
    checked(qtbot, dialog)
    assert row_texts(dialog) == ["photo.png — OK"] and dialog.attachments.message.isHidden()


# --- closing -------------------------------------------------------------------------------------------------------

def test_closing_with_typed_text_asks_and_keep_editing_keeps_it(make_dialog, qtbot, discard_answers):
    answers, asked = discard_answers
    dialog = make_dialog(product_id="p00000")
    qtbot.keyClicks(dialog.subject_edit, "Toner smears")
    answers.extend([False, False, False])  # Keep editing, three times
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and dialog.isVisible()
    dialog.close()  # the window's close button
    assert len(asked) == 3 and dialog.isVisible()
    assert dialog.subject_edit.text() == "Toner smears"
    answers.append(True)  # Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 4 and not dialog.isVisible()
    assert dialog.result() == NewCaseDialog.DialogCode.Rejected


@pytest.mark.parametrize("typed", ["description", "file"])
def test_a_typed_description_or_an_added_file_asks_too(make_dialog, qtbot, tmp_path, discard_answers, typed):
    answers, asked = discard_answers
    dialog = make_dialog()
    if typed == "description":
        qtbot.keyClicks(dialog.description_edit, "It beeps.")
    else:
        photo = tmp_path / "photo.png"
        photo.write_bytes(PNG)
        dialog.attachments.add_files([photo])
        checked(qtbot, dialog)
    answers.append(False)
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()


def test_no_question_when_nothing_was_typed(make_dialog, qtbot, discard_answers):
    _answers, asked = discard_answers
    dialog = make_dialog(product_id="p00000", category="paper_jam")
    qtbot.keyClicks(dialog.subject_edit, "x")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Backspace)  # typed and taken back: nothing to lose
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
    prefilled = make_dialog(product_id="p00002", category="paper_jam", guide_title="Paper jam in tray 2",
                            guide_steps=["Open the front door → Yes"])  # from a guide: nothing the user typed
    prefilled.close()
    assert asked == [] and not prefilled.isVisible()


def test_a_queued_case_closes_without_asking(make_dialog, qtbot, discard_answers):
    _answers, asked = discard_answers
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    qtbot.keyClicks(dialog.subject_edit, "Jam")
    with qtbot.waitSignal(dialog.case_queued, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.has_unsaved_changes()
    dialog.close()
    assert asked == []


def test_the_question_defaults_to_keep_editing(make_dialog):
    dialog = make_dialog()
    box = dialog.discard_box()
    assert box.text() == "Discard this case? What you typed will be lost."
    assert box.textFormat() == Qt.TextFormat.PlainText
    roles = {button.text(): box.buttonRole(button) for button in box.buttons()}
    assert roles == {"&Discard": QMessageBox.ButtonRole.DestructiveRole,
                     "&Keep editing": QMessageBox.ButtonRole.RejectRole}
    assert box.defaultButton().text() == "&Keep editing" and box.escapeButton() is box.defaultButton()


def test_files_dropped_on_the_list_or_the_description_are_attached(make_dialog, qtbot, tmp_path):
    dialog = make_dialog(product_id="p00000")
    photo, log = tmp_path / "photo.png", tmp_path / "printer.log"
    photo.write_bytes(PNG)
    log.write_text("E-2801\n")
    for path, target in ((photo, dialog.attachments.list_widget.viewport()), (log, dialog.description_edit.viewport())):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        assert drag_onto(target, mime)
    qtbot.waitUntil(lambda: dialog.attachments.files == [photo, log], timeout=5000)
    assert dialog.description_edit.toPlainText() == ""


@pytest.mark.usefixtures("norwegian_ui")
def test_an_account_questions_guides_pane_asks_for_no_machine(make_dialog, qtbot):
    """The empty guides pane asked to "Velg maskin" for an account question, which has no machine."""
    dialog = make_dialog()
    assert dialog.no_guides_label.isVisible() and "maskin" in dialog.no_guides_label.text()
    qtbot.mouseClick(dialog.type_account, Qt.MouseButton.LeftButton)
    assert dialog.no_guides_label.text() == "Ingen veiledning passer ennå. Velg kategori, og skriv et emne."
    qtbot.mouseClick(dialog.type_support, Qt.MouseButton.LeftButton)
    assert "Velg maskin" in dialog.no_guides_label.text()


@pytest.mark.usefixtures("norwegian_ui")
@pytest.mark.parametrize("field, typed", [("subject", "Papirstopp\x1b[31m skuff 2"), ("subject", "Papirstopp\x07"),
                                          ("contact_name", "Kari\x00Nordmann")])
def test_a_control_character_in_a_one_line_field_is_refused_at_the_field(make_dialog, qtbot, field, typed):
    """The portal refuses a subject or name with a control character: the form says so offline, at the field (a
    pasted line break is white space, sent as one space: see the next test)."""
    dialog = make_dialog(product_id="p00000", category="paper_jam", subject="Papirstopp", description="Stopper.")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    edit = dialog.subject_edit if field == "subject" else dialog.contact_name_edit
    edit.selectAll()
    edit.insert(typed)  # what a paste does: QLineEdit keeps the characters
    assert edit.text() == typed
    qtbot.waitUntil(lambda: shown_error(dialog, field) is not None, timeout=10000)
    assert shown_error(dialog, field) == "Skriv dette på én linje, uten linjeskift eller andre kontrolltegn."
    assert severity(dialog, field) == "error" and not dialog.ok_button.isEnabled()


def test_a_pasted_line_break_in_a_one_line_field_is_sent_as_a_space(make_dialog, qtbot, case_engine):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Stopper.")
    dialog.subject_edit.insert("Papirstopp\n\u2028skuff\x0b2")
    dialog.contact_name_edit.selectAll()
    dialog.contact_name_edit.insert("Kari\tNordmann\n")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outbox_items(case_engine)), timeout=10000)
    [body] = [item.body for item in outbox_items(case_engine) if item.kind == "case.create"]
    assert (body["subject"], body["contact_name"]) == ("Papirstopp skuff 2", "Kari Nordmann")
