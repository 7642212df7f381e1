"""Preferences and remembered state: declared once, typed, persisted per user, robust against a hand-edited file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from desktop import settings
from desktop.views.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("english_ui")


def test_defaults_come_from_the_declarations():
    assert settings.get(settings.LANGUAGE) == "nb"
    assert settings.get(settings.SYNC_INTERVAL_MINUTES) == 15
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray()


def test_values_survive_a_new_settings_object_and_keep_their_type():
    settings.put(settings.SYNC_INTERVAL_MINUTES, 30)
    settings.put(settings.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    assert settings.get(settings.SYNC_INTERVAL_MINUTES) == 30
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")
    assert settings.store().fileName().endswith(".ini")


@pytest.mark.parametrize(("setting", "garbage"), [
    (settings.LANGUAGE, "klingon"), (settings.SYNC_INTERVAL_MINUTES, "soon"),
    (settings.SYNC_INTERVAL_MINUTES, 0), (settings.SYNC_INTERVAL_MINUTES, 100_000)])
def test_a_garbled_value_falls_back_to_the_default(setting, garbage):
    settings.store().setValue(setting.key, garbage)
    assert settings.get(setting) == setting.default


def test_preferences_and_state_are_kept_apart():
    assert all(s.key.startswith("preferences/") for s in settings.PREFERENCES)
    assert all(s.key.startswith("state/") for s in settings.STATE)


def test_the_settings_dialog_saves_language_and_interval(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restart_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.restart_note.isVisible() and "next time you start" in dialog.restart_note.text()
    dialog.interval_spin.setValue(45)
    with qtbot.waitSignal(dialog.sync_interval_changed) as changed:
        dialog.accept()
    assert changed.args == [45]
    assert settings.get(settings.LANGUAGE) == "en" and settings.get(settings.SYNC_INTERVAL_MINUTES) == 45
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "en" and again.interval_spin.value() == 45
