"""Ctrl+P on a list page (products, cases): the list as it is filtered, made into a report off the UI thread (the
whole list, not only the rows loaded so far, with a progress bar and Cancel) and shown in `PdfPreviewDialog` (its
PDF, written off the UI thread), from which the user prints it on any printer or saves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.progress import Progress
from desktop.tasks import Task
from desktop.views.reports.pdf_preview_dialog import PdfPreviewDialog
from desktop.views.reports.report_words import ReportWords
from desktop.views.widgets.progress_dialog import ProgressDialog
from domain.clock import utc_now
from sync.reports.model import Report
from sync.reports.request import ReportRequest


class ListPrintout(QObject):
    built = Signal(object)  # the list's Report, just before its preview opens

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self.dialog: PdfPreviewDialog | None = None
        self.report: Report | None = None
        self._running: Progress | None = None

    def start(self, builder: Callable[..., Report], shown: object) -> None:
        """Build `builder(engine, request, shown)` (`shown`: the list's filter or query) and preview it."""
        if self._running is not None:
            return
        words = ReportWords()
        self._running = progress = Progress()
        ProgressDialog(progress, self.tr("Preparing the list for printing…"), self._page)
        request = ReportRequest(now=utc_now(), today=self._ctx.today(), language=words.language)
        (Task(builder, self._ctx.engine, request, shown).with_progress(progress)
         .success(lambda report: self._preview(report, words))
         .failure(self._failed).cancelled(self._ended)
         .run_on(self._ctx.db_pool))

    def _preview(self, report: Report, words: ReportWords) -> None:
        cancelled = self._running is not None and self._running.cancelled()
        self._ended()
        if cancelled:
            return
        self.report = report
        self.dialog = dialog = PdfPreviewDialog(self._ctx, report, words, self._file_stem(report.kind), self._page)
        dialog.finished.connect(dialog.deleteLater)
        self.built.emit(report)
        dialog.open()

    def _file_stem(self, kind: str) -> str:
        """The list's default file name in the user's language ("saksliste"), ASCII like the reports'."""
        names = {"product_list": self.tr("product-list", "file name: ASCII, no spaces"),
                 "case_list": self.tr("case-list", "file name: ASCII, no spaces")}
        return names.get(kind, kind.replace("_", "-"))

    def _failed(self, error: BaseException) -> None:
        self._ended()
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    def _ended(self) -> None:
        self._running = None
