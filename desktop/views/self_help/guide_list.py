"""The list of guides a search found, as the self-help page and the new-case dialog show it: each guide's title in
bold over its summary in a quieter colour, both drawn as plain text (a guide's words are data, never markup)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QListView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QWidget)

from desktop.models.base import OBJECT_ROLE
from desktop.views.widgets.labels import muted_color

PADDING = 6
SUMMARY_LINES = 2


class GuideHitDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(OBJECT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        area = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        title_font = option.font
        title_font.setBold(True)
        title_metrics = QFontMetrics(title_font)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = title_metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), title_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        summary_font = option.font
        summary_font.setBold(False)
        painter.setFont(summary_font)
        painter.setPen(text_color if selected else muted_color(palette, role=QPalette.ColorRole.Base))
        summary_rect = QRect(area.left(), area.top() + title_metrics.height() + 1, area.width(),
                             QFontMetrics(summary_font).height() * SUMMARY_LINES)
        painter.drawText(summary_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                           | Qt.TextFlag.TextWordWrap), hit.summary)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, PADDING + metrics.height() * (1 + SUMMARY_LINES) + 2)


def guide_list_view(model, accessible_name: str, parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setItemDelegate(GuideHitDelegate(view))
    view.setAccessibleName(accessible_name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view
