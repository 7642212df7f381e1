"""A question box whose text may hold portal data (a serial, a model, a subject): shown as plain text, because
`QMessageBox.question` guesses the format and renders anything that looks like markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No) -> Button:
    """Ask and wait for the answer (a modal box, like `QMessageBox.question`); the text is plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return Button(box.exec())
