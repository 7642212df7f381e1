"""The log file in the data folder's logs folder. Tracebacks go here, never to the user's screen; the user is told
the file's path so support can ask for it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from sync.session.paths import logs_dir

_HANDLER_NAME = "service-portal-file"


def setup_file_logging(data_dir: Path, name: str = "portal-cli") -> Path:
    """Log INFO and up to `<data>/logs/<name>.log` (rotated at 1 MB, 5 kept). Idempotent: calling again moves it."""
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.log"
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path
