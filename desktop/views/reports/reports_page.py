"""The Reports page: choose a report, its period and machines, then Preview builds it from the cache off the UI
thread (a progress bar with Cancel; a fleet of 10,000 machines never freezes the window) and shows its PDF, written
off the UI thread too, every page of it (`ReportPreview`). From the preview: Print… (any installed printer, painted
on a worker) and Save as PDF / XLSX / CSV…, each written off the UI thread with progress and Cancel (a PDF of the
previewed report is the preview's file, copied); a cancel or a failure leaves no file. A report the cache refuses
(a site or a machine it does not know) is said beside the choice it is about. Closing the page deletes the
preview's temporary files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.progress import Progress
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.tasks import Task
from desktop.views.reports.report_form import ReportForm
from desktop.views.reports.report_jobs import (
    BUILDERS,
)
from desktop.views.reports.report_output import ReportOutput
from desktop.views.reports.report_preview import ReportPreview
from desktop.views.reports.report_words import ReportWords
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import color_message
from desktop.views.widgets.progress_dialog import ProgressDialog
from domain.clock import utc_now
from sync.products import queries as product_queries
from sync.reports.model import Report
from sync.reports.request import ReportRefused

FORM_CHARS = 32
"""The choices' and buttons' column, in digits' width: two dates side by side under their labels, "Sted:
Hovedkontor Oslo"; the preview takes the rest (at 1024 wide, still more than half the window)."""


class ReportsPage(Page):
    has_print = True
    title = staticmethod(page_titles.reports)

    report_built = Signal(object)      # the Report now previewed
    saved = Signal(object)             # the Path written
    save_ended = Signal(str)           # "cancelled" or "failed": the job ended without a file
    printed = Signal(int)              # pages sent to the printer

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.ctx = ctx
        self.report: Report | None = None
        self._words: ReportWords | None = None
        self._building: Progress | None = None
        self._build()
        self._update_buttons()
        ctx.cache_changed.connect(self._on_cache_changed)

    def _build(self) -> None:
        sites = [site.name for site in product_queries.sites_list(self.ctx.engine)]
        self.form = ReportForm(self.ctx.today(), sites)
        self.form.changed.connect(self._choices_changed)
        self.preview_button = QPushButton(self.tr("Previe&w"))
        self.preview_button.clicked.connect(self.build_report)
        self.form.submitted.connect(self.build_report)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_page)
        self.save_buttons = {fmt: QPushButton(text) for fmt, text in (
            ("pdf", self.tr("Save as P&DF…")), ("xlsx", self.tr("Save as &XLSX…")),
            ("csv", self.tr("Save as &CSV…")))}
        self.save_message = plain_label("")
        self.save_message.setWordWrap(True)
        self.save_message.hide()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(self.preview_button)
        column.addWidget(self.message)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.print_button)
        for fmt, button in self.save_buttons.items():
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_as(f))
            column.addWidget(button)
        column.addWidget(self.save_message)
        column.addStretch(1)
        left.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * FORM_CHARS)
        self.preview = ReportPreview(self.ctx.pool)
        self.output = ReportOutput(self.ctx, self)
        self.output.print_said.connect(self._say)
        self.output.save_said.connect(self._show_save)
        self.output.printed.connect(self.printed)
        self.output.saved.connect(self.saved)
        self.output.save_ended.connect(self.save_ended)
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.preview, 1)

    # --- the shell's page interface ----------------------------------------------------------------------------

    def choose_machines(self, serials: tuple[str, ...]) -> None:
        """Open on the machines chosen on the Products page (its "Report on the selected machines…")."""
        self.form.choose_machines(serials)
        self.form.report_combo.setFocus()

    def print_page(self) -> None:
        """Ctrl+P and Print…: the previewed report to a printer the user chooses."""
        if self.report is None:
            self.status_message.emit(self.tr("Press Preview first: then Print sends the report you see."))
            return
        self.output.print(self.report, self._words, self.form.file_stem(), self.preview.chart())

    # --- building ----------------------------------------------------------------------------------------------

    def build_report(self) -> None:
        if not self.form.is_ready():
            return
        if self._building is not None:
            self._building.cancel()
        self._words = words = ReportWords()
        self._building = progress = Progress()
        ProgressDialog(progress, self.tr("Making the report…"), self)
        request = self.form.request(utc_now(), words.language)
        self._say("")
        (Task(BUILDERS[self.form.kind()], self.ctx.engine, request).with_progress(progress)
         .success(lambda report: self._built(report, words, progress))
         .failure(lambda error: self._build_failed(error, progress))
         .cancelled(lambda: self._build_cancelled(progress))
         .run_on(self.ctx.db_pool))
        self._update_buttons()

    def _built(self, report: Report, words: ReportWords, progress: Progress) -> None:
        if progress is not self._building:
            return
        if progress.cancelled():  # the Cancel came after the last row: the user still gave up
            self._build_cancelled(progress)
            return
        self._building = None
        self.report = report
        self.preview.show_report(report, words)
        rows = len(report.table.data_rows())
        self._say(self.tr("%Ln row(s) in the report.", "", rows))
        self._update_buttons()
        self.report_built.emit(report)

    def _build_failed(self, error: BaseException, progress: Progress) -> None:
        if progress is not self._building:  # a build Preview replaced: the newer one speaks
            return
        self._building = None
        self._update_buttons()
        if isinstance(error, ReportRefused):
            self.form.show_refusal(error.code, error.params)
            return
        show_error(error)

    def _build_cancelled(self, progress: Progress) -> None:
        if progress is not self._building:  # the build a second Preview stopped: the newer one speaks
            return
        self._building = None
        self._say(self.tr("The report was not made: you cancelled it."))
        self._update_buttons()

    def _choices_changed(self) -> None:
        """A report shown or being made for other choices goes: the preview never shows what the form does not say."""
        if self._building is not None:
            self._building.cancel()
            self._building = None
        if self.report is not None or self.preview.report is not None:
            self.report = None
            self._say("")
            self.preview.set_stale(self.tr("The choices changed: press Preview to see the new report."))
        self._update_buttons()

    # --- saving ------------------------------------------------------------------------------------------------

    def save_as(self, fmt: str) -> None:
        if self.report is None:
            return
        self.output.save(fmt, self.report, self._words, self.form.file_stem(), chart=self.preview.chart(),
                         previewed=self.preview.pdf_for(self.report))

    def _on_cache_changed(self, entity: str, _ids: object) -> None:
        if entity == "site":
            self.form.set_sites([site.name for site in product_queries.sites_list(self.ctx.engine)])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.preview.discard()
        super().closeEvent(event)

    # --- messages and buttons ----------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _show_save(self, text: str, severity: str | None) -> None:
        color_message(self.save_message, severity)
        self.save_message.setText(text)
        self.save_message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        ready = self.report is not None
        for button in (self.print_button, *self.save_buttons.values()):
            button.setEnabled(ready)
        self.preview_button.setEnabled(self.form.is_ready())
