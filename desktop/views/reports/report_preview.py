"""A report on screen exactly as it is on paper: the report's PDF, written off the UI thread by
`paper.render.write_pdf` (progress and Cancel) into a temporary file this preview owns, then shown by `PdfView`
(QtPdf renders each page as it comes into sight, so every page is there and the window never waits for the whole
document). The chart picture is made once per report, on the UI thread, before the job starts; until there is a
report, a line says how to get one.

The file is the same as Save as PDF would write, so a save of the previewed report copies it (`pdf_for`). A newer
preview deletes the older file; closing the preview (`discard`) or quitting the app deletes the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.progress import Progress
from desktop.tasks import Task
from desktop.views.reports.pdf_view import PdfView
from desktop.views.reports.preview_files import PreviewFiles
from desktop.views.reports.report_jobs import chart_for, own_copy, write_report
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import muted, plain_label
from desktop.views.widgets.progress_dialog import ProgressDialog
from sync.reports.model import Report, Words


class ReportPreview(QWidget):
    loaded = Signal(int)  # the pages of the preview now shown

    def __init__(self, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self.report: Report | None = None
        self._chart = None
        self._files = PreviewFiles()
        self._writing: Progress | None = None
        self._shown: tuple[Report, Path] | None = None  # the report whose PDF is on screen, and the file
        self.pdf = PdfView()
        self.pdf.loaded.connect(self.loaded)
        self.hint = muted(plain_label(self.tr("Choose a report and press Preview to see it here as it will be "
                                              "printed.")))
        self.hint.setMargin(24)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack, 1)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.discard)

    def show_report(self, report: Report, words: Words) -> None:
        """Write `report`'s PDF off the UI thread and show it when it is complete (a newer call wins)."""
        if self._writing is not None:
            self._writing.cancel()
        self.report = report
        self._chart = chart_for(report, words)
        target = self._files.new_path()
        self._writing = progress = Progress()
        ProgressDialog(progress, self.tr("Preparing the preview…"), self)
        (Task(write_report, "pdf", report, words, target, chart=own_copy(self._chart)).with_progress(progress)
         .success(lambda path: self._written(report, path, progress))
         .failure(lambda error: self._not_written(error, target, progress))
         .cancelled(lambda: self._not_written(None, target, progress))
         .run_on(self._pool))

    def chart(self):
        return self._chart

    def page_count(self) -> int:
        return self.pdf.page_count() if self._shown is not None else 0

    def shown_file(self) -> Path | None:
        return self._shown[1] if self._shown is not None else None

    def pdf_for(self, report: Report) -> Path | None:
        """The previewed PDF when it is of `report` (the very report object, so the same request), else None."""
        if self._shown is not None and self._shown[0] is report and self._shown[1].is_file():
            return self._shown[1]
        return None

    def set_stale(self, text: str) -> None:
        """The choices changed: stop a preview being written and cover the shown one with `text` (a report that no
        longer matches the form is never on screen)."""
        if self._writing is not None:
            self._writing.cancel()
            self._writing = None
        self.report = None
        self._show_hint(text)

    def discard(self) -> None:
        """Stop a preview being written, close the one shown and delete every file of it."""
        if self._writing is not None:
            self._writing.cancel()
            self._writing = None
        self.pdf.close_file()
        self._shown = None
        self._files.remove_all()
        self._stack.setCurrentWidget(self.hint)

    def _written(self, report: Report, path: Path, progress: Progress) -> None:
        if progress is not self._writing or progress.cancelled():  # replaced or discarded meanwhile
            self._files.discard(path)
            return
        self._writing = None
        older = self.shown_file()
        self._shown = (report, path)
        self._stack.setCurrentWidget(self.pdf)
        self.pdf.show_file(path)
        if older is not None and older != path:
            self._files.discard(older)

    def _not_written(self, error: BaseException | None, target: Path, progress: Progress) -> None:
        self._files.discard(target)
        if progress is not self._writing:
            return
        self._writing = None
        if error is not None and not isinstance(error, OSError):
            show_error(error)
            return
        self._show_hint(self.tr("The preview was not made: you cancelled it.") if error is None else
                        self.tr("The preview could not be written ({reason}).").format(
                            reason=getattr(error, "strerror", None) or str(error)))

    def _show_hint(self, text: str) -> None:
        self.pdf.close_file()
        if self._shown is not None:
            self._files.discard(self._shown[1])
        self._shown = None
        self.hint.setText(text)
        self._stack.setCurrentWidget(self.hint)
