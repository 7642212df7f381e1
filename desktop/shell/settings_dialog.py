"""File → Settings: the user's preferences. Language and sync interval are this computer's (`desktop.settings`); the
e-mail updates default is the user's portal preference (`sync.account.preferences`), queued for the portal like every other
change, so it can be changed offline too.

The language shown is the one in use: when `--lang` chose it for this run over the saved one, a note says so, and
Save keeps the saved language unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, settings
from desktop.context import AppContext
from desktop.i18n import LANGUAGES
from desktop.views.widgets.messages import color_message
from sync.account import preferences


class SettingsDialog(QDialog):
    sync_interval_changed = Signal(int)  # minutes, emitted when a new interval was saved
    language_changed = Signal(str)       # takes effect at the next start (the restart note says so)

    def __init__(self, parent: QWidget | None = None, *, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self._saved_language = settings.get(settings.LANGUAGE)
        this_run = i18n.language_of_this_run()
        self._language = this_run or self._saved_language  # the combo shows the language in use
        self._language_chosen = False  # the user picked one in the combo (maybe the one shown)
        self._interval = settings.get(settings.SYNC_INTERVAL_MINUTES)

        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._language))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.language_combo.activated.connect(self._language_activated)
        self.override_note = QLabel(self.tr("The language is chosen with --lang for this session. Saved language: "
                                            "{saved}.").format(saved=LANGUAGES.get(self._saved_language, "")))
        self.override_note.setWordWrap(True)
        self.override_note.setVisible(this_run is not None and this_run != self._saved_language)
        self.restart_note = QLabel(self.tr("Restart the app to use the new language: it is used the next time you "
                                           "start the app."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        color_message(self.restart_note, "warning")

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
        form.addRow("", self.override_note)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Sync &every:"), self.interval_spin)
        form.addRow("", interval_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.email_default_check: QCheckBox | None = None
        if ctx is not None:  # signed in: the portal preferences of this user
            layout.addWidget(self._cases_group(ctx))
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        self.setMinimumWidth(420)

    def _cases_group(self, ctx: AppContext) -> QGroupBox:
        self._email_default = preferences.email_updates_default(ctx.engine)  # one indexed row: fine on the UI thread
        self.email_default_check = QCheckBox(
            self.tr("E-mail me &updates about my cases (new cases start with this choice)"))
        self.email_default_check.setChecked(self._email_default)
        hint = QLabel(self.tr("Saved in the portal for your user. Without a connection the change waits with your "
                              "other changes and is sent when the portal can be reached. Cases you already have "
                              "keep their own choice."))
        hint.setWordWrap(True)
        group = QGroupBox(self.tr("Cases"))
        box = QVBoxLayout(group)
        box.addWidget(self.email_default_check)
        box.addWidget(hint)
        return group

    def _language_activated(self, _index: int) -> None:
        self._language_chosen = True

    def _language_picked(self) -> None:
        self.restart_note.setVisible(self.language_combo.currentData() != self._language)
        self._fit_contents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_contents()

    def _fit_contents(self) -> None:
        """Grow to what the contents need: as wide as the widest line that cannot wrap (a check box), and as high as
        the wrapped notes need at that width. With a minimum width of its own the dialog does not take its layout's
        minimum, and a top-level layout leaves word-wrapped labels out of account: without this the e-mail check box
        was cut at the edge and the notes were drawn over the next row."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), layout.minimumSize().width())
        needed = self.heightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.setMinimumHeight(needed)
        if self.width() < width or self.height() < needed:
            self.resize(width, max(self.height(), needed))

    def accept(self) -> None:
        language = self.language_combo.currentData()
        minutes = self.interval_spin.value()
        settings.put(settings.SYNC_INTERVAL_MINUTES, minutes)
        if minutes != self._interval:
            self.sync_interval_changed.emit(minutes)
        if self._language_chosen or language != self._language:  # untouched, the saved language stays as it was
            settings.put(settings.LANGUAGE, language)
            if language != self._saved_language:
                self.language_changed.emit(language)
                self._tell_portal_language(language)
        self._save_email_default()
        super().accept()

    def _tell_portal_language(self, language: str) -> None:
        """The service desk writes to the user in the language they chose (queued when the portal's differs)."""
        if self._ctx is not None:
            self._ctx.write(preferences.queue_language, language).run_on(self._ctx.db_pool)

    def _save_email_default(self) -> None:
        if self._ctx is None or self.email_default_check is None:
            return
        on = self.email_default_check.isChecked()
        if on == self._email_default:
            return
        ctx = self._ctx  # the dialog may be gone when the write finishes: the callback must not need it
        ctx.write(preferences.queue_email_updates_default, on).run_on(ctx.db_pool)
