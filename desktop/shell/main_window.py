"""The main window: navigation on the left, one page per area on the right, menus, the sync status bar.

It wires the pieces and holds no business logic: the sync controller's signals become status-bar updates and
`ctx.broadcast` calls; the pages' intents (Ctrl+N, Ctrl+F) go to the page on screen. Signing out and
signing in again are asked of the user here and carried out by the app shell (`desktop.app`), which listens to
`sign_out_requested` and `sign_in_again_requested`.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop import icons, logs, settings
from desktop.context import AppContext
from desktop.shell import page_titles
from desktop.shell.about_dialog import AboutDialog
from desktop.shell.area_list import AreaList
from desktop.shell.notifications import Notifier
from desktop.shell.page import Badge, Navigation
from desktop.shell.pages import PAGES, PageSpec
from desktop.shell.status_bar import SyncStatusBar
from desktop.shell.sync_problems import sync_problem_text
from desktop.shell.sync_worker import SyncController
from sync.account import queries as account_queries
from sync.cache import state as cache_state
from sync.outbox import queue as outbox

log = logging.getLogger(__name__)

LOCAL_CHANGE_PUSH_DELAY_MS = 1_500
"""A change made here is sent this long after it was queued (when online), so a burst of edits goes in one round."""
COMPACT_NAVIGATION_BELOW = 1180
"""A window narrower than this shows only the navigation's icons: at 1024 the products list beside a machine's
detail scrolled sideways by two columns with the whole entries."""


class WindowNavigation(Navigation):
    """What the pages ask of the window (see `desktop.shell.page`)."""

    def __init__(self, window: "MainWindow") -> None:
        self._window = window

    def open_case(self, case_id: str) -> None:
        self._window.show_case(case_id)

    def new_case(self, **prefill: object) -> None:
        self._window.open_new_case(**prefill)

    def show_cases_of(self, serial: str) -> None:
        self._window.show_cases_of(serial)

    def show_page(self, key: str, *, filter_name: str | None = None, item_id: str | None = None) -> None:
        self._window.show_page(key, filter_name=filter_name, item_id=item_id)

    def report_on(self, serials: tuple[str, ...]) -> None:
        page = self._window.show_page("reports")
        if page is not None:
            page.choose_machines(serials)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()       # the user confirmed signing out
    sign_in_again_requested = Signal()  # the portal ended the session and the user wants to sign in again
    closed = Signal()

    def __init__(self, ctx: AppContext, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self._auth_prompted = False
        self._leaving = False  # sign-out confirmed: close without asking the pages again
        user = account_queries.current_user(ctx.engine)
        self.page_specs = {spec.key: spec for spec in PAGES if spec.visible(user)}
        """The areas the signed-in user has, in navigation order; `_follow_role` keeps it true when their role
        changes at a sync."""
        self.navigation = WindowNavigation(self)
        self.pages: dict[str, QWidget] = {}  # the pages built so far: each is built when first shown or asked for
        self._holders: dict[str, QWidget] = {}
        self.setWindowIcon(icons.app_icon())
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)
        self.tray = self._make_tray()
        self.notifier = Notifier(ctx, self.tray, lambda text: self.status.showMessage(text, 15_000), self)
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(LOCAL_CHANGE_PUSH_DELAY_MS)
        self._push_timer.timeout.connect(self.sync.request_sync)
        self._badge_timer = QTimer(self)  # one count for the several entities one change announces
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(0)
        self._badge_timer.timeout.connect(self._count_badges)
        self._badges_due: set[str] = set()
        self._connect()
        self._update_title()
        self._refresh_status()
        self._count_badges(set(self.page_specs))
        self.restore_state()
        self.notifier.check()  # what earlier syncs brought while the app was closed

    # --- building ----------------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.nav = AreaList()
        self.stack = QStackedWidget()
        for row, spec in enumerate(self.page_specs.values()):
            self._add_area_entry(row, spec)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        # never narrower than its longest entry with a badge: a width remembered from an older version (or dragged)
        # cut "Saker (1 venter på …"
        self.nav.setMinimumWidth(self.navigation_width())
        self._fit_navigation()

    def _add_area_entry(self, row: int, spec: PageSpec) -> None:
        """The area's navigation entry and the holder its page is built into, at `row`."""
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._holders[spec.key] = holder
        self.stack.insertWidget(row, holder)
        self.nav.insert_area(row, spec.key, icons.icon(spec.icon), spec.title())

    def navigation_width(self) -> int:
        """The navigation's width now: its longest entry's, or only the icons' in a narrow window."""
        return self.nav.wanted_width()

    def _fit_navigation(self) -> None:
        """Only the icons below COMPACT_NAVIGATION_BELOW pixels wide, where a list beside a detail needs the room."""
        self.nav.set_compact(self.width() < COMPACT_NAVIGATION_BELOW)
        width, sizes = self.nav.wanted_width(), self.splitter.sizes()
        if sizes[0] < width or (self.nav.compact and sizes[0] != width):  # the page takes what the icons leave
            self.splitter.setSizes([width, max(sum(sizes) - width, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_navigation()

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New…"), QKeySequence.StandardKey.New, self.new_item,
                                       self.tr("Create something new on this page, e.g. a meter reading"))
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_search,
                                        self.tr("Search on this page"))
        self.print_action = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_page,
                                         self.tr("Print what this page shows"))
        self.sync_action = self._action(self.tr("&Sync now"), QKeySequence(Qt.Key.Key_F5), self.sync.request_sync,
                                        self.tr("Send your changes and fetch the latest data from the portal"))
        self.sync_action.setIcon(icons.icon("sync"))
        self.import_action = self._action(self.tr("&Import readings…"), QKeySequence(self.tr("Ctrl+I")),
                                          self.import_readings, self.tr("Read meter readings from a CSV file"))
        self.settings_action = self._action(self.tr("S&ettings…"), QKeySequence(self.tr("Ctrl+,")),
                                            self.open_settings)
        self.sign_out_action = self._action(self.tr("Sign &out…"), None, self.confirm_sign_out)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence(self.tr("Ctrl+Q")), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(self.tr("&About Service Portal Desktop"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_action = self._action(self.tr("Open the &log folder"), None, self.open_log_folder)
        self.page_group = QActionGroup(self)
        self.page_actions: dict[str, QAction] = {}
        for key, spec in self.page_specs.items():
            self._add_area_action(key, spec)
        self._number_area_actions()

    def _add_area_action(self, key: str, spec: PageSpec) -> None:
        action = self._action(spec.title(), None, lambda _checked=False, k=key: self.show_page(k))
        action.setCheckable(True)
        self.page_group.addAction(action)
        self.page_actions[key] = action

    def _number_area_actions(self) -> None:
        """Ctrl+1, Ctrl+2, … in navigation order (again after an area came or went)."""
        for number, key in enumerate(self.page_specs, start=1):
            self.page_actions[key].setShortcut(QKeySequence(f"Ctrl+{number}"))

    def _action(self, text: str, shortcut, slot: Callable, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.page_actions.values():
            self.view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.log_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(icons.app_icon(), self)
        tray.setToolTip(page_titles.app_display_name())
        tray.activated.connect(lambda _reason: self._bring_to_front())
        tray.show()
        return tray

    def _connect(self) -> None:
        self.status.sync_requested.connect(self.sync.request_sync)
        self.status.rejected_clicked.connect(self.show_rejected)
        self.status.pending_clicked.connect(lambda: self.show_page("pending", filter_name="waiting"))
        self.sync.sync_started.connect(self.status.show_sync_started)
        self.sync.sync_progress.connect(self.status.show_sync_progress)
        self.sync.sync_finished.connect(self._on_sync_finished)
        self.sync.auth_required.connect(self._on_auth_required)
        self.ctx.changes_broadcast.connect(self._on_changes)
        self.ctx.sync_status_changed.connect(self._refresh_status)  # bound slots: dropped with the window
        self.notifier.open_requested.connect(self.open_notice)

    # --- pages -------------------------------------------------------------------------------------------------

    def current_page_key(self) -> str:
        return self.nav.current_key()

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self.page(key) if key else None

    def page(self, key: str) -> QWidget:
        """The page of area `key`, built on first use: the window paints with only the page it opens on."""
        if key not in self.pages:
            page = self.page_specs[key].page_class()(self.ctx, self.navigation)
            self.pages[key] = page
            self._holders[key].layout().addWidget(page)
            page.status_message.connect(lambda text: self.status.showMessage(text, 8_000))
        return self.pages[key]

    def show_page(self, key: str, *, filter_name: str | None = None, item_id: str | None = None) -> QWidget | None:
        keys = list(self.page_specs)
        if key not in keys:
            return None
        self.nav.setCurrentRow(keys.index(key))
        page = self.page(key)
        if filter_name:
            page.show_filter(filter_name)
        if item_id is not None:
            page.select_item(item_id)
        return page

    def show_rejected(self, seq: str | None = None) -> None:
        self._bring_to_front()
        self.show_page("pending", filter_name="rejected", item_id=seq)

    def show_case(self, case_id: str) -> None:
        self._bring_to_front()
        self.show_page("cases").show_case(case_id)

    def open_notice(self, entity: str, entity_id: str) -> None:
        """A click on a notification: the case or order it was about, or the rejected change."""
        if entity == "case":
            self.show_case(entity_id)
        elif entity == "order":
            self._bring_to_front()
            self.show_page("orders", item_id=entity_id)
        else:
            self.show_rejected(entity_id)

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key = self.current_page_key()
        self.page_actions[key].setChecked(True)
        page = self.page(key)
        self.new_action.setEnabled(page.has_new)
        self.find_action.setEnabled(page.has_find)
        self.print_action.setEnabled(page.has_print)
        self._update_title()

    def new_item(self) -> None:
        page = self.current_page()
        if page is not None and page.has_new:
            page.new_item()

    def print_page(self) -> None:
        page = self.current_page()
        if page is not None and page.has_print:
            page.print_page()

    def show_cases_of(self, serial: str) -> None:
        """Every case of one machine: the cases page, all states, searched by its serial."""
        self.show_page("cases").show_search("all", serial)

    def open_new_case(self, **prefill: object):
        """The new-case dialog (from the cases page, Self-help or elsewhere); `prefill` goes to the dialog."""
        return self.page("cases").open_new_case(**prefill)

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and page.has_find:
            page.focus_search()

    def import_readings(self) -> None:
        from desktop.views.readings.import_readings_dialog import open_import_dialog  # noqa: PLC0415 - opened rarely
        open_import_dialog(self.ctx, self)

    # --- sync --------------------------------------------------------------------------------------------------

    def _on_sync_finished(self, report) -> None:
        self.status.show_sync_finished()
        self.ctx.broadcast(report.changed, initiator=self.sync, pulled=True)
        self.status.set_online(report.online, auth_needed=report.auth_required)
        self._refresh_status()
        self.ctx.sync_status_changed.emit()
        self.notifier.check()
        if report.rejected:
            self._notify_rejected(report.rejected)
        elif report.error and not report.auth_required:
            # the connection indicator beside it already says "Offline": the message says what that means
            text = (self.tr("Your changes are kept and sent when the portal can be reached.")
                    if not report.online else self.tr("Sync did not finish: {reason}").format(
                        reason=sync_problem_text(report.error_code)))
            self.status.showMessage(text, 10_000)

    def _notify_rejected(self, count: int) -> None:
        """The status bar says so; the tray message comes from the rejection's notice (`desktop.shell.notifications`)."""
        self.status.showMessage(self.tr("The portal rejected %n change(s)", "", count), 15_000)

    def _on_auth_required(self) -> None:
        self.status.set_online(True, auth_needed=True)
        if self._auth_prompted:
            return
        self._auth_prompted = True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sign in again"), self.tr(
            "The portal has ended your session, so changes cannot be sent or fetched. Sign in again to continue. "
            "Your unsent changes are kept on this computer."), QMessageBox.StandardButton.NoButton, self)
        sign_in = box.addButton(self.tr("Sign in…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._sign_in_again_confirmed() if button is sign_in else None)
        box.finished.connect(box.deleteLater)
        self.auth_box = box
        box.open()

    def _refresh_status(self) -> None:
        counts = outbox.outbox_counts(self.ctx.engine)
        self.status.show_counts(counts)
        self.status.show_last_sync(cache_state.sync_status(self.ctx.engine))
        self._badge_due("outbox")

    def _count_badges(self, keys: set[str] | None = None) -> None:
        """Count the navigation badges of `keys` (else of those marked due) on the database thread: on a big case
        list a count takes tens of milliseconds, which the first paint and typing should not wait for."""
        for key in sorted(keys if keys is not None else self._badges_due):
            badge = self.page_specs[key].badge_function()
            if badge is not None:
                (self.ctx.write(badge)
                 .success(lambda found, k=key: self._show_badge(k, found))
                 .failure(lambda error, k=key: log.warning("could not count the badge of %s: %s", k, error))
                 .run_on(self.ctx.db_pool))
        self._badges_due.clear()

    def _show_badge(self, key: str, badge: Badge) -> None:
        if key not in self.page_specs:  # the area went (a role change) while its badge was counted
            return
        self.nav.show_badge(list(self.page_specs).index(key), badge, icons.icon(badge.icon) if badge.icon else None)

    def _sign_in_again_confirmed(self) -> None:
        if self.pages_may_close():
            self._leaving = True
            self.sign_in_again_requested.emit()

    def _on_changes(self, changed, initiator) -> None:
        """A write made here that queued a request (its changes name the outbox) is sent soon; a sync round's own
        changes are not. The status bar hears of the outbox through `sync_status_changed`."""
        if "outbox" in changed and initiator is not self.sync:
            self._push_timer.start()
        if "me" in changed:
            self._follow_role()
        for entity in changed:
            self._badge_due(entity)

    def _follow_role(self) -> None:
        """The signed-in user's role changed at a sync (an administrator made them one, or took it back): the areas
        they now have come, those they lost go, without a restart. The page on screen stays unless it went."""
        user = account_queries.current_user(self.ctx.engine)
        wanted = {spec.key: spec for spec in PAGES if spec.visible(user)}
        if list(wanted) == list(self.page_specs):
            return
        current = self.current_page_key()
        self.nav.blockSignals(True)
        for key in [k for k in self.page_specs if k not in wanted]:
            self._remove_area(key)
        for row, (key, spec) in enumerate(wanted.items()):
            if key not in self.page_specs:
                self._add_area_entry(row, spec)
                self._add_area_action(key, spec)
        self.page_specs = wanted
        self.nav.blockSignals(False)
        self.view_menu.clear()
        for key in self.page_specs:
            self.view_menu.addAction(self.page_actions[key])
        self._number_area_actions()
        self.show_page(current if current in self.page_specs else next(iter(self.page_specs)))
        self._page_chosen(self.nav.currentRow())
        self._count_badges(set(wanted))

    def _remove_area(self, key: str) -> None:
        row = list(self.page_specs).index(key)
        self.nav.takeItem(row)
        holder = self._holders.pop(key)
        self.stack.removeWidget(holder)
        holder.deleteLater()  # with its page, if it was built
        self.pages.pop(key, None)
        action = self.page_actions.pop(key)
        self.page_group.removeAction(action)
        self.removeAction(action)
        action.deleteLater()
        del self.page_specs[key]

    def _badge_due(self, entity: str) -> None:
        """A change of `entity` makes the badges that count it count again (once for a burst of entities)."""
        due = {key for key, spec in self.page_specs.items() if entity in spec.badge_entities}
        if due:
            self._badges_due |= due
            self._badge_timer.start()

    # --- dialogs -----------------------------------------------------------------------------------------------

    def pages_may_close(self) -> bool:
        """Ask each page with unsaved input (e.g. a half-typed meter round) before it is thrown away."""
        for key, page in list(self.pages.items()):
            if page.has_unsaved_changes():
                self.show_page(key)
                if not page.confirm_leave():
                    return False
        return True

    def confirm_sign_out(self) -> None:
        if not self.pages_may_close():
            return
        ws = self.ctx.workspace
        counts = outbox.outbox_counts(self.ctx.engine)
        count = counts.pending + counts.rejected
        lines = []
        if counts.pending:
            lines.append(self.tr("%n change(s) have not reached the portal yet. They stay on this computer and are "
                                 "sent the next time you sign in as {email}.", "", counts.pending)
                         .format(email=ws.email))
        if counts.rejected:
            lines.append(self.tr("%n change(s) rejected by the portal wait for you under Pending changes; they are "
                                 "kept too.", "", counts.rejected))
        text = "\n\n".join(lines) or self.tr("Sign out of the portal as {email}?").format(email=ws.email)
        box = QMessageBox(QMessageBox.Icon.Warning if count else QMessageBox.Icon.Question, self.tr("Sign out"),
                          text, QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._sign_out_confirmed() if button is confirm else None)
        box.finished.connect(box.deleteLater)
        self.sign_out_box = box
        box.open()

    def _sign_out_confirmed(self) -> None:
        self._leaving = True
        self.sign_out_requested.emit()

    def open_settings(self) -> None:
        from desktop.shell.settings_dialog import SettingsDialog  # noqa: PLC0415 - opened rarely
        dialog = SettingsDialog(self, ctx=self.ctx)
        dialog.sync_interval_changed.connect(self.sync.set_interval)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        dialog = AboutDialog(self.ctx.workspace.data_dir, self.ctx.workspace.portal_url, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_log_folder(self) -> None:
        folder = logs.log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- window ------------------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        user = account_queries.current_user(self.ctx.engine)
        account = account_queries.current_account(self.ctx.engine)
        who = ", ".join(p for p in ((user.name if user else ""), (account.name if account else "")) if p)
        page = self.current_page()
        parts = [page.title() if page is not None else "", who, page_titles.app_display_name()]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def _bring_to_front(self) -> None:
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def restore_state(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            self.resize(min(1280, available.width()), min(800, available.height()))
            self.move(available.center() - self.rect().center())
        self.restoreState(settings.get(settings.WINDOW_STATE))
        splitter = settings.get(settings.NAV_SPLITTER)
        if not splitter or not self.splitter.restoreState(splitter):
            width = self.navigation_width()
            self.splitter.setSizes([width, max(1050, self.width()) - width])
        self._fit_navigation()
        clamp_to_screen(self)
        self._clamp_on_show = True  # again once shown, when the frame's size is known
        page = settings.get(settings.CURRENT_PAGE)
        self.show_page(page if page in self.page_specs else "products")

    def save_state(self) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.NAV_SPLITTER, self.splitter.saveState())
        settings.put(settings.CURRENT_PAGE, self.current_page_key())
        for page in self.pages.values():
            page.save_state()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_clamp_on_show", False):
            self._clamp_on_show = False
            clamp_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._leaving and not self.pages_may_close():
            event.ignore()
            return
        self.save_state()
        if self.tray is not None:
            self.tray.hide()
        event.accept()
        self.closed.emit()


def clamp_to_screen(window: QWidget) -> None:
    """Keep a restored window on a screen that exists now (a laptop undocked from its second monitor)."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen() \
        or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = max(available.left(), min(frame.x(), available.right() - frame.width() + 1))  # title bar first
    y = max(available.top(), min(frame.y(), available.bottom() - frame.height() + 1))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
