"""The selected case beside the cases list (placeholder while the real view is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext


class CaseDetailView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case_id: str | None = None
        self._label = QLabel(self.tr("Select a case to see its conversation."))
        QVBoxLayout(self).addWidget(self._label)

    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
