"""File → Settings: the user's preferences (language, how often to sync), saved through `desktop.settings`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop import settings
from desktop.i18n import LANGUAGES


class SettingsDialog(QDialog):
    sync_interval_changed = Signal(int)  # minutes, emitted when a new interval was saved
    language_changed = Signal(str)       # takes effect at the next start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._language = settings.get(settings.LANGUAGE)
        self._interval = settings.get(settings.SYNC_INTERVAL_MINUTES)

        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._language))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.restart_note = QLabel(self.tr("The new language is used the next time you start the app."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)

        interval = settings.SYNC_INTERVAL_MINUTES
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(interval.minimum or 1, interval.maximum or 240)
        self.interval_spin.setValue(self._interval)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Sync every (minutes)"))
        interval_note = QLabel(self.tr("Changes you make are also sent right away when the portal can be reached."))
        interval_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Sync &every:"), self.interval_spin)
        form.addRow("", interval_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        self.setMinimumWidth(420)

    def _language_picked(self) -> None:
        self.restart_note.setVisible(self.language_combo.currentData() != self._language)

    def accept(self) -> None:
        language = self.language_combo.currentData()
        minutes = self.interval_spin.value()
        settings.put(settings.LANGUAGE, language)
        settings.put(settings.SYNC_INTERVAL_MINUTES, minutes)
        if minutes != self._interval:
            self.sync_interval_changed.emit(minutes)
        if language != self._language:
            self.language_changed.emit(language)
        super().accept()
