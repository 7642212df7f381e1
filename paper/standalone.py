"""A report's PDF from outside the app (the command line): the Qt application QtCharts needs, made if none runs,
on the offscreen platform where there is no display; the chart made first on this (the main) thread; then the PDF.
The command line imports this inside the function that writes a PDF, so its other commands never load Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from paper.chart import chart_picture
from paper.render import needs_chart, page_layout, write_pdf
from sync.progress import NO_PROGRESS, Progress
from sync.reports.model import Report, Words

CHART_HEIGHT_MM = 70.0


def ensure_application() -> QApplication:
    """The running QApplication, or a new one: offscreen on Linux without a display (a cron job, an SSH session)."""
    running = QApplication.instance()
    if running is not None:
        return running
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([sys.argv[0] if sys.argv else "portal-cli"])


def write_report_pdf(report: Report, words: Words, target: Path, progress: Progress = NO_PROGRESS) -> int:
    """`report` as a PDF at `target` (only once complete); returns the number of pages."""
    ensure_application()
    chart = None
    if needs_chart(report):
        width = page_layout(report).paintRect().width()
        chart = chart_picture(report.chart, words, width_mm=width, height_mm=CHART_HEIGHT_MM)
    return write_pdf(report, words, target, chart=chart, progress=progress)
