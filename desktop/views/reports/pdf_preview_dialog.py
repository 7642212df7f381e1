"""Ctrl+P's preview of a list (products, cases): the list's report as its PDF (`ReportPreview`: written off the UI
thread, every page shown), with Print… (Qt's print dialog, then painted on a worker, in vector quality) and Save as
PDF… (the previewed file, copied). Its temporary file goes when the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.reports.report_output import ReportOutput
from desktop.views.reports.report_preview import ReportPreview
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import color_message
from sync.reports.model import Report, Words

SIZE_CHARS = (110, 46)
"""The dialog's first size in digits' widths and lines: a landscape page fitted to the width, readable."""


class PdfPreviewDialog(QDialog):
    printed = Signal(int)   # pages sent to the printer
    saved = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, report: Report, words: Words, stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.report, self._words, self._stem = ctx, report, words, stem
        self.setWindowTitle(words.text(report.title))
        self.preview = ReportPreview(ctx.pool, self)
        self.output = ReportOutput(ctx, self)
        self.output.print_said.connect(self._say)
        self.output.save_said.connect(self._say)
        self.output.printed.connect(self.printed)
        self.output.saved.connect(self.saved)
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
        self.output.print(self.report, self._words, self._stem, self.preview.chart())

    def save_pdf(self) -> None:
        self.output.save("pdf", self.report, self._words, self._stem, chart=self.preview.chart(),
                         previewed=self.preview.pdf_for(self.report))

    def _say(self, text: str, severity: str | None = None) -> None:
        color_message(self.message, severity)
        self.message.setText(text)
