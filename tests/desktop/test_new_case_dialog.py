"""The new-case dialog as a user drives it: matching guides are offered before the case is sent, every bad input is
explained where it was typed (OK stays disabled), files are refused as they are added, and a valid case ends up as a
pending case row plus an outbox item — offline."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from sync.cache.schema import cases
from sync.outbox import outbox_items
from desktop.views.new_case_dialog import NewCaseDialog
from tests.desktop.case_fixtures import case_ctx, case_engine  # noqa: F401


@pytest.fixture
def make_dialog(qtbot, case_ctx):
    def make(**kwargs) -> NewCaseDialog:
        dialog = NewCaseDialog(case_ctx, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


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
    assert dialog.expected_label.text().startswith("Sent now, the expected answer is by ")
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


def test_each_bad_input_is_explained_under_its_field(make_dialog, qtbot):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="It jams.")
    assert all(shown_error(dialog, f) is None for f in ("subject", "description"))  # nothing typed yet: no scolding
    qtbot.keyClicks(dialog.subject_edit, "x")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Backspace)
    assert shown_error(dialog, "subject") == "Write a short subject."
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


def test_account_question_needs_no_machine(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.type_account, Qt.MouseButton.LeftButton)
    assert dialog.machine_picker.parentWidget().isHidden()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("invoice"))
    qtbot.keyClicks(dialog.subject_edit, "Invoice 4711 twice")
    qtbot.keyClicks(dialog.description_edit, "We were billed twice for November.")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    assert dialog.draft().product_id is None and dialog.draft().type == "account_question"
    assert dialog.expected_label.text().startswith("Sent now, the expected answer is by ")


@pytest.mark.parametrize("name, content, expected", [
    ("huge.pdf", 20 * 1024 * 1024, "huge.pdf: The file is larger than 10 MB."),
    ("setup.exe", b"MZ", "setup.exe: Files of type '.exe' cannot be attached. Allowed: "),
    ("fake.pdf", b"not a pdf", "fake.pdf: The file is not a real .pdf file."),
    ("empty.txt", b"", "empty.txt: The file is empty."),
    ("folder.pdf", "directory", "folder.pdf: folder.pdf is not a file that can be read."),
    ("gone.png", None, "gone.png: gone.png does not exist."),
])
def test_bad_files_are_refused_as_they_are_added(make_dialog, tmp_path, name, content, expected):
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
    good.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    assert not dialog.remove_file_button.isEnabled()
    dialog.add_files([path, good])
    assert dialog.files == [good] and dialog.files_list.count() == 1
    assert dialog.file_message.text().startswith(expected) and not dialog.file_message.isHidden()
    dialog.files_list.setCurrentRow(0)
    dialog.remove_selected_file()
    assert dialog.files == [] and dialog.files_list.count() == 0


def test_files_go_with_the_case(make_dialog, qtbot, case_engine, case_ctx, tmp_path):
    dialog = make_dialog(product_id="p00000", category="paper_jam", description="Jams.")
    log = tmp_path / "printer.log"
    log.write_text("E-2801\n")
    dialog.add_files([log])
    qtbot.keyClicks(dialog.subject_edit, "Jam")
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
