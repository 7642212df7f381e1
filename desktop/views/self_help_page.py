"""Self-help guides (placeholder while the real page is built)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext

translate = QCoreApplication.translate


class SelfHelpPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        QVBoxLayout(self).addWidget(QLabel(self.tr("Self-help")))

    @staticmethod
    def title() -> str:
        return translate("SelfHelpPage", "Self-help")

    def show_guide(self, guide_id: str) -> None:
        pass
