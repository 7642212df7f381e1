"""What a form field still needs before it can be sent: said on its error line in the muted colour (readable, and
told to a screen reader), red again once it is an error."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop.colours import contrast_ratio, muted_color
from desktop.views.widgets.messages import error_label, message_color, set_error, set_needed, with_error


def test_what_a_field_still_needs_is_muted_until_it_is_an_error(qtbot):
    field, line = QLineEdit(), error_label()
    holder = with_error(field, line)
    qtbot.addWidget(holder)
    holder.show()
    set_needed(line, "Choose a category.")
    colour = line.palette().color(line.foregroundRole())
    assert line.isVisible() and line.property("severity") == "needed" and colour == muted_color()
    background = line.palette().color(line.backgroundRole())
    assert colour != message_color("error") and contrast_ratio(colour, background) >= 4.5
    assert field.accessibleDescription() == "Choose a category."
    set_error(line, "Choose a category.")
    assert line.property("severity") == "error"
    assert line.palette().color(line.foregroundRole()) == message_color("error")
    set_needed(line, None)
    assert not line.isVisible() and line.property("severity") == "" and field.accessibleDescription() == ""
