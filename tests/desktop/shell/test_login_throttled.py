"""The sign-in dialog after too many wrong passwords, against the real portal: it says so in the user's language
with the seconds the portal's Retry-After gave, keeps Sign in off while they count down, then lets the user in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from desktop.shell.login_dialog import LoginDialog
from tests.desktop.conftest import PASSWORD
from tests.support.throttled_portal import throttled_portal

KARI = "kari@example.no"

WAIT_TEXTS = {
    "en": ("Too many wrong passwords. Wait 1 second and try again.",
           "Too many wrong passwords. Wait 2 seconds and try again.", "You can sign in again now."),
    "nb": ("For mange feil passord. Vent 1 sekund og prøv igjen.",
           "For mange feil passord. Vent 2 sekunder og prøv igjen.", "Du kan logge inn igjen nå."),
}


@pytest.fixture(params=["en", "nb"])
def language(request, qapp) -> Iterator[str]:
    previous = QLocale()
    assert i18n.install_language(request.param) == request.param
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


@pytest.fixture
def portal(tmp_path):
    with throttled_portal(tmp_path / "portal.sqlite") as served:
        yield served


@pytest.fixture
def dialog(qtbot, data_dir, portal, language):
    dlg = LoginDialog(data_dir, portal_url=portal[0], email=KARI)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.workspace is not None:
        dlg.workspace.close()


def attempt(qtbot, dialog: LoginDialog, password: str) -> str:
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy_bar.isVisible(), timeout=20_000)
    return dialog.message_label.text()


def test_six_wrong_passwords_then_the_wait_in_words_and_a_countdown(qtbot, dialog, portal, language):
    _url, clock = portal
    first_wait, second_wait, again = WAIT_TEXTS[language]
    for n in range(6):
        shown = attempt(qtbot, dialog, f"guess{n}")
        assert dialog.sign_in_button.isEnabled() and "wait" not in shown.lower() and "vent" not in shown.lower()
    assert attempt(qtbot, dialog, PASSWORD) == first_wait  # a right password waits too
    assert not dialog.sign_in_button.isEnabled() and dialog.workspace is None
    assert dialog.password_edit.isEnabled() and dialog.focusWidget() is dialog.password_edit
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter while waiting sends nothing
    assert not dialog.busy_bar.isVisible()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=10_000)  # the countdown ends
    assert dialog.message_label.text() == again

    clock.advance(1.5)  # the portal's lock is over too; one more wrong password locks for 2 s
    attempt(qtbot, dialog, "guess6")
    assert attempt(qtbot, dialog, PASSWORD) == second_wait
    qtbot.waitUntil(lambda: "1" in dialog.message_label.text(), timeout=10_000)  # counts down: 2, 1
    assert dialog.message_label.text() == first_wait
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=10_000)

    clock.advance(2.5)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.workspace is not None and dialog.workspace.email == KARI


def test_no_retry_after_still_says_to_wait_without_a_code(qtbot, data_dir, language):
    from sync.api.errors import SignInThrottled
    dlg = LoginDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg._failed(dlg._attempt, SignInThrottled("Too many (HTTP 429 from http://x/v1/auth/token)", retry_after=None),
                "http://x")
    shown = dlg.message_label.text()
    assert "60" in shown and "429" not in shown and "http" not in shown and "throttled" not in shown
    assert not dlg.sign_in_button.isEnabled()
    dlg.reject()
