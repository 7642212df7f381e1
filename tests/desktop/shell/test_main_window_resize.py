"""The window opened at 1280x800 and then made 1024x768 (issue 8's tryout): a machine's meter history fits its pane
again (no sideways scroll; a cut cell is whole on hover), and the navigation's entries are whole, the cases entry with
its badge included ("Saker (1 venter på …")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop import icons
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController
from tests.desktop.shell.test_main_window_1024 import shown_width
from tests.desktop.shell.test_main_window_layout import (  # noqa: F401
    DEMO_CASES,
    PRINTER,
    norwegian,
)
from tests.support.cache_rows import insert_rows


@pytest.fixture
def window(qtbot, ctx, norwegian):  # noqa: F811
    insert_rows(ctx.engine, DEMO_CASES, [PRINTER])
    win = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1280, 800)
    qtbot.waitUntil(lambda: win.width() == 1280)
    yield win
    assert ctx.wait_idle()


def elided_entries(nav) -> list[str]:
    """The entries whose text the list's delegate cuts: its text rectangle is narrower than the text in the entry's
    own font (bold with news)."""
    cut = []
    for row in range(nav.count()):
        index = nav.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(nav)
        option.rect = nav.visualRect(index)
        nav.itemDelegate().initStyleOption(option, index)
        text_rect = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
        if option.fontMetrics.horizontalAdvance(option.text) > text_rect.width() - 2 * (
                nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1):
            cut.append(option.text)
    return cut


def assert_no_sideways_scroll(qtbot, table) -> None:
    """The columns fit the viewport, and the scroll bar has caught up with them (its range follows a moment later)."""
    qtbot.waitUntil(lambda: shown_width(table) <= table.viewport().width(), timeout=10000)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=10000)


def cases_badge_shown(window) -> bool:
    return "(" in window.nav.item(list(window.page_specs).index("cases")).text()


def test_the_navigation_entries_are_whole_with_the_cases_badge(window, qtbot):
    qtbot.waitUntil(lambda: cases_badge_shown(window), timeout=10000)
    assert not window.nav.compact
    assert elided_entries(window.nav) == []
    texts = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Saker (1 venter på svar)" in texts


def test_at_1024_the_navigation_shows_its_icons_and_the_products_list_every_column(window, qtbot):
    """At 1024 the whole entries left the products list beside a machine's detail two columns short (issue 8):
    the navigation shows only its icons there, each entry whole in its tooltip and to a screen reader, the cases
    entry's count on its icon; a wider window gets the entries back."""
    page = window.show_page("products")
    qtbot.waitUntil(lambda: cases_badge_shown(window), timeout=10000)
    wide = window.nav.width()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.nav.compact)
    nav, cases = window.nav, list(window.page_specs).index("cases")
    qtbot.waitUntil(lambda: nav.width() == nav.compact_width() < wide / 3)
    assert window.splitter.sizes()[0] == nav.compact_width()  # the page takes the rest: no gap
    assert all(nav.item(row).text() == "" for row in range(nav.count()))
    assert nav.item(cases).toolTip().startswith("Saker (1 venter på svar)")
    assert nav.item(list(window.page_specs).index("products")).toolTip() == "Produkter"
    assert nav.item(cases).data(Qt.ItemDataRole.AccessibleTextRole) == "Saker (1 venter på svar)"
    plain = icons.icon(window.page_specs["cases"].icon).pixmap(24, 24).toImage()
    assert nav.item(cases).icon().pixmap(24, 24).toImage() != plain  # the count's disc is drawn on it

    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and table.isVisible(), timeout=10000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.product is not None and page.detail.history.isVisible(), timeout=10000)
    assert_no_sideways_scroll(qtbot, table)

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and not nav.compact)
    qtbot.waitUntil(lambda: nav.width() >= nav.full_width())
    assert nav.item(cases).text() == "Saker (1 venter på svar)"
    assert elided_entries(nav) == []


def test_after_a_resize_to_1024_the_meter_history_does_not_scroll_sideways(window, qtbot):
    page = window.show_page("products")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and table.isVisible(), timeout=10000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.product is not None and page.detail.history.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: page.detail.history_model.rowCount() > 0, timeout=10000)
    assert_no_sideways_scroll(qtbot, page.detail.history)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert_no_sideways_scroll(qtbot, page.detail.history)
    page.splitter.setSizes([page.splitter.width(), 1])  # the detail at its least width: the history squeezes
    assert_no_sideways_scroll(qtbot, page.detail.history)
    window.resize(1280, 800)  # and back: the columns get their own widths again
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert_no_sideways_scroll(qtbot, page.detail.history)


def test_the_navigation_cannot_be_made_narrower_than_its_longest_entry(window, qtbot):
    """A remembered (or dragged) narrower navigation cut the cases entry's badge."""
    qtbot.waitUntil(lambda: cases_badge_shown(window), timeout=10000)
    window.splitter.setSizes([120, window.splitter.width() - 120])
    assert window.splitter.sizes()[0] >= window.navigation_width()
    assert elided_entries(window.nav) == []
