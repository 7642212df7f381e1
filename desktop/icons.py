"""Crisp SVG icons that follow the system's light or dark palette.

Line icons draw with `currentColor`, which is replaced at paint time by the palette's text colour (the disabled or
highlighted text colour in those states), so they read on light and dark themes and render sharp at any scale.
Coloured icons (warning, app, online) keep their own colours and are dimmed when disabled.

    button.setIcon(icons.icon("sync"))
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

NAMES = ("app", "meter", "offline", "online", "pending", "products", "sync", "warning")


def icons_dir() -> Path:
    return Path(str(resources.files("resources") / "icons"))


def icon(name: str) -> QIcon:
    return QIcon(_SvgIconEngine(_svg(name)))


def app_icon() -> QIcon:
    return icon("app")


@lru_cache(maxsize=None)
def _svg(name: str) -> bytes:
    return (icons_dir() / f"{name}.svg").read_bytes()


class _SvgIconEngine(QIconEngine):
    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        source = self._svg
        if b"currentColor" in source:
            source = source.replace(b"currentColor", _text_colour(mode).encode("ascii"))
        elif mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        QSvgRenderer(QByteArray(source)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> "QIconEngine":
        return _SvgIconEngine(self._svg)


def _text_colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()
