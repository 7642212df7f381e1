"""The products page at 1280x800 in Norwegian: the list gets two thirds of the width, every header holds its text,
a site name fits whole, a model name cut at its column's limit is one hover away, and the detail shows the contact's
e-mail whole where it fits; the page 1024 wide, a long e-mail is shortened with the whole one as its tooltip, so it no
longer widens the detail and the list beside it does not scroll sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QTableView

from desktop.models.products import ProductsModel
from desktop.views.products.products_page import ProductsPage
from desktop.views.widgets.wrap_header import two_lines
from tests.desktop.pages_fixtures import fill_cache, make_context, product_id
from tests.desktop.views.widgets.test_cells import hover
from tests.support.cache_rows import insert_rows, product_values

Col = ProductsModel.Col
LONG_MODEL = "Canon imageRUNNER ADVANCE DX C5840i"
SITE = "Hovedkontor Oslo"
EMAIL = "lars.johansen@nordlysregnskap.no"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, tmp_path, norwegian_ui):
    from sync.cache.db import open_cache
    engine = open_cache(tmp_path / "cache.sqlite")
    fill_cache(engine, 2)  # machines with a meter history
    rows = [product_values(i, model=LONG_MODEL if i % 2 else "Ricoh IM C3000") for i in range(100, 106)]
    for row in rows:
        row.update(site_name=SITE, location="Hovedbygget, 6. etasje, ved resepsjonen", contact_name="Lars Johansen",
                   contact_email=EMAIL)
    insert_rows(engine, [], rows)
    ctx = make_context(engine)
    widget = ProductsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 8)
    yield widget
    assert ctx.wait_idle()


def text_width(table: QTableView, text: str) -> int:
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return table.fontMetrics().horizontalAdvance(text) + 2 * margin


def title_width(header, column: int, title: str) -> int:
    """The width of the title as the header draws it: its widest line (a date column's title takes two)."""
    lines = two_lines(title).split("\n") if header.wraps(column) else [title]
    return max(header.fontMetrics().horizontalAdvance(line) for line in lines)


def test_every_header_holds_its_norwegian_text(page):
    header = page.table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    titles = []
    for column in range(header.count()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        titles.append(title)
        assert header.sectionSize(column) >= title_width(header, column, title) + 2 * margin, title
    assert header.height() >= 2 * header.fontMetrics().height()  # room for the two-line titles
    assert "Plassering" in titles and "Skal leses" in titles  # the Norwegian headers that were cut


def test_widths_remembered_from_before_do_not_cut_a_header(page, qtbot):
    from desktop import settings
    header = page.table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, 30)  # as an older version could have left them ("Plasseri")
    page.save_state()
    again = ProductsPage(page._ctx)
    qtbot.addWidget(again)
    again.show()
    assert settings.restore_header(QTableView().horizontalHeader(), "products")  # there was a state to restore
    restored = again.table.horizontalHeader()
    margin = restored.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, restored)
    for column in range(restored.count()):
        title = again.model.headerData(column, Qt.Orientation.Horizontal)
        assert restored.sectionSize(column) >= title_width(restored, column, title) + 2 * margin, title


def test_the_site_fits_and_a_cut_model_name_is_one_hover_away(page, qtbot):
    table = page.table
    assert table.columnWidth(Col.SITE) >= text_width(table, SITE)
    assert table.columnWidth(Col.MODEL) >= text_width(table, "Ricoh IM C3000")
    long_row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).model == LONG_MODEL)
    if table.columnWidth(Col.MODEL) < text_width(table, LONG_MODEL):
        assert hover(qtbot, table, long_row, Col.MODEL) == LONG_MODEL


def test_the_list_gets_two_thirds_and_the_detail_shows_the_whole_e_mail(page, qtbot):
    list_width, detail_width = page.splitter.sizes()
    assert list_width >= 1.8 * detail_width
    assert page.select_product("p00100")
    email = page.detail._values["email"]
    qtbot.waitUntil(lambda: email.text() == EMAIL)  # whole, not shortened
    assert email.textFormat() == Qt.TextFormat.PlainText
    assert email.width() >= email.fontMetrics().horizontalAdvance(EMAIL)


def test_1024_wide_a_long_e_mail_is_shortened_and_the_list_does_not_scroll_sideways(page, qtbot):
    window = page.window()
    window.resize(1024, 768)
    assert page.select_product("p00100")
    email = page.detail._values["email"]
    qtbot.waitUntil(lambda: page.detail.fact("email") == EMAIL and email.isVisible())
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    assert page.table.horizontalScrollBar().isHidden() or page.table.horizontalScrollBar().maximum() == 0
    if email.fontMetrics().horizontalAdvance(EMAIL) > email.contentsRect().width():
        assert email.text().endswith("…") and EMAIL in email.toolTip()
    page.grab().save("/tmp/pedit-products-1024.png")


def test_the_history_shows_whole_dates(page, qtbot):
    from datetime import date

    from desktop.formatting import format_date
    assert page.select_product(product_id(0))
    history = page.detail.history
    qtbot.waitUntil(lambda: history.isVisible() and history.model().rowCount() > 0)
    assert history.columnWidth(0) >= text_width(history, format_date(date(2026, 11, 21)))


def test_date_columns_fit_their_dates_and_the_location_takes_the_room_left(page, qtbot):
    from datetime import date

    from desktop.formatting import format_date
    table, header = page.table, page.table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    title = page.model.headerData(Col.LAST_READING, Qt.Orientation.Horizontal)
    one_line = header.fontMetrics().horizontalAdvance(title) + 2 * margin
    assert text_width(table, format_date(date(2026, 11, 21))) <= table.columnWidth(Col.LAST_READING) < one_line
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != Col.LOCATION)
    # every column in view (at 1280 two were beyond a sideways scroll), the location filling what the others leave
    qtbot.waitUntil(lambda: others + table.columnWidth(Col.LOCATION) == table.viewport().width())
