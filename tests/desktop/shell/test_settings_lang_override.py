"""`--lang nb` while the saved language is English: Settings shows the language in use, says that --lang chose it
for this session, and Save keeps the saved language unless the user picks one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import app as app_module
from desktop import i18n, settings
from desktop.shell.settings_dialog import SettingsDialog
from sync.outbox import queue as outbox

NOTE = "Språket er valgt med --lang for denne økten. Lagret språk: English."


@pytest.fixture
def started_with(qapp) -> Iterator:
    """Start-up's language choice (`desktop.app.install_language`) for the given command line, English saved."""
    previous = QLocale()
    settings.put(settings.LANGUAGE, "en")

    def start(*argv: str) -> str:
        return app_module.install_language(app_module.parse_args(list(argv)))
    yield start
    i18n.reset()
    QLocale.setDefault(previous)


def open_settings(qtbot, ctx=None) -> SettingsDialog:
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_combo_shows_the_language_in_use_and_the_note_says_why(qtbot, started_with):
    assert started_with("--lang", "nb") == "nb" and i18n.language_of_this_run() == "nb"
    dialog = open_settings(qtbot)
    assert dialog.language_combo.currentText() == "Norsk bokmål"
    assert dialog.override_note.isVisible() and dialog.override_note.text() == NOTE
    assert not dialog.restart_note.isVisible()


def test_saving_without_touching_the_language_keeps_the_saved_one(qtbot, started_with, ctx):
    started_with("--lang", "nb")
    dialog = open_settings(qtbot, ctx)
    dialog.interval_spin.setValue(40)
    with qtbot.assertNotEmitted(dialog.language_changed), qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.accept()
    assert ctx.wait_idle()
    assert settings.get(settings.LANGUAGE) == "en" and settings.get(settings.SYNC_INTERVAL_MINUTES) == 40
    assert [i for i in outbox.outbox_items(ctx.engine) if "language" in i.body] == []


def test_picking_the_saved_language_back_needs_a_restart_and_changes_nothing_saved(qtbot, started_with):
    started_with("--lang", "nb")
    dialog = open_settings(qtbot)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Norsk bokmål → English, as the user picks it
    assert dialog.language_combo.currentData() == "en"
    qtbot.waitUntil(dialog.restart_note.isVisible)
    with qtbot.assertNotEmitted(dialog.language_changed):
        dialog.accept()
    assert settings.get(settings.LANGUAGE) == "en"


def test_picking_the_language_in_use_saves_it(qtbot, started_with):
    """The user chooses Norsk bokmål, the one shown: that is a choice, and it is saved for the next start."""
    started_with("--lang", "nb")
    dialog = open_settings(qtbot)
    dialog.language_combo.activated.emit(dialog.language_combo.currentIndex())  # chosen from the open list
    with qtbot.waitSignal(dialog.language_changed) as changed:
        dialog.accept()
    assert changed.args == ["nb"] and settings.get(settings.LANGUAGE) == "nb"


def test_without_lang_the_saved_language_is_shown_without_a_note(qtbot, started_with):
    assert started_with() == "en" and i18n.language_of_this_run() is None
    dialog = open_settings(qtbot)
    assert dialog.language_combo.currentText() == "English" and not dialog.override_note.isVisible()


def test_lang_naming_the_saved_language_needs_no_note(qtbot, started_with):
    started_with("--lang", "en")
    dialog = open_settings(qtbot)
    assert dialog.language_combo.currentText() == "English" and not dialog.override_note.isVisible()


def test_the_note_is_laid_out_beside_the_restart_note(qtbot, started_with, ctx):
    from tests.desktop.shell.test_settings_dialog import assert_laid_out  # noqa: PLC0415
    started_with("--lang", "nb")
    dialog = open_settings(qtbot, ctx)
    assert_laid_out(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.waitUntil(dialog.restart_note.isVisible)
    assert_laid_out(dialog)
