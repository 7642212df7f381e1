"""Text fitted into a width by font metrics alone (no text layout per cell, so thousands of rows stay fast): wrapped
at spaces into at most so many lines, the last elided when it still does not fit; a word longer than the width is
elided too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF


def elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrapped(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """`text` as lines no wider than `width`, at most `max_lines` of them."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            if len(lines) == max_lines - 1:
                rest = " ".join(words[index:])
                lines.append(elided(rest, metrics, width))
                return [elided(line, metrics, width) for line in lines]
            current = word
        else:
            current = trial
    lines.append(current)
    return [elided(line, metrics, width) for line in lines]
