"""The printer a report goes to: Qt's print dialog over any installed printer (or a PDF file, as Qt offers), with
the report's orientation chosen already. A function of its own so that a test can stand in for the dialog."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def choose_printer(parent: QWidget, title: str, orientation: str) -> QPrinter | None:
    """A printer set up by the user, or None when they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if orientation == "landscape"
                               else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
