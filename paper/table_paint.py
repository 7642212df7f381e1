"""One page's part of a report's table painted from its layout: the header row (shaded, bold, repeated on every
page), then the rows: numbers right-aligned, subtotals and totals bold with a rule above, a flagged row (no reading,
overdue) shaded behind the word that says so, an estimated cell in italics, a box drawn empty to write in by hand
(or shaded, without a box, where the machine has no such counter); a table without data rows says so in a line."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from paper.empty_note import note_height
from paper.style import ABSENT_WASH, FLAG_WASH, HAIRLINE, HEADER_WASH, INK, RULE, PageStyle
from paper.table_layout import TableLayout
from sync.reports.model import Table

SHADED_FLAGS = frozenset({"no_reading", "overdue"})
RIGHT = frozenset({"int"})


class TablePainter:
    def __init__(self, table: Table, layout: TableLayout, style: PageStyle, note: str = "") -> None:
        self.table = table
        self.note = note
        self.layout = layout
        self.style = style
        self.lefts = [sum(layout.widths[:i]) for i in range(len(layout.widths))]
        self.right = [c.type in RIGHT for c in table.columns]
        self.boxes = [i for i, c in enumerate(table.columns) if c.type == "box"]
        self.hairline = QPen(HAIRLINE, style.pen_width(0.25))
        self.subtotal_rule = QPen(RULE, style.pen_width(0.6))
        self.total_rule = QPen(INK, style.pen_width(1.0))
        self.box_pen = QPen(INK, style.pen_width(0.6))
        self._font = None

    def paint(self, painter: QPainter, top: float, first: int, end: int) -> None:
        self._font = None
        y = self._paint_header(painter, top)
        if self.note and first == 0:
            y = self._paint_note(painter, y)
        for index in range(first, end):
            y = self._paint_row(painter, index, y)

    def _paint_header(self, painter: QPainter, top: float) -> float:
        style, layout = self.style, self.layout
        height = layout.header_height
        painter.fillRect(QRectF(0, top, layout.width, height), HEADER_WASH)
        painter.setPen(INK)
        self._use(painter, style.bold)
        for i, lines in enumerate(layout.titles):
            y = top + height - style.row_pad - len(lines) * style.line + style.bold.metrics.ascent()
            for line in lines:
                self._text(painter, i, y, line, style.bold.metrics)
                y += style.line
        painter.setPen(QPen(INK, style.pen_width(0.6)))
        painter.drawLine(QLineF(0, top + height, layout.width, top + height))
        return top + height

    def _paint_note(self, painter: QPainter, top: float) -> float:
        """The line that says the table has no data rows (`paper.empty_note`), where the first row would be."""
        style = self.style
        height = note_height(self.note, style)
        painter.setPen(INK)
        self._use(painter, style.cell)
        painter.drawText(QPointF(style.pad, top + (height - style.line) / 2 + style.cell.metrics.ascent()), self.note)
        return top + height

    def _paint_row(self, painter: QPainter, index: int, top: float) -> float:
        style, layout = self.style, self.layout
        row = self.table.rows[index]
        height = layout.heights[index]
        if row.flags & SHADED_FLAGS:
            painter.fillRect(QRectF(0, top, layout.width, height), FLAG_WASH)
        if row.kind == "data":
            painter.setPen(self.hairline)
            painter.drawLine(QLineF(0, top + height, layout.width, top + height))
        else:
            painter.setPen(self.total_rule if row.kind == "total" else self.subtotal_rule)
            painter.drawLine(QLineF(0, top, layout.width, top))
        if self.boxes:
            self._paint_boxes(painter, row, top, height)
        painter.setPen(INK)
        bold = row.kind != "data"
        plain = style.cell_font(bold=bold, italic=False)
        italic = style.cell_font(bold=bold, italic=True) if row.marks else plain
        baseline = top + (height - style.line) / 2 + plain.metrics.ascent()
        for i, text in enumerate(layout.texts[index]):
            if not text:
                continue
            fonts = italic if row.marks and row.marked(i, "estimated") else plain
            self._use(painter, fonts)
            lines = layout.lines.get((index, i))
            if lines is None:
                self._text(painter, i, baseline, text, fonts.metrics)
                continue
            y = top + (height - len(lines) * style.line) / 2 + fonts.metrics.ascent()
            for line in lines:
                self._text(painter, i, y, line, fonts.metrics)
                y += style.line
        return top + height

    def _paint_boxes(self, painter: QPainter, row, top: float, height: float) -> None:
        pad = self.style.pad
        for i in self.boxes:
            cell = QRectF(self.lefts[i] + pad, top + pad, self.layout.widths[i] - 2 * pad, height - 2 * pad)
            if row.marked(i, "absent"):
                painter.fillRect(cell, ABSENT_WASH)
            elif row.kind == "data":
                painter.setPen(self.box_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell)

    def _text(self, painter: QPainter, column: int, baseline: float, text: str, metrics) -> None:
        x = self.lefts[column] + self.style.pad
        if self.right[column]:
            x = self.lefts[column] + self.layout.widths[column] - self.style.pad - metrics.horizontalAdvance(text)
        painter.drawText(QPointF(x, baseline), text)

    def _use(self, painter: QPainter, fonts) -> None:
        if fonts is not self._font:
            painter.setFont(fonts.font)
            self._font = fonts
