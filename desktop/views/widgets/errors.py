"""How failures reach the user: a bug is logged with its traceback and shown as a short apology naming the log file;
known, environmental failures are explained where they happened (see each page)."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")


def log_folder_hint() -> str:
    from desktop import logs  # noqa: PLC0415 - the log set-up is only needed when something went wrong
    return str(logs.log_folder())


def show_unexpected_error(error: BaseException) -> None:
    trace = getattr(error, "__traceback_text__", None)
    log.error("Unexpected error: %r\n%s", error, trace or "")
    parent = QApplication.activeWindow()
    QMessageBox.critical(
        parent, translate("Errors", "Something went wrong"),
        translate("Errors",
                  "Sorry, something unexpected went wrong and the action was not completed. Your data is safe.\n\n"
                  "Details were written to the log folder:\n{folder}").format(folder=log_folder_hint()))


_showing = False


def install_excepthook() -> None:
    """An uncaught exception on the UI thread (a bug in a slot) is logged with its traceback and answered with the
    apology, never with a raw traceback; a second one while the apology is open is only logged."""
    def hook(kind, error, trace) -> None:
        global _showing
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        error.__traceback_text__ = "".join(traceback.format_exception(kind, error, trace))
        if _showing or QApplication.instance() is None:
            log.error("Unexpected error: %r\n%s", error, error.__traceback_text__)
            return
        _showing = True
        try:
            show_unexpected_error(error)
        finally:
            _showing = False

    sys.excepthook = hook
