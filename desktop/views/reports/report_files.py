"""Where a report is saved: the save dialog for each format, with its filter, the folder used last time and a name
that says what the file holds ("fleet-2026-11.pdf"), and the extension added when the user typed a name without
it. What went wrong writing it is worded here too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate  # the bare name lupdate recognises

_last_folder: Path | None = None


def _filters() -> dict[str, str]:
    return {"pdf": translate("ReportFiles", "PDF document (*.pdf)"),
            "xlsx": translate("ReportFiles", "Excel workbook (*.xlsx)"),
            "csv": translate("ReportFiles", "CSV file for spreadsheets (*.csv)")}


def _titles() -> dict[str, str]:
    return {"pdf": translate("ReportFiles", "Save the report as PDF"),
            "xlsx": translate("ReportFiles", "Save the report as an Excel workbook"),
            "csv": translate("ReportFiles", "Save the report as CSV")}


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def choose_target(parent: QWidget, fmt: str, stem: str) -> Path | None:
    """The file the user chose for a report in `fmt` (None: they cancelled)."""
    global _last_folder
    chosen, _filter = QFileDialog.getSaveFileName(parent, _titles()[fmt], str(default_folder() / f"{stem}.{fmt}"),
                                                  _filters()[fmt])
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    _last_folder = target.parent
    return target


def write_failure_text(target: Path, error: OSError) -> str:
    """Why a report could not be written (a folder that may not be written, a full disk), for the line under the
    save buttons."""
    if isinstance(error, PermissionError):
        return translate("ReportFiles", "Cannot save {name}: you may not write in the folder {folder}. Choose "
                                        "another folder.").format(name=target.name, folder=target.parent)
    if isinstance(error, FileNotFoundError):
        return translate("ReportFiles", "Cannot save {name}: the folder {folder} does not exist.").format(
            name=target.name, folder=target.parent)
    return translate("ReportFiles", "Cannot save {name}: {reason}.").format(
        name=target.name, reason=error.strerror or str(error))
