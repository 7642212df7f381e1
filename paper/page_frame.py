"""What every page of a report carries around its table: the header (the report's title and its facts: the account,
the period or the day, the site and machines chosen, who made it and when, so the reader knows what is left out)
and the footer ("Page 2 of 5", and the legend of the marks when the report has marked cells)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPainter, QPen

from paper.formats import Formats
from paper.style import INK, MUTED, RULE, PageStyle
from paper.wrapping import wrapped
from sync.reports.model import Report, Text

LANDSCAPE_FACT_COLUMNS = 3
PORTRAIT_FACT_COLUMNS = 2
LABEL_GAP_MM = 1.5
LONG_FACT_LINES = 6
"""A long selection (60 serials or so) is shown whole; a longer one is cut at the end of the last line."""


class PageFrame:
    """The header and footer of one report, measured once for all its pages."""

    def __init__(self, report: Report, formats: Formats, style: PageStyle) -> None:
        self.style = style
        self.formats = formats
        self.title = formats.text(report.title)
        self.facts = [(formats.text(f.label) + ":", formats.fact(f)) for f in report.facts]
        self.columns = LANDSCAPE_FACT_COLUMNS if style.page_width > style.page_height else PORTRAIT_FACT_COLUMNS
        self.legend = (formats.text(Text("legend.estimated"))
                       if any(m == "estimated" for row in report.table.rows for _, m in row.marks) else "")
        self._fact_line = style.fact.metrics.height() * 1.15
        self._placed, lines = self._place_facts()
        self.header_height = style.title.metrics.height() + style.gap / 2 + lines * self._fact_line + style.gap
        self.footer_height = style.footer.metrics.height() + style.gap

    def _place_facts(self) -> tuple[list[tuple[float, int, str, list[str]]], int]:
        """(x, line, label, value lines) of each fact, and the lines they take: the short ones in a grid, one that
        does not fit its cell (a long list of machines) on lines of its own across the page, wrapped, so the reader
        sees the whole selection."""
        style = self.style
        width = style.page_width / self.columns
        gap = style.mm(LABEL_GAP_MM)
        short, long = [], []
        for label, value in self.facts:
            shift = style.fact_label.metrics.horizontalAdvance(label) + gap
            fits = style.fact.metrics.horizontalAdvance(value) <= width - shift - gap
            (short if fits else long).append((label, value, shift))
        placed = [((i % self.columns) * width, i // self.columns, label, [value])
                  for i, (label, value, _) in enumerate(short)]
        line = -(-len(short) // self.columns)
        for label, value, shift in long:
            lines = wrapped(value, style.fact.metrics, style.page_width - shift, LONG_FACT_LINES)
            placed.append((0.0, line, label, lines))
            line += len(lines)
        return placed, line

    def body_top(self) -> float:
        return self.header_height

    def body_bottom(self) -> float:
        return self.style.page_height - self.footer_height

    def paint(self, painter: QPainter, page: int, pages: int) -> None:
        self._paint_header(painter)
        self._paint_footer(painter, page, pages)

    def _paint_header(self, painter: QPainter) -> None:
        style = self.style
        painter.setPen(INK)
        painter.setFont(style.title.font)
        painter.drawText(QPointF(0, style.title.metrics.ascent()), self.title)
        top = style.title.metrics.height() + style.gap / 2
        gap = style.mm(LABEL_GAP_MM)
        for x, line, label, values in self._placed:
            y = top + line * self._fact_line + style.fact.metrics.ascent()
            painter.setFont(style.fact_label.font)
            painter.drawText(QPointF(x, y), label)
            shift = style.fact_label.metrics.horizontalAdvance(label) + gap
            painter.setFont(style.fact.font)
            for value in values:
                painter.drawText(QPointF(x + shift, y), value)
                y += self._fact_line
        rule = self.header_height - style.gap / 2
        painter.setPen(QPen(RULE, style.pen_width(0.6)))
        painter.drawLine(QLineF(0, rule, style.page_width, rule))

    def _paint_footer(self, painter: QPainter, page: int, pages: int) -> None:
        style = self.style
        top = self.body_bottom() + style.gap / 2
        painter.setPen(QPen(RULE, style.pen_width(0.4)))
        painter.drawLine(QLineF(0, top, style.page_width, top))
        baseline = style.page_height - style.footer.metrics.descent()
        painter.setPen(MUTED)
        number = self.formats.text(Text("page.of", {"page": page, "pages": pages}))
        painter.setFont(style.footer.font)
        painter.drawText(QPointF(style.page_width - style.footer.metrics.horizontalAdvance(number), baseline), number)
        if self.legend:
            painter.setFont(style.footer_italic.font)
            painter.drawText(QPointF(0, baseline), self.legend)
