"""The progress dialog: it follows the job's reports, its Cancel asks the job to stop and waits for it, it appears
only for a job that takes a while and it goes away when the job ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.progress import Progress
from desktop.views.widgets.progress_dialog import STEPS, ProgressDialog


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    widget.setWindowTitle("Import meter readings")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def progress(qapp):
    return Progress(interval_s=0)


def test_it_follows_the_reports(window, progress):
    dialog = ProgressDialog(progress, "Reading round.csv…", window)
    assert dialog.windowTitle() == "Import meter readings"
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0)  # busy until the first report
    progress.report(3, 12)
    assert dialog.bar.value() == 3 * STEPS // 12 and dialog.label.text() == "Reading round.csv…"
    progress.report(6, 12, "Checking row 6 of 12…")
    assert dialog.bar.value() == STEPS // 2 and dialog.label.text() == "Checking row 6 of 12…"
    progress.report(7, 0)
    assert dialog.bar.maximum() == 0


def test_cancel_asks_the_job_to_stop_and_stays_until_it_has(qtbot, window, progress):
    dialog = ProgressDialog(progress, "Reading round.csv…", window, show_after_ms=0)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.cancelled()
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled() and dialog.label.text() == "Stopping…"
    progress.report(8, 12, "Checking row 8 of 12…")
    assert dialog.label.text() == "Stopping…"
    with qtbot.waitSignal(dialog.destroyed):
        progress.finished.emit()


def test_escape_cancels_too(qtbot, window, progress):
    dialog = ProgressDialog(progress, "Reading round.csv…", window, show_after_ms=0)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert progress.cancelled() and dialog.isVisible()


class ShowEvents(QObject):
    """Counts the times the watched widget was shown (not its child: it must outlive a deleted dialog)."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Show
        return False


def test_a_quick_job_never_shows_it(qtbot, window, progress):
    dialog = ProgressDialog(progress, "Reading round.csv…", window, show_after_ms=50)
    shown = ShowEvents(dialog)
    progress.report(12, 12)
    with qtbot.waitSignal(dialog.destroyed):  # gone, with its timer: it can never show now
        progress.finished.emit()
    assert shown.count == 0


def test_a_slow_job_shows_it_window_modal(qtbot, window, progress):
    dialog = ProgressDialog(progress, "Reading round.csv…", window, show_after_ms=10)
    shown = ShowEvents(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert shown.count == 1 and dialog.windowModality() == Qt.WindowModality.WindowModal
