"""The Settings dialog lays out the language's restart note: picking another language shows the note, and the dialog
grows so that no text is drawn over another widget or cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QLabel, QWidget

from desktop import i18n
from desktop.shell.settings_dialog import SettingsDialog


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    previous = QLocale()
    assert i18n.install_language(request.param) == request.param
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


def leaf_widgets(dialog: QWidget) -> list[QWidget]:
    """The visible widgets that draw something of their own (not the holders of others)."""
    return [w for w in dialog.findChildren(QWidget)
            if w.isVisible() and w.isWindow() is False and not w.findChildren(QWidget)
            and w.parentWidget() is not None and w.width() > 0]


def in_dialog(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def assert_laid_out(dialog: SettingsDialog) -> None:
    """No wrapped note (the restart note among them) is drawn over another widget, and each holds all its lines."""
    notes = [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.wordWrap()]
    assert notes
    for note in notes:
        place = in_dialog(note, dialog)
        assert dialog.rect().contains(place), note.text()
        assert note.height() >= note.heightForWidth(note.width()), note.text()
        for other in leaf_widgets(dialog):
            if other is not note:
                assert not place.intersects(in_dialog(other, dialog)), (note.text(), other)
    for widget in leaf_widgets(dialog):  # nothing cut at the dialog's edge (the e-mail check box was)
        assert dialog.rect().contains(in_dialog(widget, dialog)), widget
        assert widget.width() >= widget.minimumSizeHint().width(), widget


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_the_restart_note_shows_without_overlapping_anything(qtbot, language, signed_in, request):
    ctx = request.getfixturevalue("ctx") if signed_in else None
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.restart_note.isVisible()
    before = dialog.height()

    other = 1 - dialog.language_combo.currentIndex()
    dialog.language_combo.setCurrentIndex(other)
    qtbot.waitUntil(dialog.restart_note.isVisible)

    assert dialog.height() > before
    assert_laid_out(dialog)
    restart = {"en": "Restart the app", "nb": "Start appen på nytt"}[language]
    assert dialog.restart_note.text().startswith(restart)


def test_the_note_goes_again_when_the_language_is_put_back(qtbot, language):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.language_combo.currentIndex()
    dialog.language_combo.setCurrentIndex(1 - first)
    dialog.language_combo.setCurrentIndex(first)
    assert not dialog.restart_note.isVisible()
    assert_laid_out(dialog)
