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
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
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


def with_count(base: QIcon, count: int) -> QIcon:
    """`base` with `count` in a red disc at its top right, the way a phone shows what waits: the navigation's
    entries in a narrow window, which show only their icons."""
    return QIcon(_CountedIconEngine(base, count))


class _PaintedIconEngine(QIconEngine):
    """An engine that draws each size itself (`paint`), sharp at any scale."""

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


COUNT_DISC = QColor("#c62828")
"""White on this red is 5.6:1 (WCAG AA)."""


class _CountedIconEngine(_PaintedIconEngine):
    def __init__(self, base: QIcon, count: int) -> None:
        super().__init__()
        self._base, self._count = base, count

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._base.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        text = str(self._count) if self._count < 100 else "99+"
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(7, round(rect.height() * 0.42)))
        metrics = QFontMetrics(font)
        height = metrics.height()
        width = max(height, metrics.horizontalAdvance(text) + height // 2)
        disc = QRectF(rect.right() + 1 - width, rect.top(), width, height)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COUNT_DISC)
        painter.drawRoundedRect(disc, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def clone(self) -> "QIconEngine":
        return _CountedIconEngine(self._base, self._count)


class _SvgIconEngine(_PaintedIconEngine):
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

    def clone(self) -> "QIconEngine":
        return _SvgIconEngine(self._svg)


def _text_colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()
