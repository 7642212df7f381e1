"""Preferences and remembered state: declared once, typed, persisted per user, robust against a hand-edited file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from desktop import settings
from desktop.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("english_ui", "norwegian_system")


def test_defaults_come_from_the_declarations():
    assert settings.get(settings.LANGUAGE) == "nb"  # the system's (pinned to Norwegian here; see test_i18n)
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
    assert settings.get(setting) == setting.fallback()


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


def _email_default_items(ctx) -> list:
    from sync.outbox import queue as outbox
    return [i for i in outbox.outbox_items(ctx.engine) if i.kind == "me.patch"]


def test_turning_the_email_default_off_queues_one_change_for_the_portal(qtbot, ctx):
    from sync.account import preferences
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    assert dialog.email_default_check is not None and dialog.email_default_check.isChecked()
    dialog.email_default_check.setChecked(False)
    with qtbot.waitSignal(ctx.cache_changed, check_params_cb=lambda entity, _ids: entity == "me"):
        dialog.accept()
    assert ctx.wait_idle()
    items = _email_default_items(ctx)
    assert [(i.method, i.path, i.body["email_updates_default"], i.state) for i in items] == [
        ("PATCH", "/me", False, "queued")]
    assert preferences.email_updates_default(ctx.engine) is False
    again = SettingsDialog(ctx=ctx)
    qtbot.addWidget(again)
    assert not again.email_default_check.isChecked(), "the dialog reads the queued choice back"


def test_saving_without_changing_the_email_default_queues_nothing(qtbot, ctx):
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.email_default_check.setChecked(False)
    dialog.email_default_check.setChecked(True)  # back where it was
    dialog.interval_spin.setValue(20)
    dialog.accept()
    assert ctx.wait_idle()
    assert _email_default_items(ctx) == []
    assert settings.get(settings.SYNC_INTERVAL_MINUTES) == 20


def test_cancel_queues_nothing(qtbot, ctx):
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.email_default_check.setChecked(False)
    dialog.reject()
    assert ctx.wait_idle()
    assert _email_default_items(ctx) == []


def test_without_a_workspace_the_dialog_has_no_portal_preferences(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.email_default_check is None
    dialog.accept()  # saves the local settings only, nothing to queue
