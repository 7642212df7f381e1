"""A question box whose text may hold portal data (a serial, a model, a subject): shown as plain text, because
`QMessageBox.question` guesses the format and renders anything that looks like markup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No) -> Button:
    """Ask and wait for the answer (a modal box, like `QMessageBox.question`); the text is plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return Button(box.exec())


def discard_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The question a form asks before throwing typed work away: Discard, or Keep editing (the default, and Esc)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.addButton(QCoreApplication.translate("Questions", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Questions", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def chose_discard(box: QMessageBox) -> bool:
    """Show `discard_box`'s question and say whether the user chose Discard."""
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.DestructiveRole

