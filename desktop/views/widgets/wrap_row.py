"""A row of one widget on the left and buttons on the right that puts the buttons on a line of their own when the
row is too narrow for both. A check box cannot wrap its text, so beside buttons it set the least width of the whole
pane it sat in (the case detail could not be narrower than ~500 pixels, and the cases list lost the room)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget


class WrapRow(QWidget):
    def __init__(self, left: QWidget, right: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = left
        self.right = QWidget()
        buttons = QHBoxLayout(self.right)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for widget in right:
            buttons.addWidget(widget)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(left, 0, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._wrapped: bool | None = None
        self._arrange(wrapped=False)

    def is_wrapped(self) -> bool:
        return bool(self._wrapped)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The wider of the two parts, not their sum: the buttons go below when the row is narrower."""
        left, right = self.left.minimumSizeHint(), self.right.minimumSizeHint()
        if self.left.isHidden():
            return right
        height = left.height() + right.height() + self._grid.verticalSpacing() if self._wrapped else \
            max(left.height(), right.height())
        return QSize(max(left.width(), right.width()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(wrapped=event.size().width() < self._one_line_width())

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A part's text changed (a machine's model set after the row got its width): arrange again for it, or a
        long heading stayed beside the buttons squeezed to its first letter."""
        if event.type() == QEvent.Type.LayoutRequest and self._wrapped is not None:
            self._arrange(wrapped=self.width() < self._one_line_width())
        return super().event(event)

    def _one_line_width(self) -> int:
        return self.left.sizeHint().width() + self._grid.horizontalSpacing() + self.right.sizeHint().width()

    def _arrange(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        self._grid.removeWidget(self.right)
        if wrapped:
            self._grid.addWidget(self.right, 1, 0)
            self._grid.setColumnStretch(1, 0)
        else:
            self._grid.addWidget(self.right, 0, 1)
            self._grid.setColumnStretch(1, 1)
        self.updateGeometry()
