"""After "Dette hjalp ikke" the new case offers only guides about the same fault and machine, never the guide that
just failed, nor an arbitrary one: on the portal's real guide set, in Norwegian, driven from the self-help page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from desktop.shell.page import Navigation
from desktop.views.self_help.self_help_page import SelfHelpPage
from portal.guide_data import SOURCES
from portal.guide_data.tree import COLOUR_MFP, MONO_PRINTER, to_guides
from sync.cache.db import writer
from sync.cache.schema import products
from sync.guides.pull import upsert_guides
from tests.desktop.case_fixtures import case_ctx, case_engine  # noqa: F401 - the fixtures `page` builds on
from tests.desktop.pages_fixtures import product_id

pytestmark = pytest.mark.usefixtures("norwegian_ui")

FAMILIES = {source.id: set(source.families) for source in SOURCES}
CATEGORIES = {source.id: source.category for source in SOURCES}
PRINTER = "SN00004"


@pytest.fixture
def page(request, qtbot, discard_on_close):
    """The self-help page over the portal's guides; the machines are colour MFPs but for one mono printer."""
    engine, ctx = request.getfixturevalue("case_engine"), request.getfixturevalue("case_ctx")
    with writer(engine).begin() as conn:
        upsert_guides(conn, [g for source in SOURCES for g in to_guides(source)])
        conn.execute(update(products).values(family=COLOUR_MFP))
        conn.execute(update(products).where(products.c.id == product_id(4)).values(family=MONO_PRINTER))
    widget = SelfHelpPage(ctx, Navigation())
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


@pytest.fixture
def discard_on_close(monkeypatch):
    from desktop.views.cases.new_case_dialog import NewCaseDialog
    monkeypatch.setattr(NewCaseDialog, "confirm_discard", lambda _dialog: True)


def give_up(qtbot, page, guide_id: str, *answers: int):
    """Open `guide_id`, give `answers` (button indexes), then "Dette hjalp ikke" unless an answer opened the case."""
    assert page.show_guide(guide_id)
    for index in answers:
        qtbot.mouseClick(page.runner.answer_buttons[index], Qt.MouseButton.LeftButton)
    if page.case_dialog is None:
        assert page.runner.not_helped_button.text() == "Dette &hjalp ikke"
        qtbot.mouseClick(page.runner.not_helped_button, Qt.MouseButton.LeftButton)
    assert page.case_dialog is not None and page.case_dialog.isVisible()
    return page.case_dialog


def offered(dialog) -> list[str]:
    return [hit.id for hit in dialog.guides_model.hits()]


def pick_printer(qtbot, page) -> None:
    qtbot.keyClicks(page.machine_picker.search, PRINTER)
    qtbot.waitUntil(lambda: page.machine_picker.combo.count() == 2, timeout=3000)
    page.machine_picker.combo.setCurrentIndex(1)


def test_a_failed_error_code_guide_offers_nothing_unrelated(qtbot, page):
    dialog = give_up(qtbot, page, "error-code-on-display", 1, 1, 0)  # a service code that stays: a case about it
    assert dialog.category_combo.currentData() == "error_code"
    assert dialog.subject_edit.text() == "Feilkode på skjermen"
    assert offered(dialog) == []  # it is the only error-code guide: no scan, toner or network guides instead
    assert not dialog.no_guides_label.isHidden() and dialog.guides_list.isHidden()


def test_a_failed_paper_jam_guide_offers_the_other_paper_jams_for_the_same_machines(qtbot, page):
    dialog = give_up(qtbot, page, "paper-jam-tray-1", 1)  # "Nei, jeg ser ikke noe papir" → the side cover
    assert dialog.subject_edit.text() == "Papirstopp i skuff 1"
    hits = offered(dialog)
    assert hits and "paper-jam-tray-1" not in hits
    assert {CATEGORIES[h] for h in hits} == {"paper_jam"}
    assert "large-format-roll-jam" not in hits  # a roll jam on a large-format printer is another machine's
    assert all(FAMILIES[h] & FAMILIES["paper-jam-tray-1"] for h in hits)
    assert dialog.guides_model.index(0).data().startswith("Papirstopp i skuff 2 eller 3")  # the closest first


def test_the_category_the_guide_ended_in_leads_the_suggestions(qtbot, page):
    dialog = give_up(qtbot, page, "faded-print", 0, 1)  # toner low → shaking did not help: a case about toner
    assert dialog.category_combo.currentData() == "supplies"
    hits = offered(dialog)
    assert [CATEGORIES[h] for h in hits][:2] == ["supplies", "supplies"] and "faded-print" not in hits
    assert set(CATEGORIES[h] for h in hits) <= {"supplies", "print_quality"}


def test_the_machine_chosen_on_the_page_decides_which_guides_fit(qtbot, page):
    pick_printer(qtbot, page)
    dialog = give_up(qtbot, page, "paper-jam-tray-1")
    assert dialog.machine_picker.product().serial == PRINTER
    hits = offered(dialog)
    assert hits == ["paper-jam-bypass"]  # the only other paper jam a mono printer can have (no cassettes, no ADF)
    dialog.reject()
    qtbot.waitUntil(lambda: page.case_dialog is None, timeout=3000)
    assert offered(give_up(qtbot, page, "scan-to-email-fails")) == []  # a printer has no scanner


def test_a_suggested_guide_that_fails_too_leads_to_its_own_related_guides(qtbot, page):
    dialog = give_up(qtbot, page, "paper-jam-tray-1")
    assert "paper-jam-bypass" in offered(dialog)
    dialog.guides_list.setCurrentIndex(dialog.guides_model.index(offered(dialog).index("paper-jam-bypass")))
    assert dialog.open_selected_guide()
    qtbot.mouseClick(dialog.runner.not_helped_button, Qt.MouseButton.LeftButton)
    assert dialog.given_up_guides == {"paper-jam-tray-1", "paper-jam-bypass"}
    assert dialog.subject_edit.text() == "Papirstopp i manuell mater (bypass)"  # the latest guide's, none typed
    hits = offered(dialog)
    assert hits and not {"paper-jam-tray-1", "paper-jam-bypass"} & set(hits)
    assert {CATEGORIES[h] for h in hits} == {"paper_jam"} and "large-format-roll-jam" not in hits


def test_once_the_user_writes_a_subject_the_suggestions_follow_it_but_never_the_failed_guide(qtbot, page):
    dialog = give_up(qtbot, page, "paper-jam-tray-1")
    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "Papirstopp skuff 1 hver morgen")
    dialog.update_guides()
    assert "paper-jam-tray-2-3" in offered(dialog) and "paper-jam-tray-1" not in offered(dialog)
