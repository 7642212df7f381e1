"""New support case (placeholder while the real dialog is built)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.context import AppContext


class NewCaseDialog(QDialog):
    case_queued = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, product_id: str | None = None,
                 category: str | None = None, description: str = "", guide_steps: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("New case"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        QVBoxLayout(self).addWidget(buttons)
