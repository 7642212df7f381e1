"""Every colour the app gives a state, in one place: the washes behind a cell or field that stands out (`Tint`), the
secondary ("muted") text of a closed case, a sent change or an estimated reading, and the colours of error and warning
messages. Each is worked out from the palette in use, light or dark, and each text colour is checked against the
background it is drawn on: a colour that would read below WCAG AA (4.5 : 1) is moved towards the palette's own text
colour until it reads (a pale grey on white read 1.7 : 1 for Cancelled, Closed and Sent)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5
"""WCAG 2.x level AA for normal text."""


class Tint(Enum):
    """Why a cell stands out. Each but MUTED is a translucent wash over the palette's own base colour, so it reads in
    light and dark mode alike, and the text keeps the palette's colour; MUTED only greys the text, readably."""
    ERROR = "error"
    WARNING = "warning"
    PENDING = "pending"
    MUTED = "muted"


WASHES = {
    Tint.ERROR: QColor(220, 38, 38, 72),
    Tint.WARNING: QColor(234, 179, 8, 84),
    Tint.PENDING: QColor(59, 130, 246, 56),
}

MUTED_SHARE = 0.4
"""How far secondary text goes from the text colour towards its background before the contrast check."""

_MESSAGES = {  # severity: (light, dark) — the first guess; `readable` makes sure it reads on the real background
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5a00", "#ffd54f"),
}


# --- the WCAG arithmetic -----------------------------------------------------------------------------------------

def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour (0 black … 1 white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.x contrast ratio, 1 (none) … 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(under: QColor, over: QColor) -> QColor:
    """`over` (translucent) painted on the opaque `under`: the colour the eye sees."""
    alpha = over.alphaF()
    return QColor.fromRgbF(under.redF() * (1 - alpha) + over.redF() * alpha,
                           under.greenF() * (1 - alpha) + over.greenF() * alpha,
                           under.blueF() * (1 - alpha) + over.blueF() * alpha)


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """`share` of the way from `first` to `second`."""
    return QColor.fromRgbF(first.redF() + (second.redF() - first.redF()) * share,
                           first.greenF() + (second.greenF() - first.greenF()) * share,
                           first.blueF() + (second.blueF() - first.blueF()) * share)


def readable(colour: QColor, background: QColor, text: QColor) -> QColor:
    """`colour`, or the first step from it towards the palette's `text` that reads on `background`. The palette's
    text itself is the last resort (a theme whose own text does not read is the theme's business)."""
    for step in range(11):
        candidate = mix(colour, text, step / 10)
        if contrast_ratio(candidate, background) >= MIN_CONTRAST:
            return candidate
    return QColor(text)


# --- the app's colours -------------------------------------------------------------------------------------------

def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


def muted_color(palette: QPalette | None = None, *, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Secondary text on the palette's `role` background (Window for labels, Base for cells and documents): the text
    colour part of the way towards the background, never so far that it stops being readable."""
    palette = _palette(palette)
    text_role = QPalette.ColorRole.WindowText if role == QPalette.ColorRole.Window else QPalette.ColorRole.Text
    text, background = palette.color(text_role), palette.color(role)
    worst = _hardest_background(palette, role)
    return readable(mix(text, background, MUTED_SHARE), worst, text)


def _hardest_background(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    """The background a cell's text must read on: a table alternates Base with AlternateBase, so the one closer to
    the text's own lightness is the one to check against."""
    background = palette.color(role)
    if role != QPalette.ColorRole.Base:
        return background
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    text = palette.color(QPalette.ColorRole.Text)
    return min((background, alternate), key=lambda c: contrast_ratio(c, text))


def message_color(severity: str | None, palette: QPalette | None = None) -> QColor:
    """Text colour for an error or warning message that reads on the palette's window colour (None: normal text)."""
    palette = _palette(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    if severity not in _MESSAGES:
        return text
    light, dark = _MESSAGES[severity]
    return readable(QColor(dark if is_dark(palette) else light), palette.color(QPalette.ColorRole.Window), text)


def tint_background(tint: Tint | None) -> QBrush | None:
    color = WASHES.get(tint) if tint else None
    return QBrush(color) if color is not None else None


def tint_foreground(tint: Tint | None, palette: QPalette | None = None) -> QBrush | None:
    """The text of a MUTED cell (None: the palette's own text colour)."""
    if tint is not Tint.MUTED:
        return None
    return QBrush(muted_color(palette, role=QPalette.ColorRole.Base))
