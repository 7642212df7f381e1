"""The app's log: one rotating UTF-8 file in `<data folder>/logs`, which the About box and the error apology name.

`setup_logging(folder)` is called once at start-up; Qt's own messages (warnings from styles, plugins, …) are routed
into the same file so a support call has one place to look.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

LOG_FILE_NAME = "portal-desktop.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_folder: Path | None = None

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_folder() -> Path:
    """The folder the log is written to (the one `setup_logging` chose, else the default data folder's)."""
    if _folder is not None:
        return _folder
    from sync.session.paths import logs_dir, resolve_data_dir  # noqa: PLC0415 - only needed before set-up
    return logs_dir(resolve_data_dir())


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def setup_logging(folder: Path, *, level: int = logging.INFO, capture_qt: bool = True) -> Path:
    """Log to a rotating file in `folder` (created if needed); returns the file's path.

    Falls back to stderr only when the folder cannot be written (a read-only profile must not stop the app).
    """
    global _folder
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(_FORMAT)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        _folder = folder
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        print(f"Cannot write the log in {folder}: {exc}", file=sys.stderr)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if capture_qt:
        qInstallMessageHandler(_qt_message)
    threading.excepthook = _thread_exception
    logging.getLogger(__name__).info("Log started in %s", folder)
    return folder / LOG_FILE_NAME


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    logging.getLogger(__name__).error(
        "Unhandled error in thread %s", args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
