"""The meter round in Norwegian: every header holds its text ("Skal leses", "Siste avlesning" were cut), and a check
message too long for its cell is one hover away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QStyle

from desktop import i18n
from desktop.views.readings.meter_round_page import MeterRoundPage
from tests.desktop.pages_fixtures import offline_ctx, small_cache  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, offline_ctx):  # noqa: F811
    previous = QLocale()
    assert i18n.install_language("nb") == "nb"
    widget = MeterRoundPage(offline_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    i18n.reset()
    QLocale.setDefault(previous)


def test_every_header_holds_its_norwegian_text(page):
    header = page.table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    titles = []
    for column in range(header.count()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal) or ""
        titles.append(title)
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
        assert header.sectionSize(column) >= widest + 2 * margin, title
    assert "Skal leses" in titles and "Siste avlesning" in titles


def test_a_check_message_cut_in_its_cell_is_whole_on_hover(page, qtbot):
    from tests.desktop.pages_fixtures import product_id
    from tests.desktop.views.widgets.test_cells import hover

    model = page.model
    row = model.row_of(product_id(1))
    model.setData(model.index(row, model.column_of("new:total")), "100")
    status = model.column_of("status")
    full = model.data(model.index(row, status), Qt.ItemDataRole.DisplayRole)
    assert full and "100" in full
    page.table.horizontalHeader().setStretchLastSection(False)
    page.table.setColumnWidth(status, 60)
    page.table.scrollTo(model.index(row, status))
    def spaced(text: str) -> str:  # the locale's number groups: a no-break space, however the tooltip keeps it
        return text.replace("\xa0", " ").replace("\u202f", " ")

    assert spaced(hover(qtbot, page.table, row, status)).startswith(spaced(full))
