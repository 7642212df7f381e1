"""A report on screen as it will be on paper: Qt's print preview, painted by `paper.render.paint_report` (on the UI
thread, where QPrintPreviewWidget paints), with its chart picture made once per report; until there is a report, a
line saying how to get one.

The preview paints the first `PREVIEW_PAGES` pages only: for 10,000 machines (400 pages) painting them all held the
UI thread for 4 s, the first pages take under a second (the footers still count every page; Print and Save take the
whole report). A line above the preview says when it is cut."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.views.reports.report_jobs import chart_for
from desktop.views.widgets.labels import muted, plain_label
from sync.progress import Cancelled
from sync.reports.model import Report, Words

PREVIEW_PAGES = 20


class _FirstPages:
    """A `Progress` that asks paint_report to stop after `pages` pages (it reports once a page)."""

    def __init__(self, pages: int) -> None:
        self._left = pages
        self.stopped = False

    def report(self, done: int, total: int) -> None:
        self._left -= 1

    def cancelled(self) -> bool:
        self.stopped = self._left <= 0
        return self.stopped


class ReportPreview(QWidget):
    painted = Signal(int)  # the pages shown, after each paint of the preview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._words: Words | None = None
        self._chart = None
        self.cut = False
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.view = QPrintPreviewWidget(self.printer)
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.view.paintRequested.connect(self._paint)
        self.hint = muted(plain_label(self.tr("Choose a report and press Preview to see it here as it will be "
                                              "printed.")))
        self.hint.setMargin(24)
        self.cut_note = muted(plain_label(""))
        self.cut_note.hide()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cut_note)
        layout.addWidget(self._stack, 1)

    def show_report(self, report: Report, words: Words) -> None:
        self.report, self._words = report, words
        self._chart = chart_for(report, words)
        first = self._stack.currentWidget() is not self.view
        self._stack.setCurrentWidget(self.view)
        if not (first and self.view.isVisible()):  # the first show paints it already: not twice
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
        limit = _FirstPages(PREVIEW_PAGES)
        try:
            pages = paint_report(self.report, self._words, printer, chart=self._chart, progress=limit)
        except Cancelled:
            pages = PREVIEW_PAGES + 1  # the page it was on when it looked is painted too
        self.cut = limit.stopped
        self.cut_note.setText(self.tr("The preview shows the first %n pages; Print and Save take the whole report.",
                                      "", pages) if self.cut else "")
        self.cut_note.setVisible(self.cut)
        self.painted.emit(pages)
