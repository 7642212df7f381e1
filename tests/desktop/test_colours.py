"""Every state colour reads at WCAG AA (4.5 : 1) on the background it is really drawn on, in light and dark
palettes: the cells' text (muted, or the palette's own on a wash) on Base and on AlternateBase (tables alternate
them), and the message and secondary label colours on Window."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop import colours
from desktop.colours import (
    MIN_CONTRAST,
    Tint,
    blend,
    contrast_ratio,
    message_color,
    muted_color,
)
from desktop.models.base import Column, RowTableModel

Role = QPalette.ColorRole


def palette_of(window: str, text: str, base: str, alternate: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((Role.Window, window), (Role.WindowText, text), (Role.Base, base),
                         (Role.AlternateBase, alternate), (Role.Text, text), (Role.Button, window),
                         (Role.ButtonText, text)):
        palette.setColor(role, QColor(colour))
    return palette


def fusion_light() -> QPalette:
    return QGuiApplication.palette()  # the offscreen test platform gives Qt's Fusion light palette


PALETTES = {
    # Qt's Fusion palettes (qt_fusionPalette): light, and dark (window 50,50,50, base 1.4× darker, text 240)
    "fusion light": fusion_light,
    "fusion dark": lambda: palette_of("#323232", "#f0f0f0", "#242424", "#202020"),
    "windows light": lambda: palette_of("#f0f0f0", "#000000", "#ffffff", "#f5f5f5"),
    "adwaita dark": lambda: palette_of("#353535", "#eeeeec", "#2d2d2d", "#323232"),
}


@pytest.fixture(params=list(PALETTES))
def palette(request, qapp):
    previous = QGuiApplication.palette()
    chosen = PALETTES[request.param]()
    QGuiApplication.setPalette(chosen)
    yield QGuiApplication.palette()
    QGuiApplication.setPalette(previous)


def test_the_contrast_ratio_follows_the_wcag_formula():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#bebebe"), QColor("white")) < 2  # the disabled grey Closed and Sent were drawn in


@pytest.mark.parametrize("tint", list(Tint))
@pytest.mark.parametrize("background", [Role.Base, Role.AlternateBase])
def test_each_cell_state_reads_on_its_row(palette, tint, background):
    wash = colours.tint_background(tint)
    under = palette.color(background)
    behind = blend(under, wash.color()) if wash is not None else under
    text = colours.tint_foreground(tint)
    colour = text.color() if text is not None else palette.color(Role.Text)
    assert contrast_ratio(colour, behind) >= MIN_CONTRAST, (tint, colour.name(), behind.name())


@pytest.mark.parametrize("severity", ["error", "warning", None])
def test_messages_read_on_the_window(palette, severity):
    assert contrast_ratio(message_color(severity), palette.color(Role.Window)) >= MIN_CONTRAST


def test_secondary_text_reads_and_still_looks_secondary(palette):
    for role, text_role in ((Role.Window, Role.WindowText), (Role.Base, Role.Text)):
        grey = muted_color(palette, role=role)
        for background in {role, Role.AlternateBase if role == Role.Base else role}:
            assert contrast_ratio(grey, palette.color(background)) >= MIN_CONTRAST
        assert grey != palette.color(text_role)  # not the plain text colour: it still reads as secondary


def test_a_colour_that_does_not_read_is_moved_towards_the_text():
    white, black = QColor("white"), QColor("black")
    moved = colours.readable(QColor("#cccccc"), white, black)
    assert contrast_ratio(moved, white) >= MIN_CONTRAST and moved != black
    assert colours.readable(QColor("#333333"), white, black) == QColor("#333333")  # already readable: kept


@dataclass(frozen=True)
class Row:
    id: str
    state: str


class StateModel(RowTableModel[Row]):
    columns = (Column("state", "State", lambda r: r.state, tint=lambda r: Tint.MUTED if r.state == "closed" else None),)


def test_a_closed_row_in_a_model_gets_the_readable_grey(palette):
    model = StateModel()
    model.set_rows([Row("1", "closed"), Row("2", "new")])
    closed = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert contrast_ratio(closed, palette.color(Role.AlternateBase)) >= MIN_CONTRAST
    assert contrast_ratio(closed, palette.color(Role.Base)) >= MIN_CONTRAST
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
