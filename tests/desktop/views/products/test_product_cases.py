"""A machine's detail pane leads to its cases: it counts them, a click on the count shows them on the cases page, and
"Report a problem…" opens a new case about the machine that is shown where cases live once it is queued."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.shell.main_window import MainWindow
from sync.cache.db import open_cache
from tests.support.cache_rows import case_values, insert_rows, product_values
from tests.desktop.case_fixtures import make_case_context, sign_in_kari
from tests.desktop.shell_support import FakeSync

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"), pytest.mark.usefixtures("english_ui")]

WITH_CASES = product_values(1, serial="XKB000001")
WITHOUT = product_values(2, serial="XKB000002")


@pytest.fixture
def engine(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    insert_rows(engine, [
        case_values(1, product=WITH_CASES, state="in_progress", subject="Papirstopp i skuff 2"),
        case_values(2, product=WITH_CASES, state="closed", subject="Striper"),
        case_values(3, product=None, state="new", subject="Faktura"),
    ], [WITH_CASES, WITHOUT])
    sign_in_kari(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def window(qtbot, qapp, engine, tmp_path):
    ctx = make_case_context(engine, tmp_path / "data")
    win = MainWindow(ctx, FakeSync())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    assert ctx.wait_idle()


def detail_of(qtbot, window, product_id):
    page = window.show_page("products")
    assert page.select_product(product_id)
    qtbot.waitUntil(lambda: page.detail.product is not None and page.detail.product.id == product_id)
    return page.detail


def test_the_detail_counts_the_machines_cases_and_a_click_shows_them(qtbot, window):
    detail = detail_of(qtbot, window, "p00002")
    assert detail._values["cases"].accessibleDescription() == "None"
    detail = detail_of(qtbot, window, "p00001")
    label = detail._values["cases"]
    assert label.accessibleDescription() == "1 open · 2 in all"
    assert 'href="cases"' in label.text()
    label.linkActivated.emit("cases")  # what a click on the link sends
    page = window.current_page()
    assert window.current_page_key() == "cases"
    assert (page.model.query.filter, page.search.text()) == ("all", "XKB000001")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {page.model.index(r, 0).data() for r in range(2)} == {"CS0000001", "CS0000002"}


def test_report_a_problem_opens_a_case_about_the_machine_and_shows_it_once_queued(qtbot, window):
    detail = detail_of(qtbot, window, "p00002")
    assert detail.new_case_button.isVisible()
    qtbot.mouseClick(detail.new_case_button, Qt.MouseButton.LeftButton)
    dialog = window.page("cases").new_case_dialog
    assert dialog is not None and dialog.machine_picker.product().serial == "XKB000002"
    assert window.current_page_key() == "products"  # the dialog opens over the page the user is on
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("print_quality"))
    qtbot.keyClicks(dialog.subject_edit, "Faded print")
    qtbot.keyClicks(dialog.description_edit, "Everything prints pale since Monday.")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    with qtbot.waitSignal(dialog.case_queued, timeout=5000) as queued:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert window.current_page_key() == "cases" and page.detail.case_id == queued.args[0]
    qtbot.waitUntil(lambda: detail._values["cases"].accessibleDescription() == "1 open · 1 in all")
