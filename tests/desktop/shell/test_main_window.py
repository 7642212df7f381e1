"""The main window against a real portal: pages and navigation, F5 and the status bar, rejections, sign-out,
an expired session, offline start and remembered window state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import settings
from desktop.context import AppContext
from desktop.shell import main_window as main_window_module
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController
from desktop.views.account.account_page import AccountPage
from desktop.views.cases.cases_page import CasesPage
from desktop.views.orders.orders_page import OrdersPage
from desktop.views.pending.pending_page import PendingPage
from desktop.views.products.products_page import ProductsPage
from desktop.views.readings.meter_round_page import MeterRoundPage
from desktop.views.reports.reports_page import ReportsPage
from desktop.views.self_help.self_help_page import SelfHelpPage
from desktop.views.users.users_page import UsersPage
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.session.workspace import restore
from tests.desktop.conftest import CUSTOMER, signed_in_workspace
from tests.desktop.shell_support import queue_next_reading, unread_product
from tests.support.portal_server import running_portal

pytestmark = pytest.mark.usefixtures("english_ui")

SYNC_TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def no_push_on_change(monkeypatch):
    """A queued change is normally pushed 1.5 s later; these tests press F5 themselves."""
    monkeypatch.setattr(main_window_module, "LOCAL_CHANGE_PUSH_DELAY_MS", 600_000)


def open_window(qtbot, ctx: AppContext, *, start_sync: bool = True) -> MainWindow:
    sync = SyncController(ctx.workspace, interval_minutes=15)
    window = MainWindow(ctx, sync)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if start_sync:
        with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_TIMEOUT):
            sync.start()
    return window


@pytest.fixture
def window(qtbot, ctx):
    win = open_window(qtbot, ctx)
    yield win
    win.sync.stop()


def press(qtbot, window: MainWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)


def test_window_opens_with_the_pages_and_the_navigation_works(qtbot, window):
    assert list(window.pages) == ["products"]  # only the page on screen is built before the first paint
    assert [type(window.page(k)) for k in window.page_specs] == [ProductsPage, MeterRoundPage, CasesPage,
                                                                   OrdersPage, ReportsPage, AccountPage, SelfHelpPage,
                                                                   PendingPage, UsersPage]
    assert [window.nav.entry_text(i) for i in range(window.nav.count())] == \
        ["Products", "Meter round", "Cases", "Orders", "Reports", "Account", "Self-help", "Pending changes", "Users"]
    window.nav.setCurrentRow(7)
    assert window.current_page() is window.pages["pending"] and window.pages["pending"].isVisible()
    assert window.page_actions["pending"].isChecked()
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "meter_round"
    assert "Meter round" in window.windowTitle() and "Anne Admin" in window.windowTitle()


def test_ctrl_n_and_ctrl_f_go_to_the_page_on_screen(qtbot, window, monkeypatch):
    calls = []
    page = window.show_page("products")
    monkeypatch.setattr(page, "focus_search", lambda: calls.append("find"))
    monkeypatch.setattr(page, "new_item", lambda: calls.append("new"))
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["find", "new"]
    window.show_page("pending")
    assert window.new_action.isEnabled() and not window.find_action.isEnabled()  # a new case; nothing to find
    window.new_action.trigger()
    dialog = window.page("cases").new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_f5_syncs_and_the_status_bar_shows_pending_count_and_last_sync(qtbot, window, ctx):
    status = window.status
    assert status.connection_label.text() == "Online"
    first_sync = status.last_sync_label.text()
    assert first_sync.startswith("Last synced ")
    item = queue_next_reading(ctx.engine)
    ctx.broadcast({"meter_reading": {item.entity_id}, "outbox": {str(item.seq)}})  # what the write announces
    assert status.pending_label.isVisible() and status.pending_label.text() == "1 change waiting to be sent"
    with qtbot.waitSignal(window.sync.sync_finished, timeout=SYNC_TIMEOUT) as finished:
        press(qtbot, window, Qt.Key.Key_F5)
    assert finished.args[0].pushed == 1
    assert not status.pending_label.isVisible()
    assert not status.progress.isVisible() and status.sync_button.isEnabled()
    assert outbox.outbox_counts(ctx.engine).sent == 1


def test_a_reading_queued_on_a_page_is_sent_soon_after(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(main_window_module, "LOCAL_CHANGE_PUSH_DELAY_MS", 50)
    window = open_window(qtbot, ctx)
    try:
        item = queue_next_reading(ctx.engine)
        with qtbot.waitSignal(window.sync.sync_finished, timeout=SYNC_TIMEOUT) as finished:
            ctx.broadcast({"meter_reading": {item.entity_id}, "outbox": {str(item.seq)}})  # what the write announces
            assert window.status.pending_label.text() == "1 change waiting to be sent"
        assert finished.args[0].pushed == 1
        assert not window.status.pending_label.isVisible()
    finally:
        window.sync.stop()


def test_a_rejection_from_sync_is_announced_and_opens_the_pending_page(qtbot, window, ctx, portal_url, tmp_path):
    other = signed_in_workspace(tmp_path / "kari", portal_url, CUSTOMER, remember=False)
    product = unread_product(other.engine)
    queue_next_reading(other.engine, product, rise=10)
    with SyncEngine(other) as engine:
        engine.run_once()
    other.close()
    queue_next_reading(ctx.engine, product_queries.product(ctx.engine, product.id, today=ctx.today()), rise=20)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=SYNC_TIMEOUT) as finished:
        window.sync_action.trigger()
    assert finished.args[0].rejected == 1
    status = window.status
    assert status.rejected_label.isVisible() and status.rejected_label.text() == "1 rejected by the portal"
    assert status.currentMessage() == "The portal rejected 1 change"
    qtbot.waitUntil(lambda: window.nav.entry_text(list(window.page_specs).index("pending")) ==
                    "Pending changes (1)")  # counted on the database thread
    window.show_page("products")
    qtbot.mouseClick(status.rejected_label, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, PendingPage) and page.model.filter == "rejected"
    assert page.model.rowCount() == 1


def test_sign_out_warns_about_unsent_items(qtbot, ctx):
    window = open_window(qtbot, ctx, start_sync=False)  # offline: the reading stays unsent
    queue_next_reading(ctx.engine)
    window.confirm_sign_out()
    box = window.sign_out_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert "1 change has not reached the portal yet" in box.text()
    assert "sent the next time you sign in as admin@example.no" in box.text()
    with qtbot.waitSignal(window.sign_out_requested):
        next(b for b in box.buttons() if b.text() == "Sign out").click()


def test_sign_out_can_be_cancelled(qtbot, ctx):
    window = open_window(qtbot, ctx, start_sync=False)
    window.confirm_sign_out()
    assert "Sign out of the portal as admin@example.no?" == window.sign_out_box.text()
    with qtbot.assertNotEmitted(window.sign_out_requested):
        window.sign_out_box.button(QMessageBox.StandardButton.Cancel).click()


def test_an_ended_session_asks_to_sign_in_again(qtbot, window, ctx):
    ctx.workspace.tokens.forget()  # as if the portal had revoked the login
    with qtbot.waitSignal(window.sync.auth_required, timeout=SYNC_TIMEOUT):
        window.sync.request_sync()
    assert window.status.connection_label.text() == "Sign-in needed"
    qtbot.waitUntil(lambda: window.auth_box.isVisible())
    with qtbot.waitSignal(window.sign_in_again_requested):
        next(b for b in window.auth_box.buttons() if b.text() == "Sign in…").click()


def test_offline_start_opens_on_the_cached_data(qtbot, tmp_path, data_dir):
    with running_portal(tmp_path / "gone.sqlite") as url:
        signed_in_workspace(data_dir, url).close()
    workspace = restore(data_dir)  # the portal is gone now: no network at all
    assert workspace is not None
    ctx = AppContext(workspace)
    window = open_window(qtbot, ctx)
    try:
        assert window.sync.last_report.online is False
        assert window.status.connection_label.text() == "Offline – working on saved data"
        products = window.page("products")
        qtbot.waitUntil(lambda: products.model.rowCount() > 0)
        assert window.status.last_sync_label.text().startswith("Last synced ")
    finally:
        window.sync.stop()
        window.close()
        ctx.wait_idle()
        workspace.close()


def test_window_state_and_page_are_remembered(qtbot, ctx):
    window = open_window(qtbot, ctx, start_sync=False)
    window.show_page("pending")
    available = window.screen().availableGeometry()
    size = (available.width() - 100, available.height() - 80)
    window.resize(*size)
    window.close()
    assert settings.get(settings.CURRENT_PAGE) == "pending"
    again = open_window(qtbot, ctx, start_sync=False)
    assert again.current_page_key() == "pending"
    assert (again.width(), again.height()) == size


def test_restored_geometry_is_clamped_to_the_screen(qtbot, ctx):
    window = open_window(qtbot, ctx, start_sync=False)
    available = window.screen().availableGeometry()
    window.resize(available.width() + 800, available.height() + 800)
    window.move(available.right() + 2000, available.bottom() + 2000)
    window.close()
    again = open_window(qtbot, ctx, start_sync=False)
    frame = again.frameGeometry()
    assert available.contains(frame.topLeft())  # the title bar can be grabbed
    assert frame.width() <= max(available.width(), again.minimumSizeHint().width() + 2)
    assert frame.height() <= available.height()


def test_every_area_is_a_page_named_as_listed():
    from desktop.shell.page import Page
    from desktop.shell.pages import PAGES
    for spec in PAGES:
        page_class = spec.page_class()
        assert issubclass(page_class, Page) and page_class.title() == spec.title(), spec.key


def test_an_area_the_user_may_not_see_is_not_listed(qtbot, ctx, monkeypatch):
    from dataclasses import replace

    from desktop.shell.pages import PAGES
    customers_only = replace(PAGES[-1], key="mine", visible=lambda user: user is not None and user.role == "customer")
    monkeypatch.setattr(main_window_module, "PAGES", (*PAGES, customers_only))
    window = open_window(qtbot, ctx, start_sync=False)
    assert "mine" not in window.page_specs and window.nav.count() == len(PAGES)  # signed in as the administrator
    assert f"Ctrl+{len(PAGES) + 1}" not in [a.shortcut().toString() for a in window.page_actions.values()]


def test_the_window_asks_pages_through_the_protocol_only():
    """No probing pages with hasattr, no wiring by page name: what a page offers is its `Page` interface."""
    source = main_window_module.__file__
    text = open(source, encoding="utf-8").read()
    assert "hasattr(" not in text and ".case_queued" not in text and "new_case_requested" not in text


@pytest.mark.parametrize("code, start", [("portal.server_error", "Sync did not finish: the portal had a problem"),
                                         ("portal.bad_answer", "Sync did not finish: the portal's answer could not"),
                                         ("brand.new_code", "Sync did not finish: problem brand.new_code.")])
def test_a_sync_that_did_not_finish_says_why_in_the_users_words(qtbot, window, code, start):
    from sync.engine.rounds import SyncReport
    english = "The portal failed (HTTP 503 from http://127.0.0.1:1/v1/products/9b2e)"
    window._on_sync_finished(SyncReport(online=True, error=english, error_code=code))
    shown = window.status.currentMessage()
    assert shown.startswith(start) and "http" not in shown and "HTTP 503" not in shown
