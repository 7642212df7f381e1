"""Where a report is saved: the save dialog for each format, with its filter, the folder used last time and a name
that says what the file holds ("fleet-2026-11.pdf"), and the extension added when the user typed a name without
it. What went wrong writing it is worded here too."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate  # the bare name lupdate recognises

log = logging.getLogger(__name__)

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
    """Why a report could not be written, for the line under the save buttons: worded from what the folder is (gone,
    a file, or there but not writable: permission, read-only, or a system folder such as /proc that says ENOENT),
    never from the OS's English, which goes to the log."""
    log.warning("Could not write %s: %s", target, error)
    folder = target.parent
    if not folder.exists():
        return translate("ReportFiles", "Cannot save {name}: the folder {folder} does not exist.").format(
            name=target.name, folder=folder)
    if not folder.is_dir():
        return translate("ReportFiles", "Cannot save {name}: {folder} is a file, not a folder.").format(
            name=target.name, folder=folder)
    if isinstance(error, (PermissionError, FileNotFoundError)) or error.errno in (errno.EROFS, errno.EACCES,
                                                                                   errno.EPERM, errno.ENOENT):
        return translate("ReportFiles", "Cannot save {name}: files cannot be written in the folder {folder}. "
                                        "Choose another folder.").format(name=target.name, folder=folder)
    if error.errno == errno.ENOSPC:
        return translate("ReportFiles", "Cannot save {name}: the disk is full.").format(name=target.name)
    return translate("ReportFiles", "Cannot save {name}: the file could not be written (the log says why).").format(
        name=target.name)
