"""Entry point (`portal-desktop`, a GUI script: no console window): set up Qt, logging, the language, then open the
remembered login (no network needed) or ask to sign in, and show the main window.

    portal-desktop [--demo] [--data-dir DIR] [--lang nb|en] [--portal URL]

`--lang` applies to this run only; without it the language chosen in Settings is used, and until one is chosen the
system's (Norwegian bokmål for nb, nn and no; English otherwise).

`Shell` is the one place that creates the logic with its views and connects them (Mu's `app.py`): workspace →
AppContext + SyncController → MainWindow, and back to the login dialog when the user signs out.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop import heap, i18n, icons, logs, settings
from desktop.context import AppContext
from desktop.demo import ADMIN, DemoPortal, demo_data_dir, demo_users
from desktop.shell import page_titles
from desktop.shell.about_dialog import app_version
from desktop.shell.carry_over_offer import CarryOverOffer
from desktop.shell.login_dialog import LoginDialog
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController
from desktop.tasks import Task
from desktop.views.widgets.errors import install_excepthook
from sync.account import preferences
from sync.outbox.queue import outbox_counts
from sync.session.paths import (
    DATA_DIR_ENV,
    logs_dir,
    normalize_portal_url,
    resolve_data_dir,
)
from sync.session.workspace import remembered, restore, sign_in, sign_out

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="portal-desktop", description="Service Portal Desktop")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in demo portal and sign in to it (nothing is sent anywhere)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"folder for the local data and logs (default: ${DATA_DIR_ENV} or the user's AppData)")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES),
                        help="interface language for this run: nb (Norwegian bokmål) or en (English); default: the "
                             "one chosen in Settings, else the system's (nb, nn, no → nb; any other → en)")
    parser.add_argument("--portal", metavar="URL", help="portal address to sign in to")
    return parser.parse_args(argv)


class App(QObject):
    """The translation context of the start-up's plurals (see `desktop.i18n` on why not `translate`)."""


class Shell(QObject):
    """Runs the life of one app session: sign in, main window, sign out, quit."""

    def __init__(self, data_dir: Path, *, portal_url: str = "", demo: bool = False) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.portal_url = portal_url
        self.demo = None
        self.window = None
        self.ctx = None
        self.sync = None
        self.login = None
        self.carry_over_offer: CarryOverOffer | None = None
        self.kept_message: QMessageBox | None = None  # shown while the app quits with unsent changes
        self._progress: QProgressDialog | None = None
        if demo:
            self.demo = DemoPortal(self.data_dir)
            self.data_dir = demo_data_dir(self.data_dir)

    # --- starting ----------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.demo is not None:
            self._start_demo()
            return
        workspace = self._restore()
        if workspace is not None and self.portal_url and workspace.portal_url != self.portal_url:
            workspace.close()
            workspace = None
        if workspace is None:
            self.show_login()
        else:
            log.info("Opening the remembered login %s at %s", workspace.email, workspace.portal_url)
            self.open_main(workspace)

    def _restore(self):
        """The remembered login, or None; a cache that cannot be opened is logged and means "sign in again"."""
        try:
            return restore(self.data_dir)
        except Exception:  # noqa: BLE001 - the login dialog is the way out of any broken remembered state
            log.exception("Could not open the remembered login in %s", self.data_dir)
            return None

    def show_login(self, *, email: str = "", message: str = "") -> None:
        profile = remembered(self.data_dir)
        users = demo_users() if self.demo is not None else ()
        url = self.demo.url if self.demo is not None else self.portal_url or (profile.portal_url if profile else "")
        self.login = LoginDialog(self.data_dir, portal_url=url, email=email or (profile.email if profile else ""),
                                 demo_users=users, message=message, ask_before_quit=self.window is None)
        self.login.accepted.connect(lambda: self.open_main(self.login.workspace))
        self.login.rejected.connect(self._login_cancelled)
        self.login.show()

    def open_main(self, workspace) -> None:
        self.ctx = AppContext(workspace)
        self.sync = SyncController(workspace, interval_minutes=settings.get(settings.SYNC_INTERVAL_MINUTES))
        self.window = MainWindow(self.ctx, self.sync)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.sign_in_again_requested.connect(self.sign_in_again)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        QTimer.singleShot(0, heap.freeze_long_lived)  # after the first paint: see desktop.heap
        self.carry_over_offer = CarryOverOffer(self.ctx, self.window)  # unsent work left under another address
        self.carry_over_offer.finished.connect(self._carried_over)
        self.carry_over_offer.start()
        self.sync.sync_finished.connect(self._first_sync_finished, Qt.ConnectionType.SingleShotConnection)
        self._tell_portal_the_language()
        self.sync.start()

    def _tell_portal_the_language(self) -> None:
        """The portal's service desk (and the demo agent) writes to the user in the language it knows them by: the
        one they read the app in now. Queued only when the portal's differs, so it also goes out after an offline
        start, and once."""
        ctx = self.ctx
        ctx.write(preferences.queue_language, i18n.current_language()).run_on(ctx.db_pool)

    def _carried_over(self, carried: int) -> None:
        if carried and self.sync is not None:
            self.sync.request_sync()

    def _first_sync_finished(self, _report: object) -> None:
        heap.freeze_long_lived()  # the sync thread has imported the HTTP stack and the wire models by now

    def _login_cancelled(self) -> None:
        if self.window is None:
            QApplication.quit()

    # --- demo --------------------------------------------------------------------------------------------------

    def _start_demo(self) -> None:
        self._progress = QProgressDialog(translate("App", "Starting the demo portal…"),
                                         translate("App", "Cancel"), 0, 0)
        self._progress.setWindowTitle(translate("App", "Service Portal demo"))
        self._progress.setWindowIcon(icons.app_icon())
        self._progress.setMinimumDuration(0)
        self._progress.setMinimumWidth(360)
        self._progress.canceled.connect(self._progress_cancelled)
        self._progress.show()
        self.demo.ready.connect(self._demo_ready)
        self.demo.failed.connect(self._demo_failed)
        self.demo.start()

    def _demo_ready(self, url: str) -> None:
        self._progress.setLabelText(translate("App", "Signing in as the demo administrator…"))
        (Task(sign_in, self.data_dir, url, ADMIN.email, ADMIN.password, remember=False)
         .success(self._demo_signed_in).failure(self._demo_sign_in_failed)
         .run_on(QThreadPool.globalInstance()))

    def _demo_signed_in(self, workspace) -> None:
        self._close_progress()
        self.open_main(workspace)

    def _demo_sign_in_failed(self, error: BaseException) -> None:
        self._close_progress()
        log.error("Demo sign-in failed: %r", error)
        self.show_login(message=translate(
            "App", "The demo portal is running, but signing in failed. Pick a demo user and try again."))

    def _demo_failed(self, log_tail: str) -> None:
        self._close_progress()
        log.error("The demo portal did not start:\n%s", log_tail)
        text = translate("App", "The demo portal could not be started. Details were written to the log folder:\n"
                                "{folder}").format(folder=str(logs.log_folder()))
        QMessageBox.critical(None, translate("App", "Demo not available"), text)
        QApplication.quit()

    def _close_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.close()  # emits `canceled`; _progress_cancelled ignores it now that _progress is None
            progress.deleteLater()

    def _progress_cancelled(self) -> None:
        if self._progress is not None:
            QApplication.quit()

    # --- leaving -----------------------------------------------------------------------------------------------

    def sign_out(self) -> None:
        self._leave(forget=True, message="")

    def sign_in_again(self) -> None:
        self._leave(forget=False, message=translate(
            "App", "Your session at the portal has ended. Sign in again to send your changes; they are kept on this "
                   "computer."))

    def _leave(self, *, forget: bool, message: str) -> None:
        """Close the window, then sign out (the portal is told if it can be reached) and show the login dialog once
        that is done, so a quick new sign-in cannot race the old one's clean-up."""
        workspace = self._close_main()
        if workspace is None:
            return
        self._progress = QProgressDialog(translate("App", "Signing out…"), "", 0, 0)
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle(page_titles.app_display_name())
        self._progress.setMinimumDuration(500)

        def done(_left: object = None) -> None:
            self._close_progress()
            self.show_login(email=workspace.email, message=message)

        def failed(error: BaseException) -> None:
            log.error("Sign-out failed: %r", error, exc_info=error)
            done()

        Task(sign_out, workspace, forget=forget).success(done).failure(failed).run_on(QThreadPool.globalInstance())

    def _close_main(self):
        """Stop syncing, let queued writes finish and close the window; returns the workspace it had open."""
        if self.window is None:
            return None
        window, self.window = self.window, None
        window.closed.disconnect(self._window_closed)
        window.close()
        window.deleteLater()
        return self._stop_work()

    def _window_closed(self) -> None:
        self.window = None
        workspace = self._stop_work()
        waiting = 0
        if workspace is not None:
            counts = outbox_counts(workspace.engine)
            waiting = counts.queued + counts.sending
            workspace.close()
        if waiting:
            self._say_changes_are_kept(waiting)
        else:
            QApplication.quit()

    def _say_changes_are_kept(self, waiting: int) -> None:
        """Quitting with unsent changes: a short word that they are safe (they are not lost, so nothing to ask)."""
        box = QMessageBox(QMessageBox.Icon.Information, translate("App", "Service Portal"), App.tr(
            "%n change(s) not sent yet are kept on this computer and sent the next time you start Service "
                   "Portal.", "", waiting))
        box.setWindowIcon(icons.app_icon())
        box.finished.connect(QApplication.quit)
        self.kept_message = box
        box.open()

    def _stop_work(self):
        workspace = self.ctx.workspace if self.ctx is not None else None
        if self.sync is not None:
            self.sync.stop()
            self.sync.deleteLater()
            self.sync = None
        if self.ctx is not None:
            self.ctx.wait_idle()
            self.ctx = None
        return workspace

    def shutdown(self) -> None:
        """At quit, whatever state we are in: no thread or child process may outlive the app."""
        if self.window is not None:
            self.window.save_state()
        workspace = self._stop_work()
        if workspace is not None:
            workspace.close()
        if self.demo is not None:
            self.demo.stop()
        QThreadPool.globalInstance().waitForDone(5_000)


def install_language(args: argparse.Namespace) -> str:
    """The interface language: `--lang` for this run only, else the one saved in Settings (the system's until one
    is saved). Returns the language installed."""
    if args.lang:
        return i18n.install_language(args.lang, this_run_only=True)
    return i18n.install_language(settings.get(settings.LANGUAGE))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(app_version())
    app.setWindowIcon(icons.app_icon())
    app.setQuitOnLastWindowClosed(False)
    _follow_dark_mode(app)
    data_dir = resolve_data_dir(args.data_dir)
    logs.setup_logging(logs_dir(data_dir))
    install_excepthook()
    language = install_language(args)
    app.setApplicationDisplayName(page_titles.app_display_name())  # translated: the window system appends it
    log.info("Service Portal Desktop %s starting (data %s, language %s, demo %s)", app_version(), data_dir,
             language, args.demo)
    portal_url = ""
    if args.portal:
        try:
            portal_url = normalize_portal_url(args.portal)
        except ValueError:
            log.warning("Ignoring the malformed --portal %r", args.portal)
    shell = Shell(data_dir, portal_url=portal_url, demo=args.demo)
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return app.exec()


def _follow_dark_mode(app: QApplication) -> None:
    """Windows' classic style draws light whatever the system says; Fusion follows the dark palette Qt provides."""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")


if __name__ == "__main__":
    sys.exit(main())
