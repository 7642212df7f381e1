"""The line a form shows when it opens on a draft kept from last time: it says so plainly, with a way to throw the
draft away ("Your unsent draft from 14:05 is back. [Discard draft]")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.views.widgets.labels import plain_label


def format_draft_moment(moment: datetime, now: datetime | None = None) -> str:
    """The time alone for a draft from today (14:05), else the date too (01.12.2026 14:05), in local time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    today = QDateTime.fromSecsSinceEpoch(int((now or datetime.now().astimezone()).timestamp()),
                                         QTimeZone.systemTimeZone()).date()
    if local.date() == today:
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class DraftNotice(QWidget):
    """Hidden until `show_restored`; Discard asks the form to throw the draft away (`discard_requested`)."""

    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, text: str | None = None) -> None:
        super().__init__(parent)
        self._text = text or self.tr("Your unsent draft from {time} is back.")
        self.label = plain_label(selectable=False)
        self.label.setAccessibleName(self.tr("Draft restored"))
        self.discard_button = QPushButton(self.tr("D&iscard draft"))
        self.discard_button.setAutoDefault(False)  # Enter in a dialog's field sends the form, never discards it
        self.discard_button.setToolTip(self.tr("Throw away what was restored and start again"))
        self.discard_button.clicked.connect(self.discard_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.discard_button)
        self.hide()

    def show_restored(self, updated_at: datetime) -> None:
        self.label.setText(self._text.format(time=format_draft_moment(updated_at)))
        self.show()
