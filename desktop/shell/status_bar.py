"""The bottom line of the main window: online or not, what waits to be sent, what the portal refused, when we last
synced, a "Sync now" button and the progress of a running round.

The main window hands it the numbers (`sync.outbox.queue.outbox_counts`, `sync.cache.state.sync_status`) on `cache_changed("outbox")`,
`sync_status_changed` and at the end of a round. The indicators are permanent widgets (on the right), so a passing
message (`showMessage`, on the left) never hides them. The message is shown by a label of ours that takes the room
the indicators leave and shortens it by whole words, with the whole text on hover (QStatusBar's own drawing cut it
mid-word); Qt keeps the message, its timeout and the menus' status tips as ever, and says when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from desktop import icons
from desktop.formatting import format_datetime, format_number
from desktop.views.widgets.elided_label import ElidedLabel
from sync.cache.state import SyncStatus
from sync.outbox.records import OutboxCounts

ICON_SIZE = QSize(16, 16)


class SyncStatusBar(QStatusBar):
    sync_requested = Signal()
    rejected_clicked = Signal()
    pending_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.online: bool | None = None
        self.auth_needed = False
        self.message_label = ElidedLabel()
        self._connection_icon = QLabel()
        self.connection_label = QLabel()
        self.pending_label = _link_button(icons.icon("pending"), self.pending_clicked)
        self.rejected_label = _link_button(icons.icon("warning"), self.rejected_clicked)
        self.last_sync_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QToolButton()
        self.sync_button.setIcon(icons.icon("sync"))
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self.sync_requested)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.addPermanentWidget(self.message_label, 1)  # first and stretching: Qt's own message area is left empty
        self.messageChanged.connect(self.message_label.set_full_text)
        connection = QWidget()
        box = QHBoxLayout(connection)
        box.setContentsMargins(4, 0, 4, 0)
        box.addWidget(self._connection_icon)
        box.addWidget(self.connection_label)
        for widget in (connection, self.pending_label, self.rejected_label, self.progress):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.last_sync_label)
        self.addPermanentWidget(self.sync_button)

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send your changes and fetch the latest data from the portal (F5)"))
        self.rejected_label.setToolTip(self.tr("Show the changes the portal rejected"))
        self.pending_label.setToolTip(self.tr("Show the changes waiting to be sent"))
        self._show_connection()

    def set_online(self, online: bool | None, *, auth_needed: bool = False) -> None:
        """None: not known yet (before the first round)."""
        self.online = online
        self.auth_needed = auth_needed
        self._show_connection()

    def show_counts(self, counts: OutboxCounts) -> None:
        self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", counts.pending))
        self.pending_label.setVisible(counts.pending > 0)
        self.rejected_label.setText(self.tr("%n rejected by the portal", "", counts.rejected))
        self.rejected_label.setVisible(counts.rejected > 0)

    def show_last_sync(self, status: SyncStatus) -> None:
        if status.last_sync_at is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            self.last_sync_label.setText(self.tr("Last synced {when}").format(
                when=format_datetime(status.last_sync_at)))

    def show_sync_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress.setAccessibleDescription(self.tr("Syncing"))
        self.showMessage(self.tr("Syncing…"))

    def show_sync_progress(self, stage: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if stage == "push":
            text = self.tr("Sending changes… {done} of {total}").format(
                done=format_number(done), total=format_number(total))
        else:
            text = self.tr("Fetching updates… {count}").format(count=format_number(done))
        self.progress.setAccessibleDescription(text)
        self.showMessage(text)

    def show_sync_finished(self) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self.clearMessage()

    def _show_connection(self) -> None:
        if self.auth_needed:
            name, text = "warning", self.tr("Sign-in needed")
        elif self.online is None:
            name, text = "offline", self.tr("Connecting…")
        elif self.online:
            name, text = "online", self.tr("Online")
        else:
            name, text = "offline", self.tr("Offline – working on saved data")
        self._connection_icon.setPixmap(icons.icon(name).pixmap(ICON_SIZE))
        self.connection_label.setText(text)
        self.connection_label.setAccessibleName(self.tr("Connection: {state}").format(state=text))


def _link_button(icon, signal: Signal) -> QToolButton:
    """A flat button (reachable by Tab, read by screen readers) that opens the Pending changes page."""
    button = QToolButton()
    button.setIcon(icon)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(signal)
    button.hide()
    return button
