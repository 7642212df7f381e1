"""A check box beside buttons: on one line when the row is wide enough, the buttons below it when not, and never
wider than its wider part needs (the check box beside the case's buttons kept the case detail ~500 pixels wide)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from desktop.views.widgets.wrap_row import WrapRow


def make_row(qtbot) -> tuple[QWidget, WrapRow]:
    holder = QWidget()
    row = WrapRow(QCheckBox("Send meg oppdateringer om saken på e-post"),
                  [QPushButton("Gjenåpne"), QPushButton("Avbryt saken …")])
    QVBoxLayout(holder).addWidget(row)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, row


def test_wide_enough_it_is_one_line(qtbot):
    holder, row = make_row(qtbot)
    holder.resize(900, 200)
    qtbot.waitUntil(lambda: row.width() > 800)
    assert not row.is_wrapped()
    assert row.right.geometry().top() == 0 and row.right.geometry().left() > row.left.geometry().right()


def test_narrow_the_buttons_go_below_and_nothing_overlaps(qtbot):
    holder, row = make_row(qtbot)
    least = row.minimumSizeHint().width()
    assert least == max(row.left.minimumSizeHint().width(), row.right.minimumSizeHint().width())
    holder.resize(least + 30, 200)
    qtbot.waitUntil(row.is_wrapped)
    qtbot.waitUntil(lambda: row.right.geometry().top() >= row.left.geometry().bottom())
    assert row.right.geometry().right() <= row.width()
    assert row.left.geometry().right() <= row.width()
    holder.resize(900, 200)
    qtbot.waitUntil(lambda: not row.is_wrapped())
