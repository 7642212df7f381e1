"""The printer a report goes to: Qt's print dialog over any installed printer (or a PDF file, as Qt offers), with
the report's orientation chosen already and, for printing to a file, a file already named: the report's default
name in the Documents folder (Qt's own default off X11 is the working folder itself, which cannot be printed on).
A function of its own so that a test can stand in for the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from desktop.views.reports.report_files import default_folder


def choose_printer(parent: QWidget, title: str, orientation: str, stem: str) -> QPrinter | None:
    """A printer set up by the user, or None when they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if orientation == "landscape"
                               else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    suggest_output_file(dialog, default_output_file(stem))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name_output_file(printer, stem)
    return printer


def default_output_file(stem: str) -> Path:
    return default_folder() / f"{stem}.pdf"


def suggest_output_file(dialog: QPrintDialog, path: Path) -> None:
    """Qt's own print dialog (Linux) offers a folder as the file to print to: offer `path` instead."""
    field = dialog.findChild(QLineEdit, "filename")
    if field is not None and (not field.text() or Path(field.text()).is_dir()):
        field.setText(str(path))


def name_output_file(printer: QPrinter, stem: str) -> None:
    """A printer that prints to a folder (or to no name) prints to "<stem>.pdf" in it (or in Documents)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return
    name = printer.outputFileName()
    if not name:
        printer.setOutputFileName(str(default_output_file(stem)))
    elif Path(name).is_dir():
        printer.setOutputFileName(str(Path(name) / f"{stem}.pdf"))
