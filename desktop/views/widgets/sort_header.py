"""Header behaviour shared by the SQL-sorted tables (products, cases)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView


def put_back_sort_indicator(header: QHeaderView, section: int, order: Qt.SortOrder) -> None:
    """The user clicked a column SQL cannot sort by: put the arrow back on the column the rows are really sorted by,
    without asking the model to sort again."""
    header.blockSignals(True)
    header.setSortIndicator(section, order)
    header.blockSignals(False)
    header.viewport().update()
