"""Help → About: the version, who is signed in, and the two folders support asks for (data and logs)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons, logs

DISTRIBUTION = "service-portal-desktop"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0.1.0"


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, portal_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Service Portal Desktop"))
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(QSize(64, 64)))
        title = QLabel(self.tr("Service Portal Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(self.tr("Meter readings and your copier fleet, also without a network connection."))
        blurb.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Version:"), _plain(app_version()))
        if portal_url:
            form.addRow(self.tr("Portal:"), _plain(portal_url))
        self.data_label = _plain(str(data_dir))
        self.log_label = _plain(str(logs.log_folder()))
        form.addRow(self.tr("Data folder:"), self._folder_row(self.data_label, Path(data_dir)))
        form.addRow(self.tr("Log folder:"), self._folder_row(self.log_label, logs.log_folder()))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        header.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _folder_row(self, label: QLabel, folder: Path) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label, 1)
        button = QPushButton(self.tr("Open"))
        button.setAccessibleName(self.tr("Open {folder}").format(folder=str(folder)))
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.addWidget(button)
        return row


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
