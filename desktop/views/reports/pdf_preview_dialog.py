"""Ctrl+P's preview of a list (products, cases): the list's report as its PDF (`ReportPreview`: written off the UI
thread, every page shown), with Print… (Qt's print dialog, then painted on a worker, in vector quality) and Save as
PDF… (the previewed file, copied). Its temporary file goes when the dialog closes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.progress import Progress
from desktop.tasks import Task
from desktop.views.reports import printer_choice
from desktop.views.reports.report_files import choose_target, write_failure_text
from desktop.views.reports.report_jobs import (
    copy_pdf,
    own_copy,
    print_report,
    write_report,
)
from desktop.views.reports.report_preview import ReportPreview
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.progress_dialog import ProgressDialog
from sync.reports.model import Report, Words

log = logging.getLogger(__name__)

SIZE_CHARS = (110, 46)
"""The dialog's first size in digits' widths and lines: a landscape page fitted to the width, readable."""


class PdfPreviewDialog(QDialog):
    printed = Signal(int)   # pages sent to the printer
    saved = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, report: Report, words: Words, stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.report, self._words, self._stem = ctx, report, words, stem
        self._printer = None
        self.setWindowTitle(words.text(report.title))
        self.preview = ReportPreview(ctx.pool, self)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("0") * SIZE_CHARS[0], metrics.height() * SIZE_CHARS[1])
        self.finished.connect(lambda _result: self.preview.discard())
        self.preview.show_report(report, words)

    def print_report(self) -> None:
        title = self._words.text(self.report.title)
        printer = printer_choice.choose_printer(self, title, self.report.orientation, self._stem)
        if printer is None:
            return
        progress = Progress()
        ProgressDialog(progress, self.tr("Printing “{title}”…").format(title=title), self)
        self._printer = printer  # kept alive until the job ends
        (Task(print_report, self.report, self._words, printer, chart=own_copy(self.preview.chart()))
         .with_progress(progress)
         .success(self._printed)
         .failure(self._print_failed)
         .cancelled(lambda: self.message.setText(self.tr("Printing cancelled.")))
         .run_on(self._ctx.pool))

    def save_pdf(self) -> None:
        target = choose_target(self, "pdf", self._stem)
        if target is None:
            return
        progress = Progress()
        ProgressDialog(progress, self.tr("Saving {name}…").format(name=target.name), self)
        previewed = self.preview.pdf_for(self.report)
        task = (Task(copy_pdf, previewed, target) if previewed is not None else
                Task(write_report, "pdf", self.report, self._words, target, chart=own_copy(self.preview.chart())))
        (task.with_progress(progress)
         .success(self._saved)
         .failure(lambda error: self._save_failed(target, error))
         .cancelled(lambda: self.message.setText(self.tr("Not saved: you cancelled it.")))
         .run_on(self._ctx.pool))

    def _printed(self, pages: int) -> None:
        self.message.setText(self.tr("%n page(s) sent to the printer.", "", pages))
        self.printed.emit(pages)

    def _saved(self, target: Path) -> None:
        self.message.setText(self.tr("Saved {path}.").format(path=target))
        self.saved.emit(target)

    def _save_failed(self, target: Path, error: BaseException) -> None:
        if not isinstance(error, OSError):
            show_error(error)
            return
        self.message.setText(write_failure_text(target, error))

    def _print_failed(self, error: BaseException) -> None:
        """Qt's reason (English) goes to the log; the user reads ours."""
        if not isinstance(error, OSError):
            show_error(error)
            return
        log.warning("Printing failed: %s", error)
        self.message.setText(self.tr("The list was not printed: the printer could not be used. If you print to a "
                                     "file, choose a file name in a folder you can write to."))
