"""A long job's progress on screen: a line of text, a bar and a Cancel button that asks the job to stop.

It appears only once the job has run for a moment, so a quick one never flashes a window, and it closes itself when
the job ends, whatever the outcome; the caller then says what became of the job. After Cancel it stays up, saying
it is stopping, until the job has noticed: the user never sees "cancelled" while the job still runs.

Not a QProgressDialog: its `setValue` runs a nested event loop when it is modal, which would deliver the job's
outcome in the middle of drawing its progress.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.progress import Progress

translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")

SHOW_AFTER_MS = 500
STEPS = 1000
"""The bar counts in thousandths of the job, so totals beyond a Qt int (bytes of a large export) fit."""


class ProgressDialog(QDialog):
    def __init__(self, progress: Progress, label: str, parent: QWidget | None = None, *,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._progress = progress
        self._label_text = label
        self.setWindowTitle(parent.window().windowTitle() if parent else QCoreApplication.applicationName())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._build()
        progress.progressed.connect(self.show_progress)
        progress.finished.connect(self._job_ended)
        self._show_timer = QTimer(self, singleShot=True, interval=show_after_ms, timeout=self.show)
        self._show_timer.start()

    def _build(self) -> None:
        self.label = QLabel(self._label_text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how far
        self.bar.setAccessibleName(translate("ProgressDialog", "Progress"))
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(translate("ProgressDialog", "Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 50)

    def show_progress(self, done: int, total: int, text: str) -> None:
        if not self._progress.cancelled():
            self.label.setText(text or self._label_text)
        if total > 0:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(min(done, total) * STEPS // total)
        else:
            self.bar.setRange(0, 0)

    def reject(self) -> None:
        """Cancel, Esc or the close box: ask the job to stop and stay until it has."""
        self._progress.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("ProgressDialog", "Stopping…"))

    def _job_ended(self) -> None:
        self._show_timer.stop()
        self.hide()
        self.deleteLater()
