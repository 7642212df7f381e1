"""Sign-in to an address that answers but is not a service portal (a plain web server, a web site, another
service's JSON, a 401 intranet): the dialog says so in Norwegian under the address, where the user acts on it, and
tells it apart from "cannot reach" and from "wrong password"."""

from __future__ import annotations

import socket

import pytest

from desktop.shell.login_dialog import LoginDialog
from tests.desktop.conftest import ADMIN, PASSWORD
from tests.support.not_a_portal import KINDS, not_a_portal

pytestmark = pytest.mark.usefixtures("norwegian_ui")

NOT_A_PORTAL = "{url} svarte, men det er ikke en serviceportal. Kontroller portaladressen."


@pytest.fixture
def dialog(qtbot, data_dir):
    dlg = LoginDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.workspace is not None:
        dlg.workspace.close()


def sign_in(qtbot, dialog: LoginDialog, url: str, password: str = PASSWORD) -> None:
    dialog.url_edit.setText(url)
    dialog.email_edit.setText(ADMIN)
    dialog.password_edit.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy_bar.isVisible(), timeout=20_000)


@pytest.mark.parametrize("kind", KINDS)
def test_an_address_that_is_not_a_portal_is_said_under_the_address_in_norwegian(qtbot, dialog, kind):
    with not_a_portal(kind) as url:
        sign_in(qtbot, dialog, url)
    assert dialog.url_error.isVisible() and dialog.url_error.text() == NOT_A_PORTAL.format(url=url)
    assert not dialog.message_label.isVisible()  # not "Signing in…", nor a second message
    assert dialog.focusWidget() is dialog.url_edit and dialog.url_edit.selectedText() == url
    assert dialog.isVisible() and dialog.workspace is None and dialog.sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.url_edit, "x")
    assert not dialog.url_error.isVisible()  # gone as soon as the user corrects the address


def test_not_a_portal_cannot_reach_and_wrong_password_are_three_different_messages(qtbot, dialog, portal_url):
    with not_a_portal("static") as url:
        sign_in(qtbot, dialog, url)
    not_a_portal_text = dialog.url_error.text()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    sign_in(qtbot, dialog, closed)
    unreachable = dialog.message_label.text()
    assert not dialog.url_error.isVisible()
    sign_in(qtbot, dialog, portal_url, password="ikke-passordet")
    wrong_password = dialog.message_label.text()
    assert unreachable.startswith("Fikk ikke kontakt med portalen")
    assert wrong_password.startswith("E-postadressen eller passordet er feil")
    assert "ikke en serviceportal" not in unreachable + wrong_password
    assert len({not_a_portal_text, unreachable, wrong_password}) == 3

