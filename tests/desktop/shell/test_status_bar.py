"""The status bar in Norwegian: a long message is shortened by whole words with "…" and whole on hover (it was cut
mid-word, "…en avlesnin"), a short one is shown as it is, the menus' status tips and timeouts still work, and being
offline is said once (it read "Frakoblet: endringene …" beside "Frakoblet – arbeider med lagrede data")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.shell.status_bar import SyncStatusBar
from desktop.views.widgets.elided_label import ELLIPSIS
from tests.desktop.shell.test_main_window_layout import norwegian, window  # noqa: F401

LONG = ("Målerstanden for maskinen CNBDH26485 i Hovedkontor Oslo ble avvist av portalen fordi den allerede har en "
        "avlesning for den dagen; velg en annen dato og send den igjen")


@pytest.fixture
def bar(qtbot, norwegian):  # noqa: F811
    holder = QMainWindow()
    status = SyncStatusBar(holder)
    holder.setStatusBar(status)
    qtbot.addWidget(holder)
    holder.resize(700, 200)
    holder.show()
    qtbot.waitExposed(holder)
    status.set_online(False)
    yield status
    holder.close()


def visible_message(status: SyncStatusBar) -> str:
    return status.message_label.text() if status.message_label.isVisible() else ""


def test_a_long_message_ends_at_a_whole_word_and_is_whole_on_hover(bar, qtbot):
    bar.showMessage(LONG)
    label = bar.message_label
    qtbot.waitUntil(lambda: label.text().endswith(ELLIPSIS))
    shown = label.text()[:-1]
    assert LONG.startswith(shown) and LONG[len(shown)] in " ;,"  # cut between words, not inside one
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert LONG in label.toolTip() and label.accessibleName() == LONG
    connection = bar.connection_label.parentWidget()
    assert label.geometry().right() < connection.geometry().left()  # never behind the indicators
    bar.window().resize(2400, 200)  # more room: more of it, then all of it
    qtbot.waitUntil(lambda: label.text() == LONG)
    assert label.toolTip() == ""


def test_a_short_message_shows_whole_and_goes_after_its_timeout(bar, qtbot):
    bar.showMessage("Avlesningen er lagt i kø.", 300)
    assert visible_message(bar) == "Avlesningen er lagt i kø." and bar.message_label.toolTip() == ""
    qtbot.waitUntil(lambda: bar.message_label.text() == "" and bar.currentMessage() == "", timeout=5000)


def test_a_menus_status_tip_shows_in_the_label(bar, qtbot):
    QApplication.sendEvent(bar.window(), QStatusTipEvent("Synkroniser med portalen nå"))
    assert visible_message(bar) == "Synkroniser med portalen nå"
    QApplication.sendEvent(bar.window(), QStatusTipEvent(""))
    assert bar.message_label.text() == ""


def test_offline_is_said_once(window, qtbot):  # noqa: F811
    from sync.engine.rounds import SyncReport
    window._on_sync_finished(SyncReport(online=False, error="connection refused", error_code="portal.unreachable"))
    status = window.status
    line = " ".join((status.currentMessage(), status.connection_label.text()))
    assert line.count("Frakoblet") == 1, line
    assert "sendes når portalen kan nås" in status.currentMessage()
