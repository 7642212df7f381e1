"""A report on screen as it will be on paper: Qt's print preview, painted by `paper.render.paint_report` (on the UI
thread, where QPrintPreviewWidget paints), with its chart picture made once per report; until there is a report, a
line saying how to get one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QStackedLayout, QWidget

from desktop.views.reports.report_jobs import chart_for
from desktop.views.widgets.labels import muted, plain_label
from sync.reports.model import Report, Words


class ReportPreview(QWidget):
    painted = Signal(int)  # the page count, after each paint of the preview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._words: Words | None = None
        self._chart = None
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.view = QPrintPreviewWidget(self.printer)
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.view.paintRequested.connect(self._paint)
        self.hint = muted(plain_label(self.tr("Choose a report and press Preview to see it here as it will be "
                                              "printed.")))
        self.hint.setMargin(24)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.view)

    def show_report(self, report: Report, words: Words) -> None:
        self.report, self._words = report, words
        self._chart = chart_for(report, words)
        self._stack.setCurrentWidget(self.view)
        self.view.updatePreview()
        self.view.fitToWidth()
        self.view.setCurrentPage(1)

    def chart(self):
        return self._chart

    def page_count(self) -> int:
        return self.view.pageCount()

    def _paint(self, printer: QPrinter) -> None:
        if self.report is None:
            return
        from paper.render import paint_report  # noqa: PLC0415 - paper loads with the first report
        pages = paint_report(self.report, self._words, printer, chart=self._chart)
        self.painted.emit(pages)
