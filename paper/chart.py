"""The fleet summary's bar chart through Qt's own chart module (the same QtCharts chart the app shows): months as
categories, one bar set per site, drawn into a QPicture so it stays vector on paper. Readable in black and white:
each site has its own grey and brush pattern with a black outline, a legend names them, and the axes are worded in
the report's language (months as the table's columns name them, numbers grouped the locale's way).

GUI thread only: QtCharts is a QGraphicsWidget, which needs a QApplication and the GUI thread."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsScene

from paper.formats import LOCALES
from paper.style import MM_PER_INCH, font
from sync.reports.model import Chart, Text, Words

LABEL_PT = 7.0
TITLE_PT = 9.0
UPRIGHT_MONTHS = 12
BRUSHES = (
    (QColor(40, 40, 40), Qt.BrushStyle.SolidPattern),
    (QColor(255, 255, 255), Qt.BrushStyle.SolidPattern),
    (QColor(150, 150, 150), Qt.BrushStyle.SolidPattern),
    (QColor(0, 0, 0), Qt.BrushStyle.BDiagPattern),
    (QColor(0, 0, 0), Qt.BrushStyle.CrossPattern),
    (QColor(215, 215, 215), Qt.BrushStyle.SolidPattern),
    (QColor(0, 0, 0), Qt.BrushStyle.FDiagPattern),
    (QColor(0, 0, 0), Qt.BrushStyle.Dense5Pattern),
    (QColor(90, 90, 90), Qt.BrushStyle.SolidPattern),
    (QColor(0, 0, 0), Qt.BrushStyle.HorPattern),
)
"""A site's bars: told apart by grey level and pattern, never by colour (a printed page is often black and white)."""


def has_values(chart: Chart) -> bool:
    """Whether any bar has a height: a period without readings has none, and its chart is left out of a report."""
    return any(value for site in chart.series for value in site.values)


def chart_picture(chart: Chart, words: Words, *, width_mm: float, height_mm: float) -> QPicture:
    """The chart drawn into a QPicture `width_mm` × `height_mm` (at the picture's own resolution, so a renderer can
    scale it to any device)."""
    picture = QPicture()
    scale = picture.logicalDpiX() / MM_PER_INCH
    size = QRectF(0, 0, width_mm * scale, height_mm * scale)
    scene = QGraphicsScene()
    drawn = bar_chart(chart, words)
    scene.addItem(drawn)
    drawn.setGeometry(size)
    scene.setSceneRect(size)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, size, size)
    painter.end()
    picture.setBoundingRect(size.toRect())   # the whole chart's area, margins included, for the renderer's scale
    scene.removeItem(drawn)
    drawn.deleteLater()
    return picture


def bar_chart(chart: Chart, words: Words) -> QChart:
    """The QChart itself (unparented): the app can show it in a QChartView, paper draws it."""
    drawn = QChart()
    drawn.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    drawn.setLocale(QLocale(LOCALES.get(words.language, LOCALES["en"])))
    drawn.setLocalizeNumbers(True)
    drawn.setBackgroundRoundness(0)
    drawn.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    drawn.setMargins(QMarginsF(2, 2, 2, 2).toMargins())
    drawn.setTitle(words.text(chart.title))
    drawn.setTitleFont(font(TITLE_PT, bold=True))
    series = QBarSeries()
    for index, site in enumerate(chart.series):
        bars = QBarSet(site.name)
        bars.append([float(v or 0) for v in site.values])
        colour, pattern = BRUSHES[index % len(BRUSHES)]
        bars.setBrush(QBrush(colour, pattern))
        bars.setPen(QPen(QColor(0, 0, 0), 0.8))
        series.append(bars)
    drawn.addSeries(series)
    months = QBarCategoryAxis()
    months.append([words.text(Text("col.month", {"month": m})) for m in chart.categories])
    if len(chart.categories) > UPRIGHT_MONTHS:
        months.setLabelsAngle(-90)   # two years of months side by side would elide every label
    pages = QValueAxis()
    pages.setLabelFormat("%.0f")
    pages.setTitleText(words.text(chart.unit))
    pages.setMin(0)
    for axis, side in ((months, Qt.AlignmentFlag.AlignBottom), (pages, Qt.AlignmentFlag.AlignLeft)):
        axis.setLabelsFont(font(LABEL_PT))
        axis.setTitleFont(font(LABEL_PT))
        drawn.addAxis(axis, side)
        series.attachAxis(axis)
    if not has_values(chart):
        pages.setRange(0, 1)   # all zero: a range of its own, else Qt's nice numbers of [0, 0] are NaN and warn
    pages.applyNiceNumbers()
    legend = drawn.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(font(LABEL_PT))
    legend.setMarkerShape(legend.MarkerShape.MarkerShapeRectangle)
    return drawn
