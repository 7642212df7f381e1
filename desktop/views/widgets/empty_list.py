"""A list's table, or in its place the reason it shows no row: nothing matches what was searched for (with a button
that clears the search), or there is nothing to show yet. An empty table alone says neither, and a user who typed
"xyz" a minute ago takes it for lost data.

One widget for every searchable list (products, the meter round, cases); the page words the reason, because only
it knows its filters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class EmptyList(QStackedWidget):
    """`table` while it has rows; otherwise a sentence in its place, and for a search that found nothing a Clear
    search button, which empties `search` and emits `search_cleared` (the page applies the empty search at once)."""

    search_cleared = Signal()

    def __init__(self, table: QWidget, search: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._search = search
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why the list is empty"))
        self.clear_button = QPushButton(self.tr("Clear search"))
        self.clear_button.clicked.connect(self._clear_search)
        self.placeholder = QWidget()
        box = QVBoxLayout(self.placeholder)
        box.setContentsMargins(24, 24, 24, 24)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        self.addWidget(table)
        self.addWidget(self.placeholder)

    def show_rows(self) -> None:
        self.setCurrentWidget(self.table)

    def show_no_matches(self, text: str) -> None:
        """Nothing matches the search: `text` says so (quoting the search), with the way to clear it."""
        self._show(text, clear=True)

    def show_nothing(self, text: str) -> None:
        """No rows and no search to blame: nothing yet, or the other filters leave nothing (`text` says which)."""
        self._show(text, clear=False)

    def showing_rows(self) -> bool:
        return self.currentWidget() is self.table

    def _show(self, text: str, *, clear: bool) -> None:
        self.message.setText(text)
        self.clear_button.setVisible(clear)
        self.setCurrentWidget(self.placeholder)

    def _clear_search(self) -> None:
        self._search.clear()
        self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_cleared.emit()
