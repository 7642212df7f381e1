"""The message lines every view shows: an error under the field it concerns, a warning, a status in the severity's
colour, and an input washed red or yellow. The colours are `desktop.colours`' (readable in light and dark
mode); one way to show and hide an error line, one way to tie it to its field for screen readers."""

from __future__ import annotations

from typing import Protocol, Sequence

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop.colours import Tint, blend, message_color, muted_color, tint_background
from desktop.views.widgets.labels import plain_label


class Message(Protocol):
    """What `show_message` shows: a text already in the user's words, and whether it blocks (else it warns)."""
    text: str

    @property
    def blocking(self) -> bool: ...


def color_message(label: QLabel, severity: str | None) -> None:
    """Give `label`'s text the colour of `severity` ("error", "warning"; None: the normal text colour)."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), message_color(severity))
    label.setPalette(palette)


def error_label() -> QLabel:
    """The message line under a field: red, plain text, hidden while empty."""
    label = plain_label(selectable=False)
    color_message(label, "error")
    label.hide()
    return label


def set_error(label: QLabel, message: str | None) -> None:
    """Show `message` on an error line (hide the line when there is none). A line placed with `with_error` also
    becomes its field's accessible description, so a screen reader says why the field is refused."""
    _show_line(label, message, "error")


def set_needed(label: QLabel, message: str | None) -> None:
    """Show on a field's error line what the field still needs before the form can be sent (one not filled in
    yet), in the muted colour: nothing is wrong yet, but the user sees at the field why Send is off. `set_error` on
    the same line makes it an error again."""
    _show_line(label, message, "needed")


def _show_line(label: QLabel, message: str | None, severity: str) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), muted_color() if severity == "needed" else message_color(severity))
    label.setPalette(palette)
    label.setProperty("severity", severity if message else "")
    label.setText(message or "")
    label.setVisible(bool(message))
    field = label.property("field")
    if isinstance(field, QWidget):
        field.setAccessibleDescription(message or "")


def with_error(field: QWidget | QLayout, error: QLabel) -> QWidget:
    """A form row's field with its error line right under it."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    if isinstance(field, QWidget):
        box.addWidget(field)
        error.setProperty("field", field)
    else:
        box.addLayout(field)
    box.addWidget(error)
    return holder


def show_message(label: QLabel, messages: Sequence[Message]) -> None:
    """Show `messages` one a line, in the colour of the worst (an error when any blocks), or hide the line."""
    severity = "error" if any(m.blocking for m in messages) else "warning" if messages else None
    label.setText("\n".join(m.text for m in messages))
    label.setVisible(bool(messages))
    color_message(label, severity)
    label.setProperty("severity", severity or "")


def mark_field(field: QWidget, severity: str | None) -> None:
    """Wash an input's background red or yellow (over the palette's own base colour), or restore it."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    wash = tint_background(Tint.ERROR if severity == "error" else Tint.WARNING if severity == "warning" else None)
    if wash is not None:
        base = blend(base, wash.color())
    own = field.palette()
    own.setColor(QPalette.ColorRole.Base, base)
    field.setPalette(own)
    field.setProperty("severity", severity or "")
