"""The app shell: arguments, remembered login vs. login dialog, sign-out back to the login, the demo portal
process, the sync thread's life, the apology for bugs and the log file."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from desktop import app as app_module
from desktop import logs
from desktop.app import Shell, parse_args
from desktop.demo import DemoPortal, port_open
from desktop.shell.sync_worker import CONVERSATION_ROUND_S, SyncController, SyncWorker
from desktop.views.widgets import errors
from sync.cache.db import open_cache
from sync.outbox.queue import outbox_items, unsent_count
from tests.desktop.conftest import ADMIN
from tests.desktop.shell_support import queue_next_reading

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def quits(monkeypatch) -> list[bool]:
    """QApplication.quit() as the shell calls it, recorded instead of ending the test's event loop."""
    calls: list[bool] = []
    monkeypatch.setattr(app_module.QApplication, "quit", staticmethod(lambda: calls.append(True)))
    return calls


@pytest.fixture
def shell(qtbot, quits, data_dir):
    created = Shell(data_dir)
    yield created
    if created.window is not None:
        created.window.close()
    if created.login is not None:
        created.login.close()
    created.shutdown()


def test_arguments():
    args = parse_args(["--demo", "--data-dir", "D", "--lang", "en", "--portal", "https://p.example.no"])
    assert (args.demo, args.data_dir, args.lang, args.portal) == (True, "D", "en", "https://p.example.no")
    assert parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de"])


def test_a_remembered_login_opens_the_main_window_without_asking(qtbot, workspace, shell, heap_freezes):
    shell.start()
    assert shell.login is None and shell.window is not None
    assert shell.window.ctx.workspace.email == ADMIN
    qtbot.waitUntil(lambda: shell.sync.last_report is not None, timeout=20_000)
    # long-lived objects leave the collector's sight after the first paint and after the first sync, and only then
    qtbot.waitUntil(lambda: len(heap_freezes) == 2)
    shell.sync.request_sync()
    qtbot.wait(300)
    assert len(heap_freezes) == 2


def test_without_a_remembered_login_the_login_dialog_opens_and_cancel_asks_then_quits(qtbot, shell, quits):
    shell.start()
    assert shell.window is None and shell.login.isVisible()
    qtbot.keyClick(shell.login.email_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shell.login.quit_question is not None and shell.login.quit_question.isVisible())
    assert quits == []  # nothing quits before the user answers
    box = shell.login.quit_question
    quit_button = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quits == [True], timeout=5_000)


def test_sign_out_keeps_unsent_items_and_returns_to_the_login(qtbot, workspace, shell, quits):
    shell.start()
    queue_next_reading(shell.ctx.engine)
    cache_file = shell.ctx.workspace.cache_file
    shell.sync.stop()  # keep the reading unsent
    shell.window.sign_out_requested.emit()
    assert shell.window is None
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible(), timeout=15_000)
    assert shell.login.email_edit.text() == ADMIN and quits == []
    engine = open_cache(cache_file)
    try:
        assert unsent_count(engine) == 1
    finally:
        engine.dispose()


def test_the_demo_portal_starts_on_a_free_port_and_stops(qtbot, tmp_path):
    demo = DemoPortal(tmp_path)
    try:
        with qtbot.waitSignal(demo.ready, timeout=45_000) as ready:
            demo.start()
        assert ready.args[0] == demo.url and port_open(demo.port)
        assert (tmp_path / "demo" / "portal.sqlite").exists()
    finally:
        demo.stop()
    assert demo.process.poll() is not None and not port_open(demo.port)


def test_the_sync_thread_stops_when_asked(qtbot, workspace):
    controller = SyncController(workspace, interval_minutes=5)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        controller.start()
    assert controller.stop() is True
    assert controller.stop() is True  # twice is fine


def test_rounds_come_every_half_minute_while_an_answer_to_a_case_just_sent_may_come(data_dir, fresh_portal_url):
    from sqlalchemy import select

    from sync.cache.schema import products
    from sync.cases.operations import CaseDraft, queue_case
    from sync.engine.rounds import SyncEngine
    from tests.desktop.conftest import signed_in_workspace

    workspace = signed_in_workspace(data_dir, fresh_portal_url)
    try:
        worker = SyncWorker(workspace, interval_minutes=15)
        assert worker.next_round_ms() == 15 * 60_000
        with workspace.engine.connect() as conn:
            product_id = conn.execute(select(products.c.id).limit(1)).scalar_one()
        queue_case(workspace.engine, CaseDraft(type="support", product_id=product_id, category="paper_jam",
                                               subject="Paper jam", description="Tray 2."), data_dir=data_dir)
        assert worker.next_round_ms() == 15 * 60_000  # only queued: no one can answer it yet
        with SyncEngine(workspace) as engine:
            assert engine.run_once().pushed == 1
        assert worker.next_round_ms() == CONVERSATION_ROUND_S * 1000
    finally:
        workspace.close()


def test_an_uncaught_exception_is_logged_and_answered_with_the_apology(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_unexpected_error", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise ValueError("a bug")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "ValueError: a bug" in shown[0].__traceback_text__


def test_the_log_goes_to_a_rotating_file_in_the_log_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "_folder", None)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.setup_logging(tmp_path / "logs", capture_qt=False)
    try:
        logging.getLogger("desktop.test").warning("written to the file")
        assert logs.log_folder() == tmp_path / "logs"
        for handler in root.handlers:
            handler.flush()
        assert "written to the file" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_quitting_with_unsent_changes_says_they_are_kept(qtbot, workspace, shell, quits):
    shell.start()
    shell.sync.stop()  # keep the reading unsent
    queue_next_reading(shell.ctx.engine)
    shell.ctx.wait_idle()
    # the reading, and the service desk language when this run's (English) differs from what the portal holds for
    # the user: that depends on the tests that ran before on the same portal, so count what waits
    waiting = unsent_count(shell.ctx.engine)
    assert waiting >= 1
    shell.window.close()
    qtbot.waitUntil(lambda: shell.kept_message is not None and shell.kept_message.isVisible(), timeout=10_000)
    said = ("1 change not sent yet is kept on this computer" if waiting == 1 else
            f"{waiting} changes not sent yet are kept on this computer")
    assert said in shell.kept_message.text()
    assert quits == []  # the app quits once the message is read
    qtbot.keyClick(shell.kept_message, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: quits == [True], timeout=5_000)


def test_quitting_with_nothing_unsent_says_nothing(qtbot, workspace, shell, quits):
    shell.start()
    qtbot.waitUntil(lambda: shell.sync.last_report is not None, timeout=20_000)
    shell.window.close()
    assert quits == [True] and shell.kept_message is None


def test_a_reading_queued_in_one_demo_run_is_pending_in_the_next(qtbot, tmp_path, quits):
    """Each --demo run picks a new port; the cache follows the demo portal's identity, not the port."""
    first = Shell(tmp_path, demo=True)
    try:
        first.start()
        qtbot.waitUntil(lambda: first.window is not None, timeout=60_000)
        qtbot.waitUntil(lambda: first.sync.last_report is not None, timeout=60_000)  # the fleet is in the cache
        first_port = first.demo.port
        first.sync.stop()  # as if the portal were out of reach: the reading waits
        item = queue_next_reading(first.ctx.engine)
        first.ctx.wait_idle()
        first.window.close()
        qtbot.waitUntil(lambda: first.kept_message is not None, timeout=10_000)
    finally:
        first.shutdown()
    second = Shell(tmp_path, demo=True)
    try:
        second.start()
        qtbot.waitUntil(lambda: second.window is not None, timeout=60_000)
        assert second.demo.port != first_port
        keys = {i.idempotency_key for i in outbox_items(second.ctx.engine)}
        assert item.idempotency_key in keys
    finally:
        if second.window is not None:
            second.window.close()
        second.shutdown()
