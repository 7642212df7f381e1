"""Offline with nothing queued, the sync thread still probes the portal on its backoff schedule, so the status turns
Online as soon as the portal answers again (the tryout saw "Offline" 36 s after the portal was back)."""

from __future__ import annotations

import pytest

from desktop.shell.status_bar import SyncStatusBar
from desktop.shell.sync_worker import SyncController
from sync.outbox import queue as outbox
from tests.desktop.conftest import signed_in_workspace
from tests.support.portal_server import start_portal_process

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_with_nothing_queued_the_status_turns_online_when_the_portal_is_back(english_ui, qtbot, data_dir, tmp_path):
    db = tmp_path / "portal.sqlite"
    process, url = start_portal_process(db)
    controller = ws = None
    try:
        ws = signed_in_workspace(data_dir, url)
        assert outbox.next_due_at(ws.engine) is None  # nothing waits: only a probe can notice the portal is back
        status = SyncStatusBar()
        qtbot.addWidget(status)
        controller = SyncController(ws, interval_minutes=15)
        controller.sync_finished.connect(lambda report: status.set_online(report.online))
        with qtbot.waitSignal(controller.sync_finished, timeout=20_000) as first:
            controller.start()
        assert first.args[0].online
        process.terminate()
        process.wait(timeout=20)
        with qtbot.waitSignal(controller.sync_finished, timeout=20_000) as down:
            controller.request_sync()
        assert not down.args[0].online and down.args[0].next_retry_at is not None
        assert status.connection_label.text() == "Offline – working on saved data"
        process, _ = start_portal_process(db, port=int(url.rsplit(":", 1)[1]))
        with qtbot.waitSignal(controller.sync_finished, timeout=30_000,  # no F5: the probe finds it
                              check_params_cb=lambda report: report.online) as back:
            pass
        assert back.args[0].online and back.args[0].error is None
        assert status.connection_label.text() == "Online"
    finally:
        if controller is not None:
            assert controller.stop()
        process.kill()
        process.wait(timeout=20)
        if ws is not None:
            ws.close()

