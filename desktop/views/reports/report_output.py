"""A built report to a printer or to a file, for the Reports page and Ctrl+P's preview dialog alike: the printer is
chosen in Qt's dialog and painted on a worker (vector quality); a save writes off the UI thread with progress and
Cancel (a PDF of the previewed report is the preview's file, copied). What comes of it is said through signals, in
words of ours: Qt's and the system's reasons go to the log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

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
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.progress_dialog import ProgressDialog
from sync.reports.model import Report, Words

log = logging.getLogger(__name__)


class ReportOutput(QObject):
    printed = Signal(int)            # pages sent to the printer
    print_said = Signal(str)         # how a print ended, in words
    saved = Signal(object)           # the Path written
    save_ended = Signal(str)         # "cancelled" or "failed": the save ended without a file
    save_said = Signal(str, object)  # how a save went, and its severity (None, or "error")

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx, self._window = ctx, window
        self._printer = None

    def print(self, report: Report, words: Words, stem: str, chart=None) -> None:
        """Ask for a printer, then paint `report` on it on a worker."""
        title = words.text(report.title)
        printer = printer_choice.choose_printer(self._window, title, report.orientation, stem)
        if printer is None:
            return
        progress = Progress()
        ProgressDialog(progress, self.tr("Printing “{title}”…").format(title=title), self._window)
        self._printer = printer  # kept alive until the job ends
        (Task(print_report, report, words, printer, chart=own_copy(chart))
         .with_progress(progress)
         .success(self._printed)
         .failure(self._print_failed)
         .cancelled(lambda: self.print_said.emit(self.tr("Printing cancelled.")))
         .run_on(self._ctx.pool))

    def save(self, fmt: str, report: Report, words: Words, stem: str, *, chart=None,
             previewed: Path | None = None) -> None:
        """Ask where, then write `report` as `fmt` there (`previewed`: the preview's PDF of it, copied instead)."""
        target = choose_target(self._window, fmt, stem)
        if target is None:
            return
        progress = Progress()
        ProgressDialog(progress, self.tr("Saving {name}…").format(name=target.name), self._window)
        self.save_said.emit("", None)
        task = (Task(copy_pdf, previewed, target) if fmt == "pdf" and previewed is not None else
                Task(write_report, fmt, report, words, target, chart=own_copy(chart)))
        (task.with_progress(progress)
         .success(self._saved)
         .failure(lambda error: self._save_failed(target, error))
         .cancelled(self._save_cancelled)
         .run_on(self._ctx.pool))

    def _printed(self, pages: int) -> None:
        self.print_said.emit(self.tr("%n page(s) sent to the printer.", "", pages))
        self.printed.emit(pages)

    def _print_failed(self, error: BaseException) -> None:
        """A printer that cannot be painted on (gone, or a file it may not write) is said; a bug apologises."""
        if not isinstance(error, OSError):
            show_error(error)
            return
        log.warning("Printing failed: %s", error)
        self.print_said.emit(self.tr("The report was not printed: the printer could not be used. If you print to a "
                                     "file, choose a file name in a folder you can write to."))

    def _saved(self, target: Path) -> None:
        self.save_said.emit(self.tr("Saved {path}.").format(path=target), None)
        self.saved.emit(target)

    def _save_failed(self, target: Path, error: BaseException) -> None:
        self.save_ended.emit("failed")
        if not isinstance(error, OSError):
            show_error(error)
            return
        self.save_said.emit(write_failure_text(target, error), "error")

    def _save_cancelled(self) -> None:
        self.save_said.emit(self.tr("Not saved: you cancelled it."), None)
        self.save_ended.emit("cancelled")
