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


# --- narrow: the serial and the model stay at the left while the counters scroll (1024x768 leaves ~790 px) ---------

@pytest.fixture
def narrow(page, qtbot):
    page.resize(790, 600)
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() > 0)
    return page


def machine_shown(page: MeterRoundPage, row: int) -> bool:
    """Whether the row's serial and model are in view, in the table itself or in the frozen columns over it."""
    views = [v for v in (getattr(page.table, "frozen_view", None), page.table) if v is not None and v.isVisible()]
    for column in (page.model.SERIAL, page.model.MODEL):
        index = page.model.index(row, column)
        if not any(not v.isColumnHidden(column) and v.visualRect(index).left() >= 0
                   and v.viewport().rect().contains(v.visualRect(index)) for v in views):
            return False
    return True


def test_the_machine_stays_in_view_when_the_counters_scroll(narrow, qtbot, qtmodeltester):
    table = narrow.table
    assert machine_shown(narrow, 0)
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    status = narrow.model.column_of("status")
    qtbot.waitUntil(lambda: table.viewport().rect().intersects(table.visualRect(narrow.model.index(0, status))))
    assert machine_shown(narrow, 0)
    frozen = table.frozen_view
    assert frozen.selectionModel() is table.selectionModel()
    assert frozen.horizontalHeader().height() == table.horizontalHeader().height()  # rows line up
    assert frozen.rowViewportPosition(5) == table.rowViewportPosition(5)
    qtmodeltester.check(narrow.model)


def test_tab_walks_the_counters_and_each_is_in_view_beside_its_machine(narrow, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit
    table, model = narrow.table, narrow.model
    first = model.index(0, model.column_of("new:total"))
    table.setFocus()
    table.setCurrentIndex(first)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    seen = set()
    for _ in range(len(model.counter_keys()) * 2):
        current = table.currentIndex()
        seen.add(model.counter_at(current))
        rect = table.visualRect(current)
        assert rect.left() >= table.frozen_width() and rect.right() <= table.viewport().width(), current.column()
        assert machine_shown(narrow, current.row())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda current=current: table.currentIndex() != current)
    assert set(model.row_at(0).counter_keys) <= seen and None not in seen  # every counter, nothing else


def test_typing_and_sorting_still_work_behind_the_frozen_columns(narrow, qtbot):
    from PySide6.QtCore import QPoint

    from tests.desktop.pages_fixtures import product_id
    table, model = narrow.table, narrow.model
    index = model.index(model.row_of(product_id(2)), model.column_of("new:total"))
    table.scrollTo(index)
    assert table.visualRect(index).left() >= table.frozen_width()
    model.setData(index, "123456")
    header = table.frozen_view.horizontalHeader()
    serials = [r.serial for r in model.rows]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(model.SERIAL) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: [r.serial for r in model.rows][:3] == sorted(serials, reverse=True)[:3])
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    moved = model.index(model.row_of(product_id(2)), model.column_of("new:total"))
    assert model.data(moved, Qt.ItemDataRole.EditRole) == "123456"
