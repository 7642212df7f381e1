"""A search that leaves no row says so in the table's place, quoting the search, with a button that clears it; a
list with nothing in it yet says that instead, without the button. Products, the meter round and cases, in
Norwegian, with their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.cases.cases_page import CasesPage
from desktop.views.products.products_page import ProductsPage
from desktop.views.readings.meter_round_page import MeterRoundPage
from sync.cache.db import open_cache
from tests.desktop.pages_fixtures import make_context, offline_ctx, small_cache  # noqa: F401
from tests.desktop.views.cases.test_cases_page import PRODUCT, standard_cases
from tests.support.cache_rows import insert_rows, product_values

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark


@pytest.fixture
def empty_ctx(qapp, tmp_path):
    engine = open_cache(tmp_path / "empty.sqlite")
    context = make_context(engine)
    yield context
    assert context.wait_idle()
    engine.dispose()


@pytest.fixture
def cases_ctx(qapp, tmp_path):
    engine = open_cache(tmp_path / "cases.sqlite")
    insert_rows(engine, standard_cases(), [PRODUCT])
    context = make_context(engine)
    yield context
    assert context.wait_idle()
    engine.dispose()


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def search_for(qtbot, page, text: str) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: not page.list_area.showing_rows(), timeout=10_000)


def assert_no_matches(page, message: str) -> None:
    area = page.list_area
    assert not area.table.isVisible() and area.message.isVisible()
    assert area.message.text() == message and area.message.textFormat() == Qt.TextFormat.PlainText
    assert area.clear_button.isVisible() and area.clear_button.text() == "Tøm søket"


def clear_and_see_rows(qtbot, page) -> None:
    """Clear search brings every row back at once (no wait for the typing pause) and puts the cursor in the box."""
    qtbot.mouseClick(page.list_area.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.list_area.showing_rows() and page.model.rowCount() > 0
    assert page.list_area.table.isVisible() and page.search.hasFocus()


def assert_nothing_yet(page, message: str) -> None:
    area = page.list_area
    assert not area.showing_rows() and area.message.text() == message and not area.clear_button.isVisible()


def test_products_say_nothing_matches_and_clear_the_search(qtbot, offline_ctx, norwegian_ui):
    page = shown(qtbot, ProductsPage(offline_ctx))
    assert page.list_area.showing_rows()
    search_for(qtbot, page, "<b>xyz</b>")
    assert_no_matches(page, "Ingen maskiner passer til «<b>xyz</b>».")
    clear_and_see_rows(qtbot, page)


def test_products_without_any_machine_say_so_until_the_first_arrives(qtbot, empty_ctx, norwegian_ui):
    page = shown(qtbot, ProductsPage(empty_ctx))
    assert_nothing_yet(page, "Ingen maskiner ennå. De vises her etter første synkronisering med portalen.")
    insert_rows(empty_ctx.engine, [], [product_values(1, serial="XKB000001")])
    empty_ctx.notify_changed("product", None)  # what a sync that brought it announces
    qtbot.waitUntil(page.list_area.showing_rows, timeout=10_000)
    assert page.model.rowCount() == 1


def test_products_whose_filters_leave_nothing_say_it_is_the_filters(qtbot, offline_ctx, norwegian_ui):
    page = shown(qtbot, ProductsPage(offline_ctx))
    page.model.update_filter(due_only=True, site_id="nowhere")  # a site with no machine
    qtbot.waitUntil(lambda: not page.list_area.showing_rows(), timeout=10_000)
    assert_nothing_yet(page, "Ingen maskiner passer til stedet og «Skal leses av» som er valgt over.")


def test_the_meter_round_says_nothing_matches_and_clears_the_search(qtbot, offline_ctx, norwegian_ui):
    page = shown(qtbot, MeterRoundPage(offline_ctx))
    assert page.list_area.showing_rows()
    search_for(qtbot, page, "xyz")
    assert_no_matches(page, "Ingen maskiner passer til «xyz».")
    clear_and_see_rows(qtbot, page)


def test_the_meter_round_without_any_machine_says_so(qtbot, empty_ctx, norwegian_ui):
    page = shown(qtbot, MeterRoundPage(empty_ctx))
    assert_nothing_yet(page, "Ingen maskiner ennå. De vises her etter første synkronisering med portalen.")


def test_the_meter_round_with_none_due_says_to_untick_only_due(qtbot, offline_ctx, norwegian_ui):
    page = shown(qtbot, MeterRoundPage(offline_ctx))
    page.model.update_filter(due_only=True, site_id="nowhere")
    assert_nothing_yet(page, "Ingen maskiner skal leses av nå. Fjern haken for «Bare de som skal leses» for å se "
                             "alle maskinene.")


def test_cases_say_nothing_matches_and_clear_the_search(qtbot, cases_ctx, norwegian_ui):
    page = shown(qtbot, CasesPage(cases_ctx))
    page.filter_buttons["all"].click()
    assert page.list_area.showing_rows()
    search_for(qtbot, page, "xyz")
    assert_no_matches(page, "Ingen sak passer med «xyz». Sjekk stavemåten, eller søk i Alle.")
    clear_and_see_rows(qtbot, page)


def test_cases_with_none_yet_say_what_to_do_without_a_clear_button(qtbot, empty_ctx, norwegian_ui):
    page = shown(qtbot, CasesPage(empty_ctx))
    assert not page.list_area.showing_rows() and not page.list_area.clear_button.isVisible()
    assert page.list_area.message.text().startswith("Ingen åpne saker")
