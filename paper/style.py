"""How a report looks on paper, in one place: the fonts, the sizes in millimetres and the greys (never a colour that
carries meaning: a page must read the same printed in black and white). `PageStyle` turns them into the device's
units and keeps the font metrics measured against the device, so layout and painting agree on every size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice

FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans"]
"""Narrow, common sans-serif families first (Windows and macOS have Arial); Linux falls back to DejaVu."""
MM_PER_INCH = 25.4
NO_LIGATURES = QFont.Tag("liga")

TABLE_PT = 7.0
TABLE_PT_STEPS = (7.0, 6.5, 6.0, 5.5)
"""A table too wide for the page at one size is laid out again at the next (numbers never lose a digit); too wide
at the last, it is cut into bands of columns."""
TITLE_PT = 13.0
FACT_PT = 7.5
FOOTER_PT = 7.0
MARGIN_MM = 12.0
CELL_PAD_MM = 1.0
ROW_PAD_MM = 0.7
NUMBER_GAP_MM = 1.5
"""Room a number column keeps left of its widest number, beyond the cells' pads: right-aligned bold totals in
neighbouring columns ("215 820  218 811") must not read as one number grouped by spaces."""
BOX_ROW_MM = 7.5
"""A row of a report with boxes to write in is as high as a hand needs."""
GAP_MM = 3.0
WIDE_LINES = 3
"""A wide text (a location, a last message) wraps to at most this many lines, then is elided."""

INK = QColor(0, 0, 0)
RULE = QColor(90, 90, 90)
HAIRLINE = QColor(200, 200, 200)
HEADER_WASH = QColor(225, 225, 225)
FLAG_WASH = QColor(238, 238, 238)
ABSENT_WASH = QColor(215, 215, 215)
MUTED = QColor(80, 80, 80)


def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    chosen = QFont()
    chosen.setFamilies(FAMILIES)
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    chosen.setFeature(NO_LIGATURES, 0)   # "office" stays six letters: found by a PDF reader's search, copied right
    return chosen


@dataclass
class Fonts:
    """A font and its metrics on the device."""
    font: QFont
    metrics: QFontMetricsF

    @classmethod
    def on(cls, device: QPaintDevice, points: float, *, bold: bool = False, italic: bool = False) -> Fonts:
        chosen = font(points, bold=bold, italic=italic)
        return cls(chosen, QFontMetricsF(chosen, device))


class PageStyle:
    """The sizes and fonts of one device (a PDF at 300 dpi, a printer at its own resolution)."""

    def __init__(self, device: QPaintDevice, table_pt: float = TABLE_PT) -> None:
        self.dpi = device.logicalDpiY()
        self.page_width = float(device.width())
        self.page_height = float(device.height())
        self.table_pt = table_pt
        self.cell = Fonts.on(device, table_pt)
        self.bold = Fonts.on(device, table_pt, bold=True)
        self.italic = Fonts.on(device, table_pt, italic=True)
        self.bold_italic = Fonts.on(device, table_pt, bold=True, italic=True)
        self.title = Fonts.on(device, TITLE_PT, bold=True)
        self.fact_label = Fonts.on(device, FACT_PT, bold=True)
        self.fact = Fonts.on(device, FACT_PT)
        self.footer = Fonts.on(device, FOOTER_PT)
        self.footer_italic = Fonts.on(device, FOOTER_PT, italic=True)
        self.pad = self.mm(CELL_PAD_MM) * table_pt / TABLE_PT
        self.row_pad = self.mm(ROW_PAD_MM)
        self.number_gap = self.mm(NUMBER_GAP_MM) * table_pt / TABLE_PT
        self.line = self.bold.metrics.height()
        self.gap = self.mm(GAP_MM)

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / MM_PER_INCH

    def pen_width(self, points: float) -> float:
        return points * self.dpi / 72.0

    def cell_font(self, *, bold: bool, italic: bool) -> Fonts:
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.cell
