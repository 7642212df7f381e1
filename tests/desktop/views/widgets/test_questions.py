"""A question whose text names portal data shows it as plain text, and answers with the button pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.widgets.questions import ask

MARKUP = "<h1>SYSTEMFEIL</h1><img src=file:///etc/passwd>"


def test_the_question_is_plain_text_and_returns_the_answer(qtbot):
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)  # not up yet: look again on the next turn
            return
        seen.append((box.text(), box.textFormat(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    result = ask(None, "Check", f"Serial {MARKUP}?")
    assert result == QMessageBox.StandardButton.Yes
    assert seen == [(f"Serial {MARKUP}?", Qt.TextFormat.PlainText, True)]
