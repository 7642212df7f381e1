"""Ctrl+P on the products and cases pages: the list as it is filtered and searched, all of it (not only the rows
loaded so far), made into a report off the UI thread and shown as its PDF in the preview dialog; a filtered list prints only its
rows. And "Report on the selected machines…" takes the products page's selection to the Reports page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.shell.page import Navigation
from desktop.views.cases.cases_page import CasesPage
from desktop.views.products.products_page import ProductsPage
from sync.reports.model import Text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TIMEOUT_MS = 20_000


def print_list(qtbot, page):
    page.print_page()
    with qtbot.waitSignal(page.printout.built, timeout=TIMEOUT_MS) as built:
        pass
    dialog = page.printout.dialog
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=TIMEOUT_MS)
    return built.args[0], dialog, preview


@pytest.fixture
def products_page(qtbot, seeded_ctx, english_ui):
    page = ProductsPage(seeded_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def test_ctrl_p_on_products_prints_the_whole_list_not_only_the_loaded_rows(qtbot, big_ctx, english_ui):
    page = ProductsPage(big_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() < 1200  # the list loads a page at a time
    report, dialog, preview = print_list(qtbot, page)
    assert [r.cells[0] for r in report.table.rows] == [f"SN{i:05d}" for i in range(1200)]
    assert preview.page_count() > 1
    dialog.reject()


def test_a_filtered_products_list_prints_only_its_rows_in_its_order(qtbot, products_page):
    products_page.site_combo.setCurrentIndex(products_page.site_combo.findText("Bergen office"))
    products_page.search.setText("reception")  # typed, not yet applied: Ctrl+P applies it first
    products_page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    report, dialog, _preview = print_list(qtbot, products_page)
    shown = [products_page.model.row_at(i).serial for i in range(products_page.model.rowCount())]
    assert [r.cells[0] for r in report.table.rows] == shown and 0 < len(shown) < 40
    assert shown == sorted(shown, reverse=True)
    assert all(r.cells[2] == "Bergen office" and r.cells[3] == "Reception" for r in report.table.rows)
    facts = {f.label.key: f.value for f in report.facts}
    assert facts["fact.site"] == "Bergen office" and facts["fact.search"] == "reception"
    dialog.reject()


class RecordingNavigation(Navigation):
    def __init__(self) -> None:
        self.reported: list[tuple[str, ...]] = []

    def report_on(self, serials):
        self.reported.append(tuple(serials))


def test_report_on_the_selected_machines_opens_the_reports_page_with_them(qtbot, seeded_ctx, english_ui):
    nav = RecordingNavigation()
    page = ProductsPage(seeded_ctx, nav)
    qtbot.addWidget(page)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (4, 1, 7):
        selection.select(page.model.index(row, 0), flags)
    assert page.report_action in page.table.actions()
    page.report_action.trigger()
    assert nav.reported == [("SN00001", "SN00004", "SN00007")]


def test_report_on_nothing_selected_says_so(qtbot, seeded_ctx, english_ui):
    nav = RecordingNavigation()
    page = ProductsPage(seeded_ctx, nav)
    qtbot.addWidget(page)
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    with qtbot.waitSignal(page.status_message) as said:
        page.report_on_selected()
    assert said.args == ["Select the machines to report on first."] and nav.reported == []


@pytest.fixture
def cases_page(qtbot, seeded_ctx, english_ui):
    page = CasesPage(seeded_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def test_ctrl_p_on_cases_prints_the_filtered_and_searched_list(qtbot, cases_page):
    report, dialog, _preview = print_list(qtbot, cases_page)
    assert [r.cells[0] for r in report.table.rows] == ["CS1000", "CS1001", "CS1002", "CS1003", "CS1004"]
    assert {f.label.key: f.value for f in report.facts}["fact.filter"] == Text("case_filter.open")
    dialog.reject()
    cases_page.show_search("all", "jam")
    report, dialog, _preview = print_list(qtbot, cases_page)
    assert [r.cells[0] for r in report.table.rows] == ["CS1000", "CS1002", "CS1005"]
    facts = {f.label.key: f.value for f in report.facts}
    assert facts["fact.filter"] == Text("case_filter.all") and facts["fact.search"] == "jam"
    dialog.reject()


@pytest.mark.parametrize("page_class, english, norwegian", [(ProductsPage, "product-list", "produktliste"),
                                                            (CasesPage, "case-list", "saksliste")])
def test_a_printed_lists_default_file_name_is_in_the_users_language(qtbot, seeded_ctx, request, page_class,
                                                                     english, norwegian):
    for language, stem in (("english_ui", english), ("norwegian_ui", norwegian)):
        request.getfixturevalue(language)
        page = page_class(seeded_ctx)
        qtbot.addWidget(page)
        page.show()
        _report, dialog, _preview = print_list(qtbot, page)
        assert dialog._stem == stem
        dialog.reject()
