"""The monthly volume chart names every month when there is room, and on a narrow detail every second (or third)
month counted back from the newest, so the upright month names no longer run into each other."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics

from desktop.views.products.volume_chart import VolumeChart, month_label
from domain.volumes import MonthlyVolume

MONTHS = [MonthlyVolume(date(2025 + (m // 12), m % 12 + 1, 1), 5000 + 100 * m, True) for m in range(24)]


def shown_chart(qtbot, width: int) -> VolumeChart:
    chart = VolumeChart()
    qtbot.addWidget(chart)
    chart.set_volumes(MONTHS, "Totalt")
    chart.resize(width, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def named(chart: VolumeChart) -> list[str]:
    return [c for c in chart.categories() if c.strip()]


def test_a_wide_chart_names_every_month(qtbot):
    chart = shown_chart(qtbot, 1400)
    qtbot.waitUntil(lambda: len(named(chart)) == len(MONTHS))


def test_a_narrow_chart_names_fewer_months_and_they_do_not_overlap(qtbot):
    chart = shown_chart(qtbot, 320)
    qtbot.waitUntil(lambda: len(named(chart)) < len(MONTHS))
    categories = chart.categories()
    assert len(categories) == len(set(categories)) == len(MONTHS)  # one bar a month, each category its own
    assert categories[-1] == month_label(chart_month(MONTHS[-1]))  # the newest month keeps its name
    axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
    step = len(MONTHS) // len(named(chart))
    per_month = chart.chart().plotArea().width() / len(MONTHS)
    assert step * per_month >= QFontMetrics(axis.labelsFont()).height()  # room for each name's line


def chart_month(volume: MonthlyVolume) -> QDate:
    return QDate(volume.month.year, volume.month.month, 1)
