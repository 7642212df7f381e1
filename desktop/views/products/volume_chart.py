"""A bar chart of a machine's monthly volume (`domain.volumes`), drawn in the palette's own colours so it looks right
in light and dark mode. A month the readings only partly cover is drawn lighter (it is the volume of the covered days,
not of the whole month); a month with no readings has no bar."""

from __future__ import annotations

import math
from typing import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.formatting import format_number
from domain.volumes import MonthlyVolume


def month_label(month: QDate, locale: QLocale | None = None) -> str:
    """E.g. "nov 2026" (nb_NO) or "Nov 2026": the locale's short stand-alone month name and the year."""
    locale = locale or QLocale()
    return f"{locale.standaloneMonthName(month.month(), QLocale.FormatType.ShortFormat)} {month.year()}"


class VolumeChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Monthly volume chart"))
        self._volumes: list[MonthlyVolume] = []
        self._counter_label = ""
        self._full: QBarSet | None = None
        self._part: QBarSet | None = None
        self._label_step = 1
        self.setChart(self._build())

    # --- public ------------------------------------------------------------------------------------------------

    def set_volumes(self, volumes: Sequence[MonthlyVolume], counter_label: str) -> None:
        self._volumes = list(volumes)
        self._counter_label = counter_label
        old = self.chart()
        self.setChart(self._build())
        old.deleteLater()

    def bar_count(self) -> int:
        """Months that have a bar (tests and the accessible description use it)."""
        return sum(1 for v in self._volumes if v.known and v.volume)

    def categories(self) -> list[str]:
        axis = self.chart().axes(Qt.Orientation.Horizontal)
        return list(axis[0].categories()) if axis else []

    # --- building ----------------------------------------------------------------------------------------------

    def _build(self) -> QChart:
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if not any(v.known for v in self._volumes):
            chart.setTitle(self.tr("No readings to show a monthly volume yet.") if self._counter_label else "")
            self._style(chart)
            return chart
        chart.setTitle(self.tr("Monthly volume — {counter}").format(counter=self._counter_label))
        self._full, self._part = QBarSet(self.tr("Whole month")), QBarSet(self.tr("Part of the month"))
        for volume in self._volumes:
            amount = float(volume.volume or 0)
            self._full.append(amount if volume.complete else 0.0)
            self._part.append(0.0 if volume.complete else amount)
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        series.append(self._full)
        series.append(self._part)
        for bar_set in (self._full, self._part):
            bar_set.hovered.connect(self._show_value)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        self._label_step = 1
        x_axis.append(self._month_labels())
        x_axis.setLabelsAngle(-90)
        x_axis.setTruncateLabels(False)
        y_axis = QValueAxis()
        y_axis.setMin(0)
        y_axis.setMax(_nice_ceiling(max(v.volume or 0 for v in self._volumes)))
        y_axis.setTickCount(5)
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(any(v.known and not v.complete for v in self._volumes))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._style(chart)
        self.setAccessibleDescription(self.tr("%Ln month(s) with a volume", "", self.bar_count()))
        return chart

    def _month_labels(self) -> list[str]:
        """Every `_label_step`th month named, counted back from the newest; the others blank (a category must be
        unique, so blanks of different lengths). A month's bar names it on hover."""
        last = len(self._volumes) - 1
        return [month_label(QDate(v.month.year, v.month.month, 1)) if (last - i) % self._label_step == 0
                else " " * (i + 1) for i, v in enumerate(self._volumes)]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """On a narrow chart the upright month names ran into each other: name every second (or third) month."""
        super().resizeEvent(event)
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        if not axes or not self._volumes:
            return
        per_month = self.chart().plotArea().width() / len(self._volumes)
        line = QFontMetrics(axes[0].labelsFont()).height()
        step = max(1, math.ceil(line / per_month)) if per_month > 0 else 1
        if step != self._label_step:
            self._label_step = step
            axes[0].setCategories(self._month_labels())

    def _style(self, chart: QChart) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        accent = palette.color(QPalette.ColorRole.Highlight)
        light = QColor(accent)
        light.setAlpha(110)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        if self._full is not None and self._part is not None:
            self._full.setColor(accent)
            self._full.setBorderColor(accent)
            self._part.setColor(light)
            self._part.setBorderColor(accent)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style(self.chart())

    def _show_value(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self._volumes):
            QToolTip.hideText()
            return
        volume = self._volumes[index]
        text = f"{month_label(QDate(volume.month.year, volume.month.month, 1))}: {format_number(volume.volume)}"
        if not volume.complete:
            text += "\n" + self.tr("Readings cover only part of this month.")
        QToolTip.showText(QCursor.pos(), text, self)


def _nice_ceiling(value: int) -> float:
    """A round top for the value axis (1, 2, 2.5 or 5 × 10ⁿ above `value`), so the ticks fall on round numbers."""
    if value <= 0:
        return 10.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 4, 5, 8, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)
