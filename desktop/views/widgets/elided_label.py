"""A one-line label that never cuts a word: text wider than the label loses its last whole words and ends in "…",
with the whole text as its tooltip. The status bar drew its passing messages cut mid-word ("…for den dagen, prøv
en annen dato" as "avlesnin") or ran them behind its indicators."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.views.widgets.labels import plain_tooltip

ELLIPSIS = "…"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` as it fits in `width` pixels: whole, or its first whole words and "…" (a first word that alone is too
    wide is cut where it must be, with the ellipsis)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        shown = " ".join(words[:count]).rstrip(" ,;:.–—-") + ELLIPSIS
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))


class ElidedLabel(QLabel):
    """Plain text on one line, as much of it as fits by whole words; `full_text()` is what was set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())  # one line: a message's line breaks would be cut off
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = elide_words(self._full, self.fontMetrics(), room)
        self.setText(shown)
        self.setAccessibleName(self._full)  # a screen reader reads the whole message
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")
