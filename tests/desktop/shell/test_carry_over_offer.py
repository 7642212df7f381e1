"""After sign-in the app says when unsent changes of this user wait in local data kept for another portal address,
and carries them over when asked (with their keys), broadcasting what arrived."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.shell.carry_over_offer import CarryOverOffer
from sync.cache.db import open_cache
from sync.outbox import queue as outbox
from sync.session.paths import url_cache_path
from tests.desktop.shell_support import queue_next_reading

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def stranded(ctx):
    """A copy of this user's cache under an old address, holding one unsent reading."""
    ws = ctx.workspace
    old = url_cache_path(ws.data_dir, "https://old-name.example.no", ws.email)
    old.parent.mkdir(parents=True)
    with sqlite3.connect(ws.cache_file) as source, sqlite3.connect(old) as target:
        source.backup(target)
    engine = open_cache(old)
    try:
        return old, queue_next_reading(engine)
    finally:
        engine.dispose()


def _button(box, role):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_the_offer_names_the_changes_and_carries_them_over(qtbot, ctx, window, stranded):
    _old, item = stranded
    offer = CarryOverOffer(ctx, window)
    offer.start()
    qtbot.waitUntil(lambda: offer.question is not None and offer.question.isVisible(), timeout=15_000)
    box = offer.question
    assert "1 change of yours" in box.text() and "old-name.example.no" in box.text()
    with qtbot.waitSignal(offer.finished, timeout=15_000) as done, \
            qtbot.waitSignal(ctx.cache_changed, check_params_cb=lambda e, _ids: e == "meter_reading"):
        qtbot.mouseClick(_button(box, box.ButtonRole.AcceptRole), Qt.MouseButton.LeftButton)
    assert done.args == [1]
    assert [i.idempotency_key for i in outbox.outbox_items(ctx.engine, outbox.UNSENT_STATES)] == \
        [item.idempotency_key]


def test_not_now_leaves_the_changes_where_they_are(qtbot, ctx, window, stranded):
    old, _item = stranded
    offer = CarryOverOffer(ctx, window)
    offer.start()
    qtbot.waitUntil(lambda: offer.question is not None and offer.question.isVisible(), timeout=15_000)
    with qtbot.waitSignal(offer.finished, timeout=5_000) as done:
        qtbot.keyClick(offer.question, Qt.Key.Key_Escape)
    assert done.args == [0] and outbox.outbox_items(ctx.engine, outbox.UNSENT_STATES) == []
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'queued'").fetchone()[0] == 1


def test_nothing_is_asked_when_nothing_waits_elsewhere(qtbot, ctx, window):
    offer = CarryOverOffer(ctx, window)
    with qtbot.waitSignal(offer.finished, timeout=15_000) as done:
        offer.start()
    assert done.args == [0] and offer.question is None
