"""A table header whose chosen titles take two lines ("Siste / avlesning"), so a column of short values (a date, a
count) can be as narrow as its values and still show its whole title: on one line, "Siste avlesning" made its
column half again as wide as its dates while the location beside it was cut."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget


def two_lines(title: str) -> str:
    """`title` broken at the space or after the hyphen nearest its middle ("Siste / avlesning", "Svart- / hvitt");
    a title with neither stays on one line."""
    breaks = [i for i, char in enumerate(title) if char == " "] + \
             [i + 1 for i, char in enumerate(title[:-1]) if char == "-" and i > 0]
    if not breaks:
        return title
    middle = len(title) / 2
    cut = min(breaks, key=lambda i: abs(i - middle))
    rest = title[cut + 1:] if title[cut] == " " else title[cut:]
    return f"{title[:cut]}\n{rest}"


class WrapHeader(QHeaderView):
    def __init__(self, sections: Iterable[int] | None, parent: QWidget | None = None) -> None:
        """`sections`: the columns whose titles wrap; None for all of them."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._sections = None if sections is None else frozenset(sections)
        self.setSectionsClickable(True)  # as the header a table makes for itself: a click sorts

    def wraps(self, logical_index: int) -> bool:
        return self._sections is None or logical_index in self._sections

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802 - Qt
        """What the section paints: its title on two lines."""
        super().initStyleOptionForIndex(option, logical_index)
        if self.wraps(logical_index):
            option.text = two_lines(option.text)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 - Qt override
        """The one-line size less the width the second line takes off, plus the second line's height."""
        size = super().sectionSizeFromContents(logical_index)
        if not self.wraps(logical_index) or self.model() is None:
            return size
        title = str(self.model().headerData(logical_index, self.orientation()) or "")
        lines = two_lines(title).split("\n")
        if len(lines) == 1:
            return size
        metrics = self.fontMetrics()
        narrower = metrics.horizontalAdvance(title) - max(metrics.horizontalAdvance(line) for line in lines)
        return QSize(size.width() - narrower, size.height() + metrics.lineSpacing())
