"""Nothing the user typed is thrown away: each form's draft survives a kill of the app, comes back (and says so) the
next time the form opens, and is gone once the form is sent or the draft deliberately discarded.

A kill is simulated honestly: the text is typed into the real widget, the test waits until the draft is written (the
helper's `saved` signal), then the widget is deleted WITHOUT its close path (no closeEvent, reject or accept, nothing
flushed) and a fresh AppContext is opened on a new engine on the same cache file, as the next start would."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktop.views.cases.case_detail import CaseDetailView
from desktop.views.cases.new_case_dialog import NewCaseDialog
from desktop.views.readings.meter_round_page import MeterRoundPage
from desktop.views.readings.reading_dialog import ReadingDialog
from sync.cache import drafts
from sync.cache.db import cache_file, open_cache
from sync.products import queries as product_queries
from tests.desktop.case_fixtures import add_case, case_ctx, case_engine, make_case_context  # noqa: F401
from tests.desktop.pages_fixtures import TODAY, make_context, offline_ctx, product_id, small_cache  # noqa: F401


@pytest.fixture
def restart(qapp):
    """`restart(ctx)`: a fresh AppContext on a new engine on `ctx`'s cache file, like the next start of the app."""
    opened = []

    def start_again(ctx, *, data_dir: Path | None = None):
        engine = open_cache(cache_file(ctx.engine))
        context = make_case_context(engine, data_dir) if data_dir is not None else make_context(engine)
        opened.append(context)
        return context

    yield start_again
    for context in opened:
        assert context.wait_idle()
        context.engine.dispose()


def kill(widget) -> None:
    """Drop the form the way a crash does: the C++ object goes, no close event, no reject, nothing flushed."""
    shiboken6.delete(widget)


def saved_nothing(payload) -> bool:
    return payload is None


def product(ctx, pid: str):
    return product_queries.product(ctx.engine, pid, today=TODAY)


# --- the reading dialog ----------------------------------------------------------------------------------------

def open_reading(qtbot, ctx, pid: str = product_id(3)) -> ReadingDialog:
    dialog = ReadingDialog(ctx, product(ctx, pid))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_typed_reading_survives_a_kill_and_says_so(qtbot, offline_ctx, restart, monkeypatch):
    monkeypatch.setattr(ReadingDialog, "confirm_discard", lambda self: True)  # the teardown's close never blocks
    dialog = ReadingDialog(offline_ctx, product(offline_ctx, product_id(3)))
    dialog.show()
    with qtbot.waitSignal(dialog.kept_draft.saved, timeout=5000) as saved:
        qtbot.keyClicks(dialog.fields["total"], "123456")
    assert saved.args[0]["values"]["total"] == "123456"
    kill(dialog)

    again = open_reading(qtbot, restart(offline_ctx))
    assert again.fields["total"].text() == "123456" and again.fields["bw"].text() == ""
    assert not again.draft_notice.isHidden()
    assert again.draft_notice.label.text().startswith("Your unsent draft from ")
    assert again.draft_notice.label.text().endswith(" is back.")
    assert again.has_unsaved_changes()


def test_a_queued_reading_leaves_no_draft(qtbot, offline_ctx):
    dialog = open_reading(qtbot, offline_ctx)
    last = product(offline_ctx, product_id(3)).last_values
    for key, edit in dialog.fields.items():
        qtbot.keyClicks(edit, str(last[key] + 1500))
    with qtbot.waitSignal(dialog.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000), \
            qtbot.waitSignal(dialog.reading_queued, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(offline_ctx.engine, "reading", product_id(3)) is None


def test_discarding_a_restored_reading_forgets_it(qtbot, offline_ctx):
    drafts.save_draft(offline_ctx.engine, "reading", product_id(3), {"date": TODAY.isoformat(),
                                                                     "values": {"total": "99"}})
    dialog = open_reading(qtbot, offline_ctx)
    assert dialog.fields["total"].text() == "99"
    with qtbot.waitSignal(dialog.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000):
        qtbot.mouseClick(dialog.draft_notice.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["total"].text() == "" and dialog.draft_notice.isHidden()
    assert drafts.load_draft(offline_ctx.engine, "reading", product_id(3)) is None


def test_closing_an_empty_reading_keeps_nothing(qtbot, offline_ctx):
    dialog = open_reading(qtbot, offline_ctx)
    with qtbot.waitSignal(dialog.kept_draft.saved, timeout=5000) as saved:  # written (as nothing), then looked at
        dialog.reject()
    assert saved.args == [None] and not dialog.isVisible()
    assert drafts.list_drafts(offline_ctx.engine) == []


# --- the new case dialog ---------------------------------------------------------------------------------------

@pytest.fixture
def discard_on_close(monkeypatch):
    asked = []
    monkeypatch.setattr(NewCaseDialog, "confirm_discard", lambda self: asked.append(self) or True)
    return asked


def open_new_case(qtbot, ctx) -> NewCaseDialog:
    dialog = NewCaseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_case(qtbot, dialog: NewCaseDialog) -> None:
    qtbot.keyClicks(dialog.machine_picker.search, "SN00003")
    qtbot.waitUntil(lambda: dialog.machine_picker.combo.count() == 2, timeout=3000)
    dialog.machine_picker.combo.setCurrentIndex(1)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("paper_jam"))
    qtbot.keyClicks(dialog.subject_edit, "Papirstopp i skuff 2")
    qtbot.keyClicks(dialog.description_edit, "Stopper på hver andre side.")
    qtbot.mouseClick(dialog.email_check, Qt.MouseButton.LeftButton)


def test_a_half_written_case_survives_a_kill(qtbot, case_ctx, restart, discard_on_close, tmp_path):
    dialog = NewCaseDialog(case_ctx)
    dialog.show()
    email = dialog.email_check.isChecked()
    log = tmp_path / "printer.log"
    log.write_text("E-2801\n")
    type_case(qtbot, dialog)
    dialog.attachments.add_files([log])
    qtbot.waitUntil(lambda: dialog.attachments.files == [log], timeout=5000)
    with qtbot.waitSignal(dialog.kept_draft.saved, timeout=5000) as saved:
        qtbot.keyClicks(dialog.contact_name_edit, " AS")
    assert saved.args[0]["subject"] == "Papirstopp i skuff 2" and saved.args[0]["files"] == [str(log)]
    kill(dialog)

    again = open_new_case(qtbot, restart(case_ctx, data_dir=case_ctx.workspace.data_dir))
    assert again.machine_picker.product().serial == "SN00003"
    assert again.category_combo.currentData() == "paper_jam"
    assert again.subject_edit.text() == "Papirstopp i skuff 2"
    assert again.description_edit.toPlainText() == "Stopper på hver andre side."
    assert again.contact_name_edit.text() == "Kari Nordmann AS"
    assert again.email_check.isChecked() is (not email)
    qtbot.waitUntil(lambda: again.attachments.files == [log], timeout=5000)
    assert not again.draft_notice.isHidden() and "is back" in again.draft_notice.label.text()


def test_a_sent_case_leaves_no_draft(qtbot, case_ctx, discard_on_close):
    dialog = open_new_case(qtbot, case_ctx)
    type_case(qtbot, dialog)
    assert dialog.ok_button.isEnabled(), dialog.validate()
    with qtbot.waitSignal(dialog.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000), \
            qtbot.waitSignal(dialog.case_queued, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(case_ctx.engine, "new_case", "") is None
    assert discard_on_close == []


def test_a_case_discarded_on_close_leaves_no_draft(qtbot, case_ctx, discard_on_close):
    dialog = open_new_case(qtbot, case_ctx)
    with qtbot.waitSignal(dialog.kept_draft.saved, timeout=5000):
        qtbot.keyClicks(dialog.subject_edit, "Toner")
    assert drafts.load_draft(case_ctx.engine, "new_case", "").payload["subject"] == "Toner"
    with qtbot.waitSignal(dialog.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000):
        dialog.reject()
    assert len(discard_on_close) == 1 and not dialog.isVisible()
    assert drafts.load_draft(case_ctx.engine, "new_case", "") is None


def test_discarding_a_restored_case_goes_back_to_what_the_form_opened_with(qtbot, case_ctx, discard_on_close):
    drafts.save_draft(case_ctx.engine, "new_case", "", {"type": "support", "subject": "Old subject",
                                                        "description": "Old text", "category": "paper_jam"})
    dialog = NewCaseDialog(case_ctx, subject="From the guide")
    qtbot.addWidget(dialog)
    assert dialog.subject_edit.text() == "Old subject" and dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000):
        qtbot.mouseClick(dialog.draft_notice.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.subject_edit.text() == "From the guide" and dialog.description_edit.toPlainText() == ""
    assert dialog.category_combo.currentData() is None and not dialog.has_unsaved_changes()
    assert drafts.load_draft(case_ctx.engine, "new_case", "") is None


# --- a reply in the case detail --------------------------------------------------------------------------------

def open_detail(qtbot, ctx) -> CaseDetailView:
    view = CaseDetailView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_reply_being_typed_survives_a_kill(qtbot, case_ctx, case_engine, restart):
    add_case(case_engine, "c1")
    add_case(case_engine, "c2")
    view = CaseDetailView(case_ctx)
    view.show()
    view.show_case("c1")
    with qtbot.waitSignal(view.kept_draft.saved, timeout=5000):
        qtbot.keyClicks(view.reply_edit, "Den stopper fortsatt")
    kill(view)

    again = open_detail(qtbot, restart(case_ctx, data_dir=case_ctx.workspace.data_dir))
    again.show_case("c2")
    assert again.reply_edit.toPlainText() == "" and again.draft_notice.isHidden()
    again.show_case("c1")
    assert again.reply_edit.toPlainText() == "Den stopper fortsatt"
    assert not again.draft_notice.isHidden()
    assert again.draft_notice.label.text().startswith("Your unsent reply from ")
    assert again.has_unsaved_changes()


def test_a_sent_reply_leaves_no_draft(qtbot, case_ctx, case_engine):
    add_case(case_engine, "c1")
    view = open_detail(qtbot, case_ctx)
    view.show_case("c1")
    with qtbot.waitSignal(view.kept_draft.saved, timeout=5000):
        qtbot.keyClicks(view.reply_edit, "Takk!")
    assert drafts.load_draft(case_engine, "reply", "c1").payload["text"] == "Takk!"
    with qtbot.waitSignal(view.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000), \
            qtbot.waitSignal(view.reply_queued, timeout=5000):
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(case_engine, "reply", "c1") is None


def test_discarding_a_restored_reply_forgets_it(qtbot, case_ctx, case_engine):
    add_case(case_engine, "c1")
    drafts.save_draft(case_engine, "reply", "c1", {"text": "Gammelt svar", "files": []})
    view = open_detail(qtbot, case_ctx)
    view.show_case("c1")
    assert view.reply_edit.toPlainText() == "Gammelt svar"
    with qtbot.waitSignal(view.kept_draft.saved, check_params_cb=saved_nothing, timeout=5000):
        qtbot.mouseClick(view.draft_notice.discard_button, Qt.MouseButton.LeftButton)
    assert view.reply_edit.toPlainText() == "" and view.draft_notice.isHidden()
    assert not view.has_unsaved_changes()
    assert drafts.load_draft(case_engine, "reply", "c1") is None


# --- the meter round -------------------------------------------------------------------------------------------

def test_a_meter_round_survives_a_kill(english_ui, qtbot, offline_ctx, restart):
    page = MeterRoundPage(offline_ctx)
    model = page.model
    with qtbot.waitSignal(page.kept_draft.saved, timeout=5000):
        model.setData(model.index(model.row_of(product_id(2)), model.column_of("new:total")), "555555")
    kill(page)

    again = MeterRoundPage(restart(offline_ctx))
    qtbot.addWidget(again)
    assert again.model.drafts() == {product_id(2): {"total": "555555"}}
    assert "are back (1 machine)" in again.summary.text() and again.summary.text().startswith("Your unsent values")
