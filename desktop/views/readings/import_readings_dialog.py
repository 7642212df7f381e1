"""File ▸ Import readings…: preview a readings CSV row by row, then queue the good rows in one batch.

The file is read and judged off the UI thread, with a progress dialog whose Cancel stops the check, by `sync.readings.csv_import.check_readings_csv`, the very function
`portal-cli readings import` uses: each row is matched to a machine by serial and checked with the rules
`operations.queue_readings` applies — against the cached history *and* the file's earlier rows for the same machine —
so the preview says now what the queue (and the command line) would say. This module only words each row's verdict
in the user's language. A file with bad rows still lets the user queue the good ones, after saying how many will be
skipped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.counter_names import counter_name, counter_names
from desktop.formatting import format_number
from desktop.i18n import current_language
from desktop.models.base import Column, RowTableModel, Tint
from desktop.models.readings import describe_parse_error, describe_problem
from desktop.progress import Progress
from desktop.tasks import Task
from desktop.views.widgets.cells import show_full_text
from desktop.views.widgets.messages import color_message
from desktop.views.widgets.progress_dialog import ProgressDialog
from desktop.views.widgets.tables import compact_rows
from domain.meter import ReadingProblem
from sync import progress as job_progress
from sync.cache.db import CacheHandle
from sync.products.records import ProductRow
from sync.readings import csv_import as csv_readings
from sync.readings import operations
from sync.readings.csv_import import RowCheck
from sync.readings.operations import BatchResult, ReadingEntry

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")

LineStatus = Literal["ok", "warning", "error", "queued", "refused"]


@dataclass(frozen=True)
class PreviewLine:
    """One data row of the file and what became (or would become) of it."""
    line: int
    serial: str
    status: LineStatus
    message: str = ""
    product: ProductRow | None = None
    reading_date: date | None = None
    values: Mapping[str, int] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.line)

    @property
    def entry(self) -> ReadingEntry | None:
        if self.product is None or self.reading_date is None or self.status not in ("ok", "warning"):
            return None
        return ReadingEntry(self.product.id, self.reading_date, dict(self.values))


def preview_csv(engine: CacheHandle, path: Path, *, today: date,
                progress: job_progress.Progress = job_progress.NO_PROGRESS) -> list[PreviewLine]:
    """Read and check `path` with the command line's own judge (runs on a worker thread; touches no widget),
    reporting each row checked. Raises CsvFormatError for a file that cannot be opened or read as a whole, and
    `sync.progress.Cancelled` when `progress` is cancelled before the last row."""
    check = csv_readings.check_readings_csv(engine, csv_readings.read_csv_file(path), today=today, progress=progress)
    return [PreviewLine(row.line, row.serial, row.verdict, describe_row(row), row.product, row.reading_date,
                        dict(row.values)) for row in check.rows]


def describe_row(row: RowCheck) -> str:
    """The user's words for the verdict on a row: why it cannot be queued, or what to check; "" for a good row.
    Each names its line and machine, and a counter's problem names the counter, the value and the reading it is
    compared with: the message is read on its own (in its tooltip, or after the row was queued)."""
    if not row.code:
        return _describe(row.line, row.serial, row.problems, row.values, row.product) if row.product else ""
    template = ROW_TEXTS.get(row.code)
    if template is None:  # a code this app does not know yet
        return _on_line(row.line, row.serial, translate("ImportReadings", UNKNOWN_ROW).format(code=row.code))
    params = dict(row.params)
    if row.code == csv_readings.CSV_BAD_VALUE:
        params["reason"] = describe_parse_error(str(params.get("reason_code", "")))
        params["counter"] = counter_name(str(params.get("key", "")), str(params.get("counter", "")))
    if row.code == csv_readings.CSV_UNKNOWN_COUNTER and row.product is not None:
        params["counters"] = ", ".join(counter_names(row.product).values())
    return _on_line(row.line, row.serial, translate("ImportReadings", template).format_map(_Params(params)))


def _on_line(line: int, serial: str, reason: str) -> str:
    """ "Line 5 (SN00006): …", or "Line 5: …" for a line without a serial number."""
    if serial:
        return translate("ImportReadings", "Line {line} ({serial}): {reason}").format(line=line, serial=serial,
                                                                                     reason=reason)
    return translate("ImportReadings", "Line {line}: {reason}").format(line=line, reason=reason)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""


UNKNOWN_ROW = QT_TRANSLATE_NOOP("ImportReadings", "this line is not accepted (problem {code}).")


ROW_TEXTS = {
    csv_readings.CSV_CELL_COUNT: QT_TRANSLATE_NOOP("ImportReadings",
                                                   "{cells} cells, but the header has {columns} columns."),
    csv_readings.CSV_SERIAL_MISSING: QT_TRANSLATE_NOOP("ImportReadings", "the serial number is missing."),
    csv_readings.CSV_BAD_DATE: QT_TRANSLATE_NOOP("ImportReadings",
                                                 "'{text}' is not a date (use 2026-11-25 or 25.11.2026)."),
    csv_readings.CSV_BAD_VALUE: QT_TRANSLATE_NOOP("ImportReadings",
                                                  "{counter} '{text}' is not a counter value: {reason}"),
    csv_readings.CSV_NO_VALUES: QT_TRANSLATE_NOOP("ImportReadings", "no counter values."),
    csv_readings.CSV_UNKNOWN_SERIAL: QT_TRANSLATE_NOOP("ImportReadings",
                                                       "no machine with this serial number in your fleet."),
    csv_readings.CSV_UNKNOWN_COUNTER: QT_TRANSLATE_NOOP("ImportReadings", "this machine has no counter {names}; its "
                                                                          "counters are {counters}."),
}
"""The row codes of `sync.readings.csv_import`, in the words the preview shows after "Line N (serial): " (placeholders:
the code's params)."""


def describe_format_error(error: csv_readings.CsvFormatError) -> str:
    """Why a file cannot be imported at all, in the user's words; the example header in their language."""
    template = FORMAT_TEXTS.get(error.code)
    if template is None:  # a code this app does not know yet
        return translate("ImportReadings", UNKNOWN_FORMAT).format(code=error.code)
    return translate("ImportReadings", template).format(
        example=csv_readings.example_header(current_language()), **error.params)


FILE_CODES = frozenset({csv_readings.CSV_FILE_MISSING, csv_readings.CSV_FILE_DENIED, csv_readings.CSV_FILE_IS_FOLDER,
                        csv_readings.CSV_FILE_UNREADABLE})
"""The codes of a file that could not be opened at all (its contents were never seen)."""
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("ImportReadings", "The file cannot be imported (problem {code}).")
FORMAT_TEXTS = {
    csv_readings.CSV_FILE_MISSING: QT_TRANSLATE_NOOP("ImportReadings", "There is no file {name} (any more)."),
    csv_readings.CSV_FILE_DENIED: QT_TRANSLATE_NOOP("ImportReadings", "You may not read {name}; ask whoever manages "
                                                                      "the computer or folder, or copy the file to "
                                                                      "your own folder."),
    csv_readings.CSV_FILE_IS_FOLDER: QT_TRANSLATE_NOOP("ImportReadings", "{name} is a folder; choose a file in it."),
    csv_readings.CSV_FILE_UNREADABLE: QT_TRANSLATE_NOOP("ImportReadings", "{name} could not be read from the disk "
                                                                          "or network; try again, or copy it to "
                                                                          "your computer first."),
    csv_readings.CSV_NOT_TEXT: QT_TRANSLATE_NOOP("ImportReadings", "The file is not text. Save it from the "
                                                                   "spreadsheet as CSV and choose that file."),
    csv_readings.CSV_EMPTY: QT_TRANSLATE_NOOP("ImportReadings", "The file is empty."),
    csv_readings.CSV_BAD_HEADER: QT_TRANSLATE_NOOP("ImportReadings", "The first line must be a header like "
                                                                     "'{example}' (found: {found})."),
    csv_readings.CSV_UNNAMED_COUNTER: QT_TRANSLATE_NOOP("ImportReadings",
                                                        "Every counter column needs a name in the header line."),
    csv_readings.CSV_COUNTER_TWICE: QT_TRANSLATE_NOOP("ImportReadings",
                                                      "A counter column appears twice in the header line ({name})."),
}


def _describe(line: int, serial: str, found: list[ReadingProblem] | tuple[ReadingProblem, ...],
              values: Mapping[str, int], product: ProductRow) -> str:
    if not found:
        return ""
    labels = counter_names(product)
    reasons = " ".join(dict.fromkeys(describe_problem(p, values, labels, named=True) for p in found))
    return _on_line(line, product.serial or serial, reasons)


# --- the preview table ------------------------------------------------------------------------------------------

STATUS_TEXT = {
    "ok": QT_TRANSLATE_NOOP("ImportPreviewModel", "OK"),
    "warning": QT_TRANSLATE_NOOP("ImportPreviewModel", "Check"),
    "error": QT_TRANSLATE_NOOP("ImportPreviewModel", "Error"),
    "queued": QT_TRANSLATE_NOOP("ImportPreviewModel", "Queued"),
    "refused": QT_TRANSLATE_NOOP("ImportPreviewModel", "Not queued"),
}
STATUS_TINT = {"warning": Tint.WARNING, "error": Tint.ERROR, "refused": Tint.ERROR, "queued": Tint.PENDING}


def _values_text(line: PreviewLine) -> str:
    labels = counter_names(line.product)
    return " · ".join(f"{labels.get(k, k)} {format_number(v)}" for k, v in line.values.items())


class ImportPreviewModel(RowTableModel[PreviewLine]):
    LINE, SERIAL, MODEL, DATE, VALUES, STATUS, MESSAGE = range(7)
    tr_context = "ImportPreviewModel"
    columns = (
        Column("line", QT_TRANSLATE_NOOP("ImportPreviewModel", "Line"), lambda r: r.line, numeric=True),
        Column("serial", QT_TRANSLATE_NOOP("ImportPreviewModel", "Serial"), lambda r: r.serial),
        Column("model", QT_TRANSLATE_NOOP("ImportPreviewModel", "Model"),
               lambda r: r.product.model if r.product else ""),
        Column("date", QT_TRANSLATE_NOOP("ImportPreviewModel", "Date"), lambda r: r.reading_date),
        Column("values", QT_TRANSLATE_NOOP("ImportPreviewModel", "Values"), _values_text),
        Column("status", QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"), lambda r: r.status,
               text=lambda s: translate("ImportPreviewModel", STATUS_TEXT.get(str(s), str(s))),
               tint=lambda r: STATUS_TINT.get(r.status)),
        Column("message", QT_TRANSLATE_NOOP("ImportPreviewModel", "Message"), lambda r: r.message,
               tooltip=lambda r: r.message, tint=lambda r: STATUS_TINT.get(r.status) if r.message else None),
    )

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for line in self._rows:
            found[line.status] = found.get(line.status, 0) + 1
        return found

    def entries(self) -> list[ReadingEntry]:
        return [e for e in (line.entry for line in self._rows) if e is not None]

    def apply_batch(self, result: BatchResult) -> None:
        """Mark each previewed good line as queued or not, with the batch's reason."""
        outcomes = iter(result.outcomes)
        for position, line in enumerate(self._rows):
            if line.entry is None:
                continue
            outcome = next(outcomes, None)
            if outcome is None:
                break
            if outcome.queued:
                fresh = replace(line, status="queued")
            else:
                fresh = replace(line, status="refused",
                                message=_describe(line.line, line.serial, outcome.problems, line.values,
                                                  line.product))
            self._rows[position] = fresh
            self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))


# --- the dialog -------------------------------------------------------------------------------------------------

class ImportReadingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._path: Path | None = None
        self._reading: Progress | None = None  # the file being read now; an answer for any other is dropped
        self._busy = False
        self._queueing = False
        self.format_dialog = None
        self.done_queueing = False  # something was queued from this dialog (its Cancel became Close)
        self.model = ImportPreviewModel(self)
        self.setWindowTitle(self.tr("Import meter readings"))
        self._build()
        self._set_state(self.tr("Choose a CSV file with one reading per line."), None)
        self._update_buttons()

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        help_text = self.tr("One line per machine: <code>{header}</code> — <code>;</code> or <code>,</code>, dates "
                            "as 25.11.2026 or 2026-11-25, whole numbers.").format(
            header=html.escape(csv_readings.example_header(current_language())))
        help_text += " " + self.tr('<a href="#format">About the file format…</a>')
        self.help_label = QLabel(help_text)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setWordWrap(True)
        self.help_label.setOpenExternalLinks(False)
        self.help_label.linkActivated.connect(lambda _link: self.show_format())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        show_full_text(self.table)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        unit = self.fontMetrics().horizontalAdvance("0")
        for column, width in ((ImportPreviewModel.LINE, 6), (ImportPreviewModel.SERIAL, 12),
                              (ImportPreviewModel.MODEL, 16), (ImportPreviewModel.DATE, 11),
                              (ImportPreviewModel.VALUES, 26), (ImportPreviewModel.STATUS, 10)):
            self.table.setColumnWidth(column, width * unit)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Import status"))
        self.buttons = QDialogButtonBox()
        self.queue_button = self.buttons.addButton(self.tr("Queue readings"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button.setEnabled(False)
        self._hold_queue_width()
        self.queue_button.clicked.connect(self.queue)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.buttons)
        self.resize(960, 560)

    def show_format(self) -> None:
        """The file format, inside the app (one window, raised again when asked twice)."""
        from desktop.views.readings.csv_format_dialog import CsvFormatDialog  # noqa: PLC0415 - opened rarely

        if self.format_dialog is None:
            self.format_dialog = CsvFormatDialog(self)
        self.format_dialog.show()
        self.format_dialog.raise_()

    # --- loading -----------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import meter readings"), "",
                                                    self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check `path` off the UI thread, showing how far it got; the preview fills in when it is done.
        Not while a batch is being queued: its outcome is marked on the rows it came from, so they must stay."""
        if self._queueing:
            return
        self._path = path
        self._drop_reading()
        self._reading = reading = Progress()  # not the window's child: the job may outlive the window
        self.file_label.setText(str(path))
        self.model.set_rows([])
        self._busy = True
        text = self.tr("Reading {name}…").format(name=path.name)
        self._set_state(text, None)
        self._update_buttons()
        ProgressDialog(reading, text, self)
        (Task(preview_csv, self._ctx.engine, path, today=self._ctx.today()).with_progress(reading)
         .success(lambda lines: self._loaded(lines, reading))
         .cancelled(lambda: self._load_cancelled(reading))
         .failure(lambda e: self._load_failed(e, reading))
         .run_on(self._ctx.pool))

    def _drop_reading(self) -> None:
        """Stop reading the current file: another was chosen, or the dialog is closing."""
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None

    def _loaded(self, lines: list[PreviewLine], reading: Progress) -> None:
        if reading is not self._reading:
            return
        if reading.cancelled():  # the Cancel came after the last row was checked: the user still gave up
            self._load_cancelled(reading)
            return
        self._busy = False
        self.model.set_rows(lines)
        self._describe_preview()

    def _load_cancelled(self, reading: Progress) -> None:
        if reading is not self._reading:
            return
        self._busy = False
        self._update_buttons()
        self._set_state(self.tr("Import cancelled."), None)

    def _load_failed(self, error: BaseException, reading: Progress) -> None:
        if reading is not self._reading:  # closed or another file chosen meanwhile: this answer is no longer wanted
            return
        self._busy = False
        self._update_buttons()
        if isinstance(error, csv_readings.CsvFormatError) and error.code in FILE_CODES:
            self._set_state(self.tr("The file could not be opened: {reason}").format(
                reason=describe_format_error(error)), "error")
        elif isinstance(error, csv_readings.CsvFormatError):
            self._set_state(self.tr("This file cannot be imported: {reason}").format(
                reason=describe_format_error(error)), "error")
        else:
            from desktop.views.widgets.errors import show_error  # noqa: PLC0415
            show_error(error)

    def _describe_preview(self) -> None:
        counts = self.model.counts()
        good = counts.get("ok", 0) + counts.get("warning", 0)
        bad = counts.get("error", 0)
        if not self.model.rowCount():
            self._set_state(self.tr("The file has no readings."), "warning")
        elif bad:
            self._set_state(self.tr("{good} of %Ln row(s) can be queued;", "", self.model.rowCount()).format(
                good=format_number(good)) + " " + self.tr(
                "%Ln with errors will be skipped. Fix them in the file and import those rows again.", "", bad),
                "warning")
        else:
            self._set_state(self.tr("All %Ln row(s) can be queued.", "", good), None)
        self._update_buttons()

    # --- queueing ----------------------------------------------------------------------------------------------

    def queue(self) -> None:
        entries = self.model.entries()
        if not entries or self._busy:
            return
        skipped = self.model.counts().get("error", 0)
        if skipped and not self.confirm_skip(len(entries), skipped):
            return
        self._busy = self._queueing = True
        self._update_buttons()
        self._set_state(self.tr("Queueing %Ln reading(s)…", "", len(entries)), None)
        (self._ctx.write(operations.queue_readings, entries, today=self._ctx.today())
         .success(self._queued).failure(self._queue_failed).run_on(self._ctx.db_pool))

    def confirm_skip(self, good: int, skipped: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Skip rows with errors?"),
            self.tr("%Ln row(s) with errors will be skipped.", "", skipped) + " "
            + self.tr("Queue the other %Ln reading(s)?", "", good),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _queued(self, result: BatchResult) -> None:
        self._busy = self._queueing = False
        self.done_queueing = True
        self.model.apply_batch(result)
        queued, refused = len(result.queued), len(result.refused)
        skipped = self.model.counts().get("error", 0) + refused
        text = self.tr("%Ln reading(s) queued; they are sent when you are online.", "", queued)
        if skipped:
            text += " " + self.tr("%Ln row(s) were not queued.", "", skipped)
        self._set_state(text, "warning" if skipped else None)
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()

    def _queue_failed(self, error: BaseException) -> None:
        self._busy = self._queueing = False
        self._update_buttons()
        self._set_state(self.tr("Nothing was queued."), "error")
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    # --- state -------------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        count = len(self.model.entries())
        self.queue_button.setText(self._queue_text(count))
        self.queue_button.setEnabled(count > 0 and not self._busy)  # queued lines are no entries any more
        self.queue_button.setToolTip(self._queue_tip(count))
        self.queue_button.setDefault(self.queue_button.isEnabled())
        self.choose_button.setEnabled(not self._queueing and (not self._busy or self._path is not None))
        self.choose_button.setToolTip(self.tr("Wait until the readings of this file are queued.")
                                      if self._queueing else "")

    def _queue_text(self, count: int) -> str:
        """ "Queue 3 readings"; without a number when there is none to queue (never "Queue 0 readings")."""
        return self.tr("Queue %n reading(s)", "", count) if count else self.tr("Queue readings")

    def _queue_tip(self, count: int) -> str:
        """Why the queue button is off, or what it does."""
        if self._busy:
            return ""
        if count:
            return self.tr("Queue the rows marked OK or Check; they are sent when you are online.")
        if self.model.counts().get("queued"):
            return self.tr("Every row that could be queued is queued.")
        if self.model.rowCount():
            return self.tr("No row of this file can be queued: fix the rows with errors in the file and choose it "
                           "again.")
        return self.tr("No complete readings yet: choose a file with readings first.")

    def _hold_queue_width(self) -> None:
        """The button keeps one width whatever its count says (its row of buttons would jump at each file)."""
        button = self.queue_button
        current = button.text()
        widths = []
        for text in (self._queue_text(0), self._queue_text(1), self._queue_text(88_888)):
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(current)
        button.setMinimumWidth(max(widths))

    def _set_state(self, text: str, severity: str | None) -> None:
        self.state_label.setText(text)
        color_message(self.state_label, severity)

    def reject(self) -> None:
        if self._queueing:  # the batch is one short transaction; its outcome must be shown
            return
        self._drop_reading()
        super().reject()


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None, path: Path | None = None
                       ) -> ImportReadingsDialog | None:
    """File ▸ Import readings…: pick a file (unless `path` is given), then show the preview window-modally.
    Returns None when the user cancelled the file picker."""
    dialog = ImportReadingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, translate("ImportReadingsDialog", "Import meter readings"), "",
            translate("ImportReadingsDialog", "CSV files (*.csv *.txt);;All files (*)"))
        if not chosen:
            dialog.deleteLater()
            return None
        path = Path(chosen)
    dialog.load_file(path)
    dialog.open()
    return dialog


__all__ = ["ImportPreviewModel", "ImportReadingsDialog", "PreviewLine", "open_import_dialog", "preview_csv"]
