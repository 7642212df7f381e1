"""The window at 1280x800 in Norwegian on the demo portal's data: the navigation is as wide as its longest entry and
no wider, the cases list gives the subject room for a typical subject (it was cut to "Papirstopp …"), and choosing a
case does not move the list's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QStyle

from desktop import i18n
from desktop.models.cases import CasesModel
from desktop.shell import page_titles
from desktop.shell.main_window import MainWindow
from desktop.shell.page import Badge
from desktop.shell.sync_worker import SyncController
from tests.support.cache_rows import case_values, insert_rows, product_values

TYPICAL_SUBJECT = "Spørsmål om faktura for oktober"
PRINTER = product_values(900, serial="CNBDH26485", model="HP LaserJet Enterprise M611dn")
DEMO_CASES = [  # the demo's open cases, beside the demo portal's machines (which has no case of its own)
    case_values(901, product=PRINTER, state="new", subject="Papirstopp i skuff 2", unread=True),
    case_values(902, product=None, state="in_progress", subject=TYPICAL_SUBJECT, category="invoice"),
    case_values(903, product=PRINTER, state="awaiting_customer", subject="Striper på utskriftene",
                category="print_quality"),
]


@pytest.fixture
def norwegian(qapp):
    previous, name = QLocale(), QGuiApplication.applicationDisplayName()
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.reset()
    QLocale.setDefault(previous)
    QGuiApplication.setApplicationDisplayName(name)


@pytest.fixture
def window(qtbot, ctx, norwegian):
    insert_rows(ctx.engine, DEMO_CASES, [PRINTER])
    win = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1280, 800)
    qtbot.waitUntil(lambda: win.width() == 1280)
    yield win
    assert ctx.wait_idle()


def bold_width(widget, text: str) -> int:
    font = QFont(widget.font())
    font.setBold(True)
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return QFontMetrics(font).horizontalAdvance(text) + 2 * margin


def test_the_navigation_fits_its_longest_entry_and_no_more(window, qtbot):
    nav = window.nav
    window._show_badge("cases", Badge(detail=window.tr("%n to answer", "", 12), bold=True))
    entry = nav.item(list(window.page_specs).index("cases")).text()
    assert entry == "Saker (12 venter på svar)"
    icon = nav.iconSize().width() + 2 * (nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    needed = icon + max(bold_width(nav, entry), bold_width(nav, f"{page_titles.pending()} (99)"))
    assert nav.viewport().width() >= needed
    assert window.splitter.sizes()[0] == window.navigation_width() < 230  # what it had, fixed


def test_the_subject_holds_a_typical_subject_and_choosing_a_case_moves_nothing(window, qtbot):
    page = window.show_page("cases")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == len(DEMO_CASES) and table.isVisible())
    subject = CasesModel.Col.SUBJECT
    qtbot.waitUntil(lambda: table.columnWidth(subject) >= max(250, bold_width(table, TYPICAL_SUBJECT)))
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    assert shown <= table.viewport().width()  # every column in view: no sideways scrolling at 1280
    before = page.splitter.sizes()
    assert page.detail.stack.currentWidget() is page.detail.placeholder
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.stack.currentWidget() is not page.detail.placeholder)
    qtbot.waitUntil(lambda: page.detail.title_label.text() != "")
    assert page.splitter.sizes() == before


def test_the_products_list_shows_every_column_and_choosing_a_machine_moves_nothing(window, qtbot):
    page = window.show_page("products")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and table.isVisible())
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())) == table.viewport().width())
    before = page.splitter.sizes()
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.product is not None and page.detail.heading.isVisible())
    qtbot.waitUntil(lambda: page.detail.minimumSizeHint().width() > 0)
    assert page.splitter.sizes() == before
    assert page.detail.width() >= page.detail.minimumSizeHint().width()
    history = page.detail.history
    qtbot.waitUntil(lambda: history.model().rowCount() > 0)
    history_header = history.horizontalHeader()
    qtbot.waitUntil(lambda: sum(history_header.sectionSize(c) for c in range(history_header.count()))
                    <= history.viewport().width())  # the meter history's status was cut ("Godkje")
