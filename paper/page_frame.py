"""What every page of a report carries around its table: the header (the report's title and its facts: the account,
the period or the day, the site and machines chosen, who made it and when, so the reader knows what is left out)
and the footer ("Page 2 of 5", and the legend of the marks when the report has marked cells)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPainter, QPen

from sync.reports.model import Report, Text

from paper.formats import Formats
from paper.style import INK, MUTED, RULE, PageStyle
from paper.wrapping import elided

LANDSCAPE_FACT_COLUMNS = 3
PORTRAIT_FACT_COLUMNS = 2
LABEL_GAP_MM = 1.5


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
        rows = -(-len(self.facts) // self.columns)
        self._fact_line = style.fact.metrics.height() * 1.15
        self.header_height = style.title.metrics.height() + style.gap / 2 + rows * self._fact_line + style.gap
        self.footer_height = style.footer.metrics.height() + style.gap

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
        width = style.page_width / self.columns
        top = style.title.metrics.height() + style.gap / 2
        gap = style.mm(LABEL_GAP_MM)
        for index, (label, value) in enumerate(self.facts):
            x = (index % self.columns) * width
            y = top + (index // self.columns) * self._fact_line + style.fact.metrics.ascent()
            painter.setFont(style.fact_label.font)
            painter.drawText(QPointF(x, y), label)
            shift = style.fact_label.metrics.horizontalAdvance(label) + gap
            painter.setFont(style.fact.font)
            painter.drawText(QPointF(x + shift, y), elided(value, style.fact.metrics, width - shift - gap))
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
