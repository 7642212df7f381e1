"""The temporary PDF files a preview shows: one folder of its own under the system's temporary folder, a fresh
name for each preview (a file still being written never collides with the one shown), each file deleted when a newer
one replaces it, and the whole folder when the preview is closed or the app quits."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QDir, QTemporaryDir


class PreviewFiles:
    def __init__(self) -> None:
        self._folder: QTemporaryDir | None = None
        self._numbers = itertools.count(1)

    def new_path(self) -> Path:
        """A name for the next preview's PDF (not yet written): the folder is made when first needed."""
        if self._folder is None or not self._folder.isValid():
            self._folder = QTemporaryDir(str(Path(QDir.tempPath()) / "portal-preview-XXXXXX"))
            if not self._folder.isValid():
                raise OSError(self._folder.errorString())
        return Path(self._folder.path()) / f"preview-{next(self._numbers)}.pdf"

    def folder(self) -> Path | None:
        return Path(self._folder.path()) if self._folder is not None and self._folder.isValid() else None

    @staticmethod
    def discard(path: Path | None) -> None:
        if path is not None:
            path.unlink(missing_ok=True)

    def remove_all(self) -> None:
        """The folder and every file in it (a job still writing into it then fails to rename, and says nothing)."""
        if self._folder is not None:
            self._folder.remove()
            self._folder = None
