"""The window's navigation: one entry per area, its title with the page's badge ("Cases (2 to answer)").

In a narrow window (1024 wide) it shows only the icons, so that a list beside a detail keeps its columns: the whole
entry, badge included, is then its tooltip and what a screen reader says, and a badge's news still shows as the
entry's own icon (`Badge.icon`) and its count in a disc on the icon (`Badge.count`). The text of every entry is kept, so a wider window gets it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from desktop import icons
from desktop.shell import page_titles
from desktop.shell.page import Badge

SPARE = 2
"""Pixels beyond the longest entry, so a bold entry never touches the panel's edge."""
ENTRY_HEIGHT = 40
KEY_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1     # the entry's whole text, shown or not
TIP_ROLE = Qt.ItemDataRole.UserRole + 2      # the badge's own tooltip
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3    # the area's title alone
ICON_ROLE = Qt.ItemDataRole.UserRole + 4     # the entry's icon without a count
COUNT_ROLE = Qt.ItemDataRole.UserRole + 5    # the badge's count, drawn on the icon when compact


def entry_text(title: str, details: str) -> str:
    """ "Cases (2 to answer)", or the title alone."""
    if not details:
        return title
    return QCoreApplication.translate("MainWindow", "{title} ({details})").format(title=title, details=details)


class AreaList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(24, 24))
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Areas"))
        self._compact = False

    # --- entries -----------------------------------------------------------------------------------------------

    def insert_area(self, row: int, key: str, icon: QIcon, title: str) -> None:
        item = QListWidgetItem(icon, "")
        item.setData(KEY_ROLE, key)
        item.setData(TITLE_ROLE, title)
        item.setData(ICON_ROLE, icon)
        item.setData(COUNT_ROLE, 0)
        item.setSizeHint(QSize(0, ENTRY_HEIGHT))
        self.insertItem(row, item)
        self._set_text(item, title, "")

    def key_at(self, row: int) -> str:
        item = self.item(row)
        return item.data(KEY_ROLE) if item else ""

    def current_key(self) -> str:
        return self.key_at(self.currentRow())

    def entry_text(self, row: int) -> str:
        """The entry's whole text, shown or (compact) in its tooltip."""
        return self.item(row).data(TEXT_ROLE)

    def show_badge(self, row: int, badge: Badge, icon: QIcon | None) -> None:
        item = self.item(row)
        font = item.font()
        font.setBold(badge.bold)
        item.setFont(font)
        if icon is not None:
            item.setData(ICON_ROLE, icon)
        item.setData(COUNT_ROLE, badge.count)
        self._set_text(item, entry_text(item.data(TITLE_ROLE), badge.detail), badge.tooltip)

    def _set_text(self, item: QListWidgetItem, text: str, tip: str) -> None:
        item.setData(TEXT_ROLE, text)
        item.setData(TIP_ROLE, tip)
        icon, count = item.data(ICON_ROLE), item.data(COUNT_ROLE)
        item.setIcon(icons.with_count(icon, count) if self._compact and count else icon)
        item.setText("" if self._compact else text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        shown_in_tip = self._compact and not tip.startswith(text)  # a badge's tooltip begins with the entry
        item.setToolTip("\n".join(t for t in ((text if shown_in_tip else ""), tip) if t))

    # --- width -------------------------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Only the icons (compact) or the whole entries; the panel takes the width that needs."""
        if compact == self._compact:
            return
        self._compact = compact
        for row in range(self.count()):
            item = self.item(row)
            self._set_text(item, item.data(TEXT_ROLE), item.data(TIP_ROLE))
        width = self.wanted_width()
        self.setMinimumWidth(width)
        self.setMaximumWidth(width if compact else 16_777_215)

    def wanted_width(self) -> int:
        return self.compact_width() if self._compact else self.full_width()

    def compact_width(self) -> int:
        return self.iconSize().width() + 4 * self._margin() + 2 * self.frameWidth() + SPARE

    def full_width(self) -> int:
        """As wide as the longest entry can get, a title with a two-digit badge in bold ("Saker (12 venter på
        svar)"), and no wider: a fixed 230 pixels left the cases list too little room at 1280 wide."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = [entry_text(self.item(row).data(TITLE_ROLE), "99") for row in range(self.count())]
        texts.append(entry_text(page_titles.cases(), QCoreApplication.translate("MainWindow", "%n to answer", "", 99)))
        text = max(metrics.horizontalAdvance(t) for t in texts)
        return text + self.compact_width()

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
