"""Sign-in: field checks where the user typed, sign-in off the UI thread, a specific message for each failure."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from desktop import settings, tasks
from desktop.demo import demo_users
from desktop.shell import login_dialog
from desktop.shell.login_dialog import LoginDialog, portal_address
from domain.text_limits import MAX_EMAIL
from tests.desktop.conftest import ADMIN, PASSWORD
from tests.support import email_samples


pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def dialog(qtbot, data_dir):
    dlg = LoginDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.workspace is not None:
        dlg.workspace.close()


def fill(dialog: LoginDialog, url: str, email: str = ADMIN, password: str = PASSWORD) -> None:
    dialog.url_edit.setText(url)
    dialog.email_edit.setText(email)
    dialog.password_edit.setText(password)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_good_login_opens_a_workspace_and_remembers_the_address(qtbot, dialog, portal_url):
    fill(dialog, portal_url)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None and dialog.workspace.email == ADMIN
    assert settings.get(settings.LAST_PORTAL_URL) == portal_url
    assert settings.get(settings.LAST_EMAIL) == ADMIN


def test_wrong_password_is_said_in_the_dialog_and_the_password_keeps_focus(qtbot, dialog, portal_url):
    fill(dialog, portal_url, password="not-the-password")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy_bar.isVisible(), timeout=15_000)
    assert "password is wrong" in dialog.message_label.text()
    assert dialog.isVisible() and dialog.workspace is None
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.password_edit.isEnabled() and dialog.sign_in_button.isEnabled()


def test_empty_fields_are_marked_beside_each_field_and_nothing_is_sent(dialog):
    fill(dialog, "", "", "")
    dialog.submit()
    assert dialog.url_error.isVisible() and "portal address" in dialog.url_error.text()
    assert dialog.email_error.isVisible() and "e-mail" in dialog.email_error.text()
    assert dialog.password_error.isVisible()
    assert not dialog.busy_bar.isVisible()
    assert dialog.focusWidget() is dialog.url_edit


def test_malformed_address_and_e_mail_are_explained(qtbot, dialog):
    fill(dialog, "http://exa mple", "kari.example.no")
    dialog.submit()
    assert "not a web address" in dialog.url_error.text()
    assert "not an e-mail address" in dialog.email_error.text()
    qtbot.keyClicks(dialog.email_edit, "x")
    assert not dialog.email_error.isVisible()  # the message goes as soon as the user corrects the field


@pytest.mark.parametrize("typed", email_samples.GOOD)
def test_every_good_e_mail_passes_the_shared_rule(dialog, typed):
    dialog.email_edit.setText(typed)
    assert dialog._check_email() == typed.strip()
    assert not dialog.email_error.isVisible()


@pytest.mark.parametrize("typed", email_samples.INVALID)
def test_every_invalid_e_mail_is_refused_by_the_shared_rule(dialog, typed):
    dialog.email_edit.setText(typed)
    assert dialog._check_email() is None
    assert dialog.email_error.text() == "This is not an e-mail address. Write it like name@company.no"


@pytest.mark.parametrize("typed", email_samples.TOO_LONG)
def test_a_too_long_e_mail_says_how_long_it_may_be(dialog, typed):
    fill(dialog, "https://portal.example.no", typed)
    dialog.submit()
    assert dialog.email_error.isVisible()
    assert dialog.email_error.text() == f"An e-mail address can be at most {MAX_EMAIL} characters."
    assert not dialog.busy_bar.isVisible()  # nothing was sent


@pytest.mark.parametrize(("typed", "expected"), [
    ("portal.example.no", "https://portal.example.no"),
    ("https://Portal.Example.no/v1/", "https://portal.example.no"),
    ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
    ("http://localhost:8000", "http://localhost:8000"),
    ("portal", None), ("ftp://portal.example.no", None), ("https://", None), ("", None),
])
def test_portal_address(typed, expected):
    assert portal_address(typed) == expected


def test_unreachable_portal_gives_a_clear_message_without_freezing(qtbot, dialog):
    url = f"http://127.0.0.1:{closed_port()}"
    fill(dialog, url)
    dialog.submit()
    assert dialog.busy_bar.isVisible()           # submit returned at once: the sign-in runs on a worker thread
    assert not dialog.password_edit.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy_bar.isVisible(), timeout=20_000)
    assert "Could not reach the portal" in dialog.message_label.text() and url in dialog.message_label.text()
    assert dialog.password_edit.isEnabled() and dialog.workspace is None


def test_cancel_while_signing_in_drops_the_late_result(qtbot, dialog, portal_url):
    fill(dialog, portal_url)
    dialog.submit()
    dialog.reject()
    qtbot.waitUntil(lambda: not tasks._running, timeout=15_000)  # the sign-in came back after the cancel
    assert dialog.result() == 0 and dialog.workspace is None


def test_without_secure_storage_the_dialog_says_the_login_lasts_only_this_session(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(login_dialog, "secure_storage_available", lambda: False)
    dlg = LoginDialog(data_dir)
    qtbot.addWidget(dlg)
    assert "only until the app closes" in dlg.storage_note.text()
    assert not dlg.remember_box.isChecked() and not dlg.remember_box.isEnabled()


def test_demo_users_fill_in_e_mail_and_password(qtbot, data_dir):
    dlg = LoginDialog(data_dir, portal_url="http://127.0.0.1:1", demo_users=demo_users())
    qtbot.addWidget(dlg)
    assert dlg.url_edit.isReadOnly() and not dlg.remember_box.isChecked()
    assert dlg.email_edit.text() == "admin@example.no" and dlg.password_edit.text() == PASSWORD
    dlg.demo_combo.setCurrentIndex(1)
    assert dlg.email_edit.text() == "kari@example.no"


def test_a_portal_failure_at_sign_in_is_said_without_its_english_text(qtbot, dialog):
    from sync.api.errors import ServerError
    english = "The portal failed (HTTP 503) at http://127.0.0.1:1/v1/auth/token"
    dialog._failed(dialog._attempt, ServerError(english, status=503), "http://127.0.0.1:1")
    shown = dialog.message_label.text()
    assert shown == "The portal could not sign you in right now. Try again in a few minutes."
    assert "HTTP 503" not in shown and "/v1/" not in shown and "portal.server_error" not in shown


# --- the keyboard: Enter signs in, Esc cancels, and a cancel that would quit the app asks first ------------------

@pytest.mark.parametrize("field", ["url_edit", "email_edit", "password_edit"])
def test_enter_in_any_field_signs_in(qtbot, dialog, portal_url, field):
    fill(dialog, portal_url)
    getattr(dialog, field).setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Return)
    assert dialog.workspace is not None and dialog.result() == 1


def test_enter_after_tabbing_past_the_buttons_still_signs_in(qtbot, dialog, portal_url):
    fill(dialog, portal_url)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert dialog.sign_in_button.isDefault() and not cancel.isDefault() and not cancel.autoDefault()
    dialog.password_edit.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Enter)  # the keypad's Enter too


def test_escape_cancels_a_dialog_that_would_not_quit_the_app(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Escape)
    assert dialog.quit_question is None


@pytest.fixture
def first_dialog(qtbot, data_dir):
    dlg = LoginDialog(data_dir, ask_before_quit=True)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _asked(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.quit_question is not None and dlg.quit_question.isVisible(), timeout=5_000)
    return dlg.quit_question


def test_escape_on_the_first_sign_in_asks_and_staying_keeps_the_dialog(qtbot, first_dialog):
    with qtbot.assertNotEmitted(first_dialog.rejected):
        qtbot.keyClick(first_dialog.email_edit, Qt.Key.Key_Escape)
        box = _asked(qtbot, first_dialog)
        assert "Quit Service Portal?" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc on the question means "stay"
        qtbot.waitUntil(lambda: first_dialog.quit_question is None, timeout=5_000)
    assert first_dialog.isVisible()


def test_cancel_on_the_first_sign_in_quits_once_the_user_says_so(qtbot, first_dialog):
    cancel = first_dialog.buttons.button(first_dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = _asked(qtbot, first_dialog)
    quit_button = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    with qtbot.waitSignal(first_dialog.rejected, timeout=5_000):
        qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert not first_dialog.isVisible()


def test_enter_on_the_quit_question_stays(qtbot, first_dialog):
    qtbot.keyClick(first_dialog.password_edit, Qt.Key.Key_Escape)
    box = _asked(qtbot, first_dialog)
    with qtbot.assertNotEmitted(first_dialog.rejected):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the safe answer is the default
        qtbot.waitUntil(lambda: first_dialog.quit_question is None, timeout=5_000)
    assert first_dialog.isVisible()
