"""How failures reach the user: a bug is logged with its traceback and shown as a short apology naming the log file;
a known failure of the cache file (`sync.cache.errors`: a full disk, a file kept busy, an unwritable folder, a
damaged file) is explained with what to do next; other known, environmental failures are explained where they
happened (see each page)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from sync.cache import errors as cache_errors

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")

CACHE_FAILURES = {
    cache_errors.DISK_FULL: (
        QT_TRANSLATE_NOOP("Errors", "The disk is full"),
        QT_TRANSLATE_NOOP("Errors", "There is no free space left on the disk that holds your data, so the action was "
                                    "not completed. What was saved before is safe.\n\n"
                                    "Free some disk space (empty the recycle bin or delete files you no longer need), "
                                    "then try again. Your data is in:\n{folder}")),
    cache_errors.BUSY: (
        QT_TRANSLATE_NOOP("Errors", "The data file is in use"),
        QT_TRANSLATE_NOOP("Errors", "Another program kept the data file busy for too long, so the action was not "
                                    "completed. Nothing was lost.\n\n"
                                    "Close the app if it is open in another window, and let programs that may be "
                                    "copying the file (such as a backup) finish, then try again.")),
    cache_errors.READ_ONLY: (
        QT_TRANSLATE_NOOP("Errors", "The data cannot be saved"),
        QT_TRANSLATE_NOOP("Errors", "The app cannot write to the data file or to its folder, so the action was not "
                                    "completed.\n\n"
                                    "Check that you are allowed to change files in this folder, and that its drive "
                                    "is connected and not write-protected:\n{folder}")),
    cache_errors.CORRUPT: (
        QT_TRANSLATE_NOOP("Errors", "The data file is damaged"),
        QT_TRANSLATE_NOOP("Errors", "The data file is damaged and cannot be read, so the action was not completed:\n"
                                    "{file}\n\n"
                                    "It may hold changes you made that have not been sent to the portal yet. Before "
                                    "you do anything else, close the app and copy this file to a safe place; then "
                                    "contact support.")),
}
"""Title and text for each code of `sync.cache.errors`; `{file}` is the cache file, `{folder}` its folder."""

_cache_file: Path | None = None


def remember_cache_file(path: Path | None) -> None:
    """The signed-in user's cache (the AppContext tells): the advice about it names this file and its folder, which
    the user or support must find. Until then it names the data folder."""
    global _cache_file
    _cache_file = path


def log_folder_hint() -> str:
    from desktop import logs  # noqa: PLC0415 - the log set-up is only needed when something went wrong
    return str(logs.log_folder())


def show_error(error: BaseException) -> None:
    """The answer to a failure nobody closer to it explained (the background helper's default): advice for a known
    failure of the cache file, the apology for anything else."""
    code = cache_errors.classify(error)
    if code is None:
        show_unexpected_error(error)
        return
    log.warning("The cache failed (%s): %r\n%s", code, error, getattr(error, "__traceback_text__", None) or "")
    title, text = cache_failure_message(code)
    show = QMessageBox.critical if code == cache_errors.CORRUPT else QMessageBox.warning
    show(QApplication.activeWindow(), title, text)


def cache_failure_message(code: str) -> tuple[str, str]:
    title, text = CACHE_FAILURES[code]
    file, folder = _cache_location()
    return translate("Errors", title), translate("Errors", text).format(file=file, folder=folder)


def _cache_location() -> tuple[str, str]:
    if _cache_file is not None:
        return str(_cache_file), str(_cache_file.parent)
    from sync.session.paths import resolve_data_dir  # noqa: PLC0415 - only when something went wrong
    folder = str(resolve_data_dir())
    return folder, folder


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
    """An uncaught exception on the UI thread (a bug in a slot, or a read of the cache there that met a full disk or
    a damaged file) is logged with its traceback and answered with `show_error`, never with a raw traceback; a
    second one while the answer is open is only logged."""
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
            show_error(error)
        finally:
            _showing = False

    sys.excepthook = hook
