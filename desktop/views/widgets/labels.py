"""Labels and tooltips for text from the portal or the user (plain text, never HTML, an image or a link), and
secondary or emphasised text in the palette's own colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds convertFromPlainText
from PySide6.QtWidgets import QLabel

from desktop.colours import muted_color


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """Text that may come from the portal or the user: always plain text, never interpreted as HTML or a link."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows `text` literally. Qt shows a tooltip as rich text when it merely looks like markup, so the
    text is escaped into a paragraph of its own (which also wraps a long message instead of running off the
    screen). Empty stays empty: no tooltip."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    label.setPalette(palette)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font: QFont = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
