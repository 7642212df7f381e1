"""What every table's cells share: a cell too narrow for its text is elided ("Canon imageR…"), so hovering it shows
the whole text (with the cell's own tooltip after it), and every cell tooltip is shown as plain text — a tooltip that
merely looks like markup would otherwise be rendered, and a cell may hold anything the portal sent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop.views.widgets.labels import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


class FullTextDelegate(QStyledItemDelegate):
    """The default delegate of the app's tables (subclass it for an editing delegate)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: AnyIndex) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = self.cell_tip(view, option, index)
        if tip:
            QToolTip.showText(event.globalPos(), plain_tooltip(tip), view.viewport(), option.rect)
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def cell_tip(self, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """The cell's text when it does not fit (elided), then the model's tooltip; empty when neither applies."""
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
        tooltip = str(tooltip) if tooltip else ""
        text = cell.text if self.is_elided(view, cell) else ""
        if text and text in tooltip:
            text = ""  # the tooltip already says it in full
        return "\n".join(part for part in (text, tooltip) if part)

    @staticmethod
    def is_elided(view: QAbstractItemView, cell: QStyleOptionViewItem) -> bool:
        if not cell.text:
            return False
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, view).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        return max(cell.fontMetrics.horizontalAdvance(line) for line in cell.text.split("\n")) > room


def show_full_text(view: QAbstractItemView) -> FullTextDelegate:
    """Give `view` the shared delegate (a view whose delegate edits subclasses FullTextDelegate instead)."""
    delegate = FullTextDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
