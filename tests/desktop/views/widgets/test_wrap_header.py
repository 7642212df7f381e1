"""Two-line column titles: broken at the space or after the hyphen nearest the middle, drawn and sized on two
lines, so a column of dates is as narrow as its dates ("Siste avlesning" made it half again as wide)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from desktop.views.widgets.wrap_header import WrapHeader, two_lines


@pytest.mark.parametrize(("title", "lines"), [
    ("Siste avlesning", "Siste\navlesning"),
    ("Svart-hvitt", "Svart-\nhvitt"),
    ("Storformat (m²)", "Storformat\n(m²)"),
    ("Farge", "Farge"),
    ("A-", "A-"),
])
def test_two_lines(title, lines):
    assert two_lines(title) == lines


def test_a_wrapped_title_takes_its_widest_line_and_two_lines_of_height(qtbot):
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Siste avlesning", "Siste avlesning"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    header = WrapHeader({0}, table)
    table.setHorizontalHeader(header)
    metrics = header.fontMetrics()
    saved = metrics.horizontalAdvance("Siste avlesning") - metrics.horizontalAdvance("avlesning")
    assert header.sectionSizeHint(0) == header.sectionSizeHint(1) - saved
    assert header.sizeHint().height() >= 2 * metrics.height()
    assert header.wraps(0) and not header.wraps(1) and WrapHeader(None).wraps(7)
