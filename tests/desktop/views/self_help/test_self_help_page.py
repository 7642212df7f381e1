"""The self-help page: search the cached guides (FTS, filters), step through one (answers, Back, the path), finish
it, or leave it at any step for a new case filled in with the machine, the category and the steps already tried."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from desktop.views.cases.new_case_dialog import NewCaseDialog
from desktop.shell.page import Navigation
from desktop.views.self_help.self_help_page import SelfHelpPage
from tests.desktop.case_fixtures import case_ctx, case_engine  # noqa: F401


class RecordingNavigation(Navigation):
    """The window's part, recorded: what the page asked to open."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def open_case(self, case_id: str) -> None:
        self.opened.append(case_id)


@pytest.fixture
def page(qtbot, case_ctx):
    widget = SelfHelpPage(case_ctx, RecordingNavigation())
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def result_ids(page):
    return [hit.id for hit in page.model.hits()]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_first_result(qtbot, page, text):
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: bool(result_ids(page)) and page._timer.isActive() is False, timeout=3000)
    page.results.setCurrentIndex(page.model.index(0))
    assert page.right.currentWidget() is page.runner


def test_title_and_all_guides_listed_at_first(page, qtmodeltester):
    assert SelfHelpPage.title() == "Self-help"
    assert result_ids(page) == ["error-c2801", "paper-jam-tray-2", "streaks"]
    assert page.count_label.text() == "3 guide(s)" or page.count_label.text() == "3 guides"
    assert page.right.currentWidget() is page.placeholder
    qtmodeltester.check(page.model)
    assert not page.results.grab().isNull()  # the delegate paints title and summary
    assert page.results.sizeHintForRow(0) > page.results.fontMetrics().height() * 2


def test_search_is_debounced_full_text(page, qtbot):
    qtbot.keyClicks(page.search, "C-2801")
    assert result_ids(page) == ["error-c2801", "paper-jam-tray-2", "streaks"]  # not yet: debounced
    qtbot.waitUntil(lambda: result_ids(page) == ["error-c2801"], timeout=3000)


@pytest.mark.parametrize("nasty", ['"', "AND", "*", "-", "(", 'NEAR("a" "b")', "jam OR"])
def test_search_text_is_never_query_syntax(page, qtbot, nasty):
    qtbot.keyClicks(page.search, nasty)
    page.search_now()
    assert all(hit.language == "en" for hit in page.model.hits())
    if not page.model.hits():
        assert page.count_label.text() == "No guide matches. Try other words, or open a case."


def test_filters_by_machine_type_and_category(page, qtbot):
    page.family_combo.setCurrentIndex(page.family_combo.findData("A3 MFP"))
    assert result_ids(page) == ["error-c2801", "paper-jam-tray-2"]  # "streaks" is for large format only
    page.category_combo.setCurrentIndex(page.category_combo.findData("paper_jam"))
    assert result_ids(page) == ["paper-jam-tray-2"]


def test_picking_a_machine_filters_by_its_type(page, qtbot):
    qtbot.keyClicks(page.machine_picker.search, "SN00004")
    qtbot.waitUntil(lambda: page.machine_picker.combo.count() == 2, timeout=3000)
    page.machine_picker.combo.setCurrentIndex(1)
    assert page.family_combo.currentData() == "A3 MFP"
    assert "streaks" not in result_ids(page)


def test_stepping_through_a_guide_with_back_and_path(page, qtbot):
    open_first_result(qtbot, page, "jam")
    runner = page.runner
    assert runner.title_label.text() == "Paper jam in tray 2"
    assert runner.step_label.text() == "Open the front door and look inside tray 2. Is there paper stuck?"
    assert runner.step_label.textFormat() == Qt.TextFormat.PlainText
    assert [b.text() for b in runner.answer_buttons] == ["Yes, I removed it", "No paper visible"]
    assert not runner.back_button.isEnabled()
    click(qtbot, runner.answer_buttons[0])
    assert runner.step_label.text() == "Print a test page. Does it come out?"
    assert runner.path_label.text() == ("Steps so far:\n1. Open the front door and look inside tray 2. Is there "
                                        "paper stuck? → Yes, I removed it")
    click(qtbot, runner.back_button)
    assert runner.step.id == "open" and runner.path == [] and runner.path_label.isHidden()


def test_solved_ends_with_a_friendly_message(page, qtbot):
    open_first_result(qtbot, page, "jam")
    with qtbot.waitSignal(page.runner.solved) as solved:
        click(qtbot, page.runner.answer_buttons[0])
        click(qtbot, page.runner.answer_buttons[0])  # Yes, the test page came out
    assert solved.args == ["paper-jam-tray-2"]
    assert page.runner.done_label.text() == "Great — glad that solved it! No case is needed."
    assert page.runner.answer_buttons == [] and page.runner.not_helped_button.isHidden()
    assert page.case_dialog is None
    click(qtbot, page.runner.restart_button)
    assert page.runner.step.id == "open"


def test_this_did_not_help_opens_a_prefilled_case(page, qtbot):
    qtbot.keyClicks(page.machine_picker.search, "SN00004")
    qtbot.waitUntil(lambda: page.machine_picker.combo.count() == 2, timeout=3000)
    page.machine_picker.combo.setCurrentIndex(1)
    open_first_result(qtbot, page, "jam")
    click(qtbot, page.runner.answer_buttons[0])
    click(qtbot, page.runner.not_helped_button)
    dialog = page.case_dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.isVisible()
    assert dialog.machine_picker.product().serial == "SN00004"
    assert dialog.category_combo.currentData() == "paper_jam"
    assert dialog.subject_edit.text() == "Paper jam in tray 2"
    assert dialog.description_edit.toPlainText() == (
        "Steps already tried:\n- Open the front door and look inside tray 2. Is there paper stuck? → Yes, I removed "
        "it\n")
    assert dialog.ok_button.isEnabled()
    assert dialog.given_up_guides == {"paper-jam-tray-2"}  # the guide that did not help is not suggested again
    assert "paper-jam-tray-2" not in [hit.id for hit in dialog.guides_model.hits()]
    with qtbot.waitSignal(dialog.case_queued, timeout=5000) as queued:
        click(qtbot, dialog.ok_button)
    assert page.nav.opened == [queued.args[0]]  # the page asks the window to show the case where cases live
    assert page.case_dialog is None  # closed; the next guide that does not help opens a new one


def test_an_open_case_answer_opens_the_case_with_its_category(page, qtbot):
    open_first_result(qtbot, page, "jam")
    click(qtbot, page.runner.answer_buttons[1])  # No paper visible → open_case (paper_jam)
    dialog = page.case_dialog
    assert dialog.category_combo.currentData() == "paper_jam"
    assert dialog.machine_picker.product() is None  # no machine picked on the page: the user chooses
    assert "No paper visible" in dialog.description_edit.toPlainText()
    assert not dialog.ok_button.isEnabled()


def test_show_guide_by_id(page, qtbot):
    assert page.show_guide("error-c2801")
    assert page.runner.title_label.text() == "Error code C-2801 on the display"
    assert page.results.currentIndex().row() == 0
    with qtbot.waitSignal(page.status_message):
        assert not page.show_guide("no-such-guide")


def test_guides_follow_the_ui_language(qtbot, case_ctx):
    previous = QLocale()
    i18n.install_language("nb")
    try:
        page = SelfHelpPage(case_ctx)
        qtbot.addWidget(page)
        qtbot.keyClicks(page.search, "papirstopp skuff 2")
        page.search_now()
        assert [(h.id, h.title) for h in page.model.hits()] == [("paper-jam-tray-2", "Papirstopp i skuff 2")]
        assert page.show_guide("paper-jam-tray-2")
        assert page.runner.step_label.text().startswith("Åpne frontdøren")
    finally:
        i18n.reset()
        QLocale.setDefault(previous)


def test_new_guides_after_a_sync_show_up(page, case_engine):
    from tests.desktop.case_fixtures import add_guides
    add_guides(case_engine, [dict(id="toner-low", language="en", title="Toner low", summary="Replace the toner.",
                                  category="supplies", families=[], keywords=[],
                                  steps=[{"id": "s", "text": "Replace it.", "answers": [
                                      {"label": "Done", "outcome": "solved"}]}])])
    page._ctx.notify_changed("guide", None)
    assert "toner-low" in result_ids(page)
