"""The search box above a list: a hint of what it searches, a clear button, a name for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def search_box(placeholder: str, name: str) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setAccessibleName(name)
    return box
