"""Sign-in: portal address, e-mail, password and "remember me".

Mistakes are caught where they were typed (a message under the field); the sign-in itself runs on a worker thread
with a busy indicator, so the dialog never freezes, and each way it can fail (wrong password, no answer, an address
that answers but is not a portal: said under the address) gets its own message. On success `workspace` holds the
signed-in `sync.session.workspace.Workspace` and the dialog is accepted.

Enter signs in (Sign in is the default button, Cancel never is) and Esc cancels. When cancelling would quit the app
(`ask_before_quit`), the dialog asks first; a sign-in on its way goes on while it asks.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop import icons, settings
from desktop.tasks import Task
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.messages import error_label, set_error, with_error
from domain import problems
from domain.email import email_problem
from domain.text_limits import MAX_EMAIL
from sync.api.credentials import secure_storage_available
from sync.api.errors import (
    AuthFailed,
    BadAnswer,
    NotAPortal,
    PortalError,
    PortalUnreachable,
    SignInThrottled,
)
from sync.session.paths import normalize_portal_url
from sync.session.workspace import Workspace, sign_in

log = logging.getLogger(__name__)

UNKNOWN_WAIT_SECONDS = 60
"""How long Sign in stays off after too many wrong passwords when the portal gave no Retry-After (its longest lock)."""


@dataclass(frozen=True)
class DemoUser:
    email: str
    label: str
    password: str = "demo1234"


class LoginDialog(QDialog):
    signed_in = Signal(object)  # the Workspace, just before the dialog is accepted

    def __init__(self, data_dir: Path, *, portal_url: str = "", email: str = "",
                 demo_users: Sequence[DemoUser] = (), message: str = "", ask_before_quit: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.ask_before_quit = ask_before_quit
        self.quit_question: QMessageBox | None = None
        self.workspace: Workspace | None = None
        self._attempt = 0
        self._busy = False
        self._wait_left = 0  # seconds until the portal takes a sign-in again, after too many wrong passwords
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._count_down)
        self._demo_users = tuple(demo_users)
        self.setWindowTitle(self.tr("Sign in – Service Portal"))
        self.setWindowIcon(icons.app_icon())
        self._make_widgets()
        self._layout(message)
        self._fill(portal_url, email)

    # --- building ----------------------------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.demo_combo = QComboBox()
        for user in self._demo_users:
            self.demo_combo.addItem(user.label, user)
        self.demo_combo.currentIndexChanged.connect(self._pick_demo_user)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://portal.example.no")
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@company.no"))
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember me on this computer"))
        self.remember_box.setChecked(True)
        self.url_error, self.email_error, self.password_error = error_label(), error_label(), error_label()
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Sign-in message"))
        self._message_icon = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setAccessibleName(self.tr("Signing in"))
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # a focused Cancel must not take Enter away from signing in
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for edit, error in ((self.url_edit, self.url_error), (self.email_edit, self.email_error),
                            (self.password_edit, self.password_error)):
            edit.textEdited.connect(lambda _text, e=error: set_error(e, ""))
            edit.textEdited.connect(lambda _text: self._wait_left or self._show_message(""))  # a countdown stays
        self.url_edit.editingFinished.connect(lambda: self._check_url(quiet_if_empty=True))
        self.email_edit.editingFinished.connect(lambda: self._check_email(quiet_if_empty=True))

    def _layout(self, message: str) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if self._demo_users:
            form.addRow(self.tr("&Demo user:"), self.demo_combo)
        form.addRow(self.tr("&Portal address:"), with_error(self.url_edit, self.url_error))
        form.addRow(self.tr("&E-mail:"), with_error(self.email_edit, self.email_error))
        form.addRow(self.tr("Pass&word:"), with_error(self.password_edit, self.password_error))
        form.addRow("", self.remember_box)
        for label_text, edit in ((self.tr("Portal address"), self.url_edit), (self.tr("E-mail"), self.email_edit),
                                 (self.tr("Password"), self.password_edit)):
            edit.setAccessibleName(label_text)
        intro = QLabel(self.tr("Sign in with your service portal account. After the first sign-in the app also "
                               "works without a network connection."))
        intro.setWordWrap(True)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if not secure_storage_available():
            layout.addWidget(self._storage_note())
        layout.addLayout(message_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.sign_in_button.setDefault(True)  # only now: a button learns its dialog when it is placed in it
        self.setMinimumWidth(520)
        self._show_message(message)

    def _storage_note(self) -> QLabel:
        self.storage_note = QLabel(self.tr(
            "This computer has no secure password storage, so your sign-in is kept only until the app closes. "
            "You will be asked to sign in again next time."))
        self.storage_note.setWordWrap(True)
        self.remember_box.setChecked(False)
        self.remember_box.setEnabled(False)
        return self.storage_note

    def _fill(self, portal_url: str, email: str) -> None:
        self.url_edit.setText(portal_url or settings.get(settings.LAST_PORTAL_URL))
        self.email_edit.setText(email or settings.get(settings.LAST_EMAIL))
        if self._demo_users:  # the demo portal lives for this session only: nothing to remember
            self.url_edit.setReadOnly(True)
            self.remember_box.setChecked(False)
            self.remember_box.hide()
            self._pick_demo_user(self.demo_combo.currentIndex())
        first_empty = next((e for e in (self.url_edit, self.email_edit) if not e.text()), self.password_edit)
        first_empty.setFocus()

    def _pick_demo_user(self, index: int) -> None:
        user = self.demo_combo.itemData(index)
        if user is not None:
            self.email_edit.setText(user.email)
            self.password_edit.setText(user.password)

    # --- validation --------------------------------------------------------------------------------------------

    def _check_url(self, *, quiet_if_empty: bool = False) -> str | None:
        text = self.url_edit.text().strip()
        if not text:
            set_error(self.url_error, "" if quiet_if_empty else self.tr("Enter the portal address."))
            return None
        url = portal_address(text)
        if url is None:
            set_error(self.url_error, self.tr("This is not a web address. Write it like https://portal.example.no"))
            return None
        set_error(self.url_error, "")
        return url

    def _check_email(self, *, quiet_if_empty: bool = False) -> str | None:
        text = self.email_edit.text().strip()
        problem = email_problem(text)
        if problem == problems.EMAIL_MISSING:
            set_error(self.email_error, "" if quiet_if_empty else self.tr("Enter your e-mail address."))
        elif problem == problems.EMAIL_TOO_LONG:
            set_error(self.email_error, self.tr("An e-mail address can be at most %Ln character(s).", "",
                                                          MAX_EMAIL))
        elif problem:
            set_error(self.email_error, self.tr("This is not an e-mail address. Write it like name@company.no"))
        else:
            set_error(self.email_error, "")
        return None if problem else text

    def _check_password(self) -> str | None:
        text = self.password_edit.text()
        set_error(self.password_error, "" if text else self.tr("Enter your password."))
        return text or None

    # --- signing in --------------------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy or self._wait_left:
            return
        self._show_message("")
        url, email, password = self._check_url(), self._check_email(), self._check_password()
        if url is None or email is None or password is None:
            first_bad = next(e for e, ok in ((self.url_edit, url), (self.email_edit, email),
                                             (self.password_edit, password)) if ok is None)
            first_bad.setFocus()
            self._refit()
            return
        self._attempt += 1
        attempt = self._attempt
        self._set_busy(True)
        remember = self.remember_box.isChecked()
        (Task(sign_in, self.data_dir, url, email, password, remember=remember)
         .success(lambda ws: self._signed_in(attempt, ws, url, email))
         .failure(lambda error: self._failed(attempt, error, url))
         .run_on(QThreadPool.globalInstance()))

    def reject(self) -> None:
        """Cancel (the button, Esc or closing the window); asks first when that would quit the app."""
        if self.ask_before_quit:
            self._ask_to_quit()
            return
        self._cancel()

    def _cancel(self) -> None:
        self._attempt += 1  # a sign-in still on its way is dropped when it arrives
        self._wait_timer.stop()
        self._set_busy(False)
        super().reject()

    def _ask_to_quit(self) -> None:
        if self.quit_question is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Service Portal?"),
                          self.tr("You are not signed in. Quit Service Portal?"), parent=self)
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Stay and sign in"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.quit_question = box

        def answered() -> None:
            self.quit_question = None
            box.deleteLater()
            if box.clickedButton() is quit_button:
                self._cancel()

        box.finished.connect(answered)
        box.open()

    def _signed_in(self, attempt: int, workspace: Workspace, url: str, email: str) -> None:
        if attempt != self._attempt:
            workspace.close()
            return
        self._set_busy(False)
        settings.put(settings.LAST_PORTAL_URL, url)
        settings.put(settings.LAST_EMAIL, email)
        self.workspace = workspace
        self.signed_in.emit(workspace)
        self.accept()

    def _failed(self, attempt: int, error: BaseException, url: str) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(False)
        if isinstance(error, AuthFailed):
            self._show_message(self.tr("The e-mail address or the password is wrong. Check them and try again."))
            self.password_edit.setFocus()
            self.password_edit.selectAll()
        elif isinstance(error, PortalUnreachable):
            self._show_message(self.tr("Could not reach the portal at {url}. Check the address and your network "
                                       "connection, then try again.").format(url=url))
            self.password_edit.setFocus()
        elif isinstance(error, NotAPortal):
            log.info("Not a service portal at %s: %s", url, error)
            self._show_message("")
            set_error(self.url_error, self.tr("{url} answered, but it is not a service portal. Check the portal "
                                              "address.").format(url=url))
            self.url_edit.setFocus()
            self.url_edit.selectAll()
        elif isinstance(error, BadAnswer):
            log.warning("Sign-in got an answer it cannot read: %s", error)
            self._show_message(self.tr("The portal at {url} answered in a way the app cannot read (a proxy in the "
                                       "way, or a portal of another version). Try again later; if it stays so, ask "
                                       "your IT department.").format(url=url))
            self.password_edit.setFocus()
        elif isinstance(error, SignInThrottled):
            log.info("Sign-in throttled: %s", error)
            self._wait(error.retry_after)
        elif isinstance(error, PortalError):
            log.warning("Sign-in failed (%s): %s", error.code, error)  # the code and the English are for the log
            self._show_message(self.tr("The portal could not sign you in right now. Try again in a few minutes."))
            self.password_edit.setFocus()
        else:
            show_error(error)

    def _wait(self, retry_after: float | None) -> None:
        """Too many wrong passwords: the portal takes no sign-in (not even a right one) for a while, so Sign in is
        off for those seconds and the message counts them down; the fields stay open to correct the password."""
        self._wait_left = max(1, math.ceil(retry_after)) if retry_after is not None else UNKNOWN_WAIT_SECONDS
        self.sign_in_button.setEnabled(False)
        self._show_wait()
        self._wait_timer.start()
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def _count_down(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._wait_timer.stop()
        self.sign_in_button.setEnabled(not self._busy)
        self._show_message(self.tr("You can sign in again now."), icon=False)

    def _show_wait(self) -> None:
        self._show_message(self.tr("Too many wrong passwords. Wait %n second(s) and try again.", "", self._wait_left))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.demo_combo, self.url_edit, self.email_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        self.remember_box.setEnabled(not busy and secure_storage_available())  # hidden in the demo
        if busy:
            self._show_message(self.tr("Signing in…"), icon=False)

    def _refit(self) -> None:
        if self.isVisible():
            self.layout().activate()
            self._fit_height()

    def _fit_height(self) -> None:
        """Wrapped messages change the height the form needs; a top-level layout does not follow that by itself."""
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.height():
            self.resize(self.width(), needed)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._fit_height)
        return super().event(event)

    def _show_message(self, text: str, *, icon: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        shown = bool(text) and icon
        self._message_icon.setVisible(shown)
        if shown:
            self._message_icon.setPixmap(icons.icon("warning").pixmap(QSize(20, 20)))
        self._refit()


def portal_address(text: str) -> str | None:
    """The portal address as typed ("portal.example.no" means https), normalised; None when it is not one."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        url = normalize_portal_url(text)
    except ValueError:
        return None
    host = urlsplit(url).hostname or ""
    return url if host == "localhost" or "." in host or ":" in host else None
