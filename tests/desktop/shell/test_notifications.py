"""Desktop notifications: notices a sync stored become tray messages (or a status-bar line without a tray), are shown
once, and a click opens what they are about — the case in the cases page, or the rejected change."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Signal
from sqlalchemy import select

from desktop.counter_names import counter_name
from desktop.formatting import format_date, format_number
from desktop.shell.main_window import MainWindow
from desktop.shell.notifications import Notifier
from desktop.views.pending.pending_page import PendingPage
from sync.cache.db import open_cache, writer
from sync.cache.schema import notices
from sync.engine import replay
from sync.notices import add_notice, unshown_notices
from sync.outbox import queue as outbox
from tests.desktop.pages_fixtures import make_context
from tests.desktop.shell_support import FakeSync
from tests.support.cache_rows import T0, case_values, insert_rows, product_values
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"), pytest.mark.usefixtures("english_ui")]

PRODUCT = product_values(1, serial="XKB000001")


class FakeTray(QObject):
    """Stands in for QSystemTrayIcon (the tray itself is the desktop's business): records each message."""
    messageClicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def supportsMessages(self) -> bool:  # noqa: N802
        return True

    def showMessage(self, title, text, _icon, _msecs) -> None:  # noqa: N802
        self.messages.append((title, text))


@pytest.fixture
def engine(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    insert_rows(engine, [
        case_values(1, product=PRODUCT, state="in_progress", subject="Papirstopp i skuff 2", unread=True,
                    activity=T0 + timedelta(hours=5)),
        case_values(2, product=PRODUCT, state="awaiting_customer", subject="Striper", activity=T0),
        case_values(3, product=None, state="closed", subject="Faktura", activity=T0 - timedelta(days=30)),
    ], [PRODUCT])
    yield engine
    engine.dispose()


@pytest.fixture
def ctx(qapp, engine):
    context = make_context(engine)
    yield context
    assert context.wait_idle()


def notice(engine, kind, entity, entity_id, title, detail):
    with writer(engine).begin() as conn:
        add_notice(conn, kind, entity, entity_id, title, detail)


def reading_described() -> str:
    """How the queued reading below reads in the test's locale (its date and number formats)."""
    return f"Meter reading, {format_date(date(2026, 11, 25))}: {counter_name('total')} {format_number(12345)}"


def queued_reading(engine) -> str:
    """A queued reading for a machine no longer in the cache: the seq its rejection notice is about."""
    with writer(engine).begin() as conn:
        item = outbox.enqueue(conn, kind="meter_reading.create", method="POST", path="/products/gone/meter-readings",
                              body={"id": "r-1", "reading_date": "2026-11-25", "values": {"total": 12345}},
                              entity="meter_reading", entity_id="r-1", group_key="product:gone",
                              summary="Meter reading XKB000001 (stored English)")
    return str(item.seq)


def check(qtbot, notifier: Notifier, ctx) -> None:
    notifier.check()
    assert ctx.wait_idle()
    qtbot.wait(0)  # the task's result comes back through the event loop
    qtbot.waitUntil(lambda: not unshown_notices(ctx.engine))


@pytest.fixture
def norwegian(qapp):
    from desktop import i18n
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.install_language("en")


@pytest.fixture
def tray_notifier(ctx):
    tray = FakeTray()
    status: list[str] = []
    notifier = Notifier(ctx, tray, status.append)
    return SimpleNamespace(tray=tray, status=status, notifier=notifier)


def test_a_reply_becomes_one_tray_message_and_is_shown_once(qtbot, ctx, engine, tray_notifier):
    notice(engine, "reply", "case", "c000001", "CS0000001: Papirstopp i skuff 2", "Har du sjekket skuff 2?")
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [
        ("Reply from the service desk", "CS0000001: Papirstopp i skuff 2\nHar du sjekket skuff 2?")]
    assert unshown_notices(engine) == []
    with qtbot.assert_not_emitted(tray_notifier.notifier.shown):
        check(qtbot, tray_notifier.notifier, ctx)
    assert len(tray_notifier.tray.messages) == 1 and tray_notifier.status == []


PORTAL_ENGLISH = ("A case that is cancelled cannot be given the action 'reply' by a customer (see "
                  "http://127.0.0.1:8000/v1/cases/0b6f1c1e-2a53-4a0e-9d43-3c2b8f9a1d11, 2026-11-25T08:00:00+00:00)")
DECREASED = {"type": "about:blank", "title": "A counter is lower than its previous reading", "status": 422,
             "detail": "total 100 is lower than 120 of 2026-11-20", "code": "meter.reading_decreased",
             "errors": [{"field": "values.total", "code": "meter.reading_decreased",
                         "message": "total 100 is lower than 120 of 2026-11-20"}]}


def refuse(engine, seq: str, problem: dict) -> None:
    """The portal's refusal of item `seq`, recorded as the push records it (queue, row and notice in one go)."""
    replay.rejected(engine, outbox.outbox_item(engine, int(seq)), problem)


def test_state_and_rejected_messages(qtbot, ctx, engine, tray_notifier):
    notice(engine, "state", "case", "c000001", "CS0000001: Papirstopp i skuff 2", "resolved")
    seq = queued_reading(engine)
    refuse(engine, seq, DECREASED)
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    qtbot.waitUntil(lambda: len(tray_notifier.tray.messages) == 2)
    assert tray_notifier.tray.messages == [
        ("Case CS0000001 is now resolved", "Papirstopp i skuff 2"),
        ("The portal refused a change", f"{reading_described()}\nA counter is lower than its previous reading.")]
    assert tray_notifier.notifier.last_shown.entity == "outbox" and tray_notifier.notifier.last_shown.entity_id == seq


def test_a_refused_change_discarded_meanwhile_still_reads_in_the_users_words(qtbot, ctx, engine, tray_notifier):
    seq = queued_reading(engine)
    refuse(engine, seq, DECREASED)
    replay.discard(engine, int(seq))
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [("The portal refused a change", "A change you made (it was discarded "
                                            "meanwhile)\nA counter is lower than its previous reading.")]


def queued_reply(engine) -> str:
    """A reply queued to case c000002: the seq its refusal is about."""
    with writer(engine).begin() as conn:
        item = outbox.enqueue(conn, kind="case_message.create", method="POST", path="/cases/c000002/messages",
                              body={"id": "m-1", "body": "Takk, det virker nå."}, entity="case_message",
                              entity_id="m-1", group_key="case:c000002", summary="Reply on CS0000002")
    return str(item.seq)


@pytest.mark.parametrize("discarded", [False, True])
def test_a_refused_reply_is_worded_in_norwegian_from_its_code(qtbot, ctx, engine, tray_notifier, norwegian,
                                                             discarded):
    """The portal's English ("cannot be given the action 'reply' by a customer", a URL, an ISO time) is for the
    log: the bubble says what Pending changes says, also once the change itself is gone."""
    seq = queued_reply(engine)
    refuse(engine, seq, {"type": "about:blank", "title": "The case cannot do that in its current state",
                         "status": 409, "detail": PORTAL_ENGLISH, "code": "case.transition_not_allowed",
                         "errors": []})
    if discarded:
        replay.discard(engine, int(seq))
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    (title, text), = tray_notifier.tray.messages
    assert title == "Portalen avviste en endring"
    assert text.splitlines()[-1] == "Saken har endret seg i mellomtiden; det er ikke lenger mulig."
    assert "customer" not in text and "http" not in text and "2026-11-25" not in text


def test_the_notice_keeps_codes_not_the_portals_english(engine):
    seq = queued_reply(engine)
    refuse(engine, seq, {"title": "No", "detail": PORTAL_ENGLISH, "code": "validation.failed",
                         "errors": [{"field": "body", "code": "case.reply_too_long", "message": PORTAL_ENGLISH}]})
    kept, = unshown_notices(engine)
    assert "customer" not in kept.detail and "http" not in kept.detail
    assert kept.problem == {"code": "validation.failed", "params": {},
                            "errors": [{"field": "body", "code": "case.reply_too_long"}]}
    assert kept.about == "case"


def test_an_older_notice_with_english_shows_no_english(qtbot, ctx, engine, tray_notifier):
    """A notice written before notices kept codes: its English detail is not shown."""
    notice(engine, "rejected", "outbox", "99", "Meter reading XKB000001 (stored English)", PORTAL_ENGLISH)
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [("The portal refused a change",
                                            "A change you made (it was discarded meanwhile)")]


def test_more_than_three_become_one_summary_that_opens_the_newest(qtbot, ctx, engine, tray_notifier):
    for i, case_id in enumerate(["c000004", "c000003", "c000002", "c000001"]):
        notice(engine, "reply", "case", case_id, f"CS000000{case_id[-1]}: subject", f"reply {i}")
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [("4 replies from the service desk",
                                            "CS0000001: subject\nCS0000002: subject\nCS0000003: subject\n"
                                            "and 1 more")]
    last = tray_notifier.notifier.last_shown
    assert (last.entity, last.entity_id) == ("case", "c000001")
    with qtbot.wait_signal(tray_notifier.notifier.open_requested) as opened:
        tray_notifier.tray.messageClicked.emit()
    assert opened.args == ["case", "c000001"]


def test_a_mixed_summary_says_updates(qtbot, ctx, engine, tray_notifier):
    notice(engine, "reply", "case", "c000001", "CS0000001: Papirstopp", "Hei")
    notice(engine, "state", "case", "c000002", "CS0000002: Striper", "in_progress")
    notice(engine, "reply", "case", "c000003", "CS0000003: Faktura", "Hei")
    refuse(engine, queued_reading(engine), DECREASED)
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [("4 updates from the service desk",
                                            f"{reading_described()}\nCS0000003: Faktura\nCS0000002: Striper\nand 1 more")]
    assert tray_notifier.notifier.last_shown.entity == "outbox"


def test_portal_text_cannot_become_markup_in_the_bubble(qtbot, ctx, engine, tray_notifier):
    notice(engine, "reply", "case", "c000001", "CS0000001: <b>Skuff</b>",
           "<a href='http://evil.example'>Klikk</a> " + "x" * 500)
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    (_title, text), = tray_notifier.tray.messages
    assert "<" not in text and ">" not in text and "‹a href='http://evil.example'›Klikk‹/a›" in text
    assert len(text) <= 240 and text.endswith("…")


def test_without_a_tray_the_newest_case_message_goes_to_the_status_bar(qtbot, ctx, engine):
    status: list[str] = []
    notifier = Notifier(ctx, None, status.append)
    notice(engine, "reply", "case", "c000002", "CS0000002: Striper", "Hvilken skuff?\nMvh Ola")
    notice(engine, "state", "case", "c000001", "CS0000001: Papirstopp i skuff 2", "awaiting_customer")
    notice(engine, "rejected", "outbox", "3", "Meter reading", "Too low")
    with qtbot.wait_signal(notifier.shown):
        notifier.check()
    assert status == ["Case CS0000001 is now awaiting your reply — Papirstopp i skuff 2"]
    assert notifier.last_shown.entity_id == "c000001"
    assert unshown_notices(engine) == []


def test_without_a_tray_a_rejection_is_left_to_the_sync_status(qtbot, ctx, engine):
    status: list[str] = []
    notifier = Notifier(ctx, None, status.append)
    notice(engine, "rejected", "outbox", "3", "Meter reading", "Too low")
    with qtbot.assert_not_emitted(notifier.shown):
        check(qtbot, notifier, ctx)
    assert status == [] and notifier.last_shown is None
    with engine.connect() as conn:
        assert conn.execute(select(notices.c.shown)).scalars().all() == [1]


def test_a_notice_about_a_case_no_longer_cached_still_shows(qtbot, ctx, engine, tray_notifier):
    notice(engine, "state", "case", "gone", "CS0000099: Borte", "closed")
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    assert tray_notifier.tray.messages == [("Case CS0000099: Borte is now closed", "CS0000099: Borte")]


# --- in the main window -----------------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx, FakeSync())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_at_start_the_window_shows_what_arrived_and_a_click_opens_the_case(qtbot, ctx, engine):
    notice(engine, "reply", "case", "c000003", "CS0000003: Faktura", "Kreditnota er sendt.")
    win = MainWindow(ctx, FakeSync())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.notifier.last_shown is not None)
    assert win.status.currentMessage() == "Reply from the service desk — CS0000003: Faktura"
    win.show_page("products")
    win.notifier.open_last()  # what the tray's messageClicked is connected to
    page = win.current_page()
    assert win.current_page_key() == "cases"
    assert page.current_case().id == "c000003"  # closed: the page switched to All to show it
    assert page.model.query.filter == "all" and page.detail.case_id == "c000003"


def test_a_click_on_a_rejection_opens_the_pending_page(qtbot, window):
    window.open_notice("outbox", "5")
    assert isinstance(window.current_page(), PendingPage)
    assert window.current_page().model.filter == "rejected"


def test_a_click_on_a_rejection_selects_that_change(qtbot, ctx, engine, window):
    first, second = queued_reading(engine), queued_reply(engine)
    refuse(engine, first, DECREASED)
    refuse(engine, second, {"title": "No", "detail": PORTAL_ENGLISH, "code": "case.transition_not_allowed"})
    window.open_notice("outbox", first)
    page = window.current_page()
    assert page.model.rowCount() == 2 and page.model.row_at(0).seq == int(second)  # newest first
    assert page.selected_item().seq == int(first)


def test_each_sync_round_checks_for_notices(qtbot, ctx, engine, window):
    qtbot.waitUntil(lambda: ctx.db_pool.activeThreadCount() == 0)
    notice(engine, "state", "case", "c000002", "CS0000002: Striper", "resolved")
    report = SimpleNamespace(changed={"notice": None}, online=True, auth_required=False, rejected=0, error=None)
    with qtbot.wait_signal(window.notifier.shown):
        window.sync.sync_finished.emit(report)
    assert window.status.currentMessage() == "Case CS0000002 is now resolved — Striper"


def test_the_cases_entry_counts_cases_awaiting_a_reply_and_unread(qtbot, ctx, engine, window):
    row = list(window.page_specs).index("cases")
    cases_item = window.nav.item(row)
    qtbot.waitUntil(lambda: window.nav.entry_text(row) == "Cases (1 to answer)")
    assert cases_item.toolTip() == "Cases (1 to answer)\n2 open cases\n1 unread"
    assert cases_item.font().bold()  # unread news
    insert_rows(engine, [case_values(4, product=PRODUCT, state="awaiting_customer", subject="Nytt")])
    ctx.broadcast({"case": {"c000004"}})
    qtbot.waitUntil(lambda: window.nav.entry_text(row) == "Cases (2 to answer)")
    window.show_case("c000001")  # reading it clears its unread mark
    qtbot.waitUntil(lambda: not cases_item.font().bold())
    assert cases_item.toolTip() == "Cases (2 to answer)\n3 open cases"


def test_ctrl_n_on_the_cases_and_self_help_pages_opens_a_new_case(qtbot, window):
    window.show_page("cases")
    window.new_action.trigger()
    dialog = window.page("cases").new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: window.page("cases").new_case_dialog is None)
    window.show_page("self_help")
    assert window.new_action.isEnabled()
    window.new_action.trigger()
    dialog = window.page("cases").new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_a_case_queued_from_self_help_is_shown_on_the_cases_page(qtbot, window):
    window.show_page("self_help")
    window.page("self_help").nav.open_case("c000002")  # what the page asks once a case from a guide is queued
    assert window.current_page_key() == "cases"
    qtbot.waitUntil(lambda: window.page("cases").detail.case_id == "c000002")


def test_a_queued_reply_is_pushed_soon(qtbot, window, monkeypatch):
    window._push_timer.setInterval(10)
    window.ctx.broadcast({"case_message": {"m1"}, "outbox": {"7"}})  # what queueing a reply announces
    qtbot.waitUntil(lambda: window.sync.requests == 1)
    window.ctx.broadcast({"case": {"c000001"}})  # reading a case changes nothing to send
    assert not window._push_timer.isActive()  # the broadcast is synchronous: no timer means no push
    assert window.sync.requests == 1
    window.ctx.broadcast({"outbox": {"8"}}, initiator=window.sync)  # a sync round's own changes push nothing
    assert not window._push_timer.isActive()


def queries_case_number(engine, case_id: str) -> str:
    from sync.cases.queries import case_row
    return case_row(engine, case_id).number


def test_news_about_one_case_becomes_one_message(qtbot, ctx, engine, tray_notifier):
    notice(engine, "state", "case", "c000002", "CS0000002: Striper", "in_progress")
    notice(engine, "reply", "case", "c000002", "CS0000002: Striper", "Hvilken skuff?")
    notice(engine, "state", "case", "c000002", "CS0000002: Striper", "awaiting_customer")
    notice(engine, "state", "case", "c000001", "CS0000001: Papirstopp i skuff 2", "in_progress")
    notice(engine, "state", "case", "c000001", "CS0000001: Papirstopp i skuff 2", "resolved")
    notice(engine, "rejected", "outbox", "8", "Reply on CS0000001", "The case is closed.")
    with qtbot.wait_signal(tray_notifier.notifier.shown):
        tray_notifier.notifier.check()
    qtbot.waitUntil(lambda: len(tray_notifier.tray.messages) == 3)
    assert [title for title, _text in tray_notifier.tray.messages] == [
        "Reply from the service desk", "Case CS0000001 is now resolved", "The portal refused a change"]
    assert tray_notifier.tray.messages[0][1] == "CS0000002: Striper\nHvilken skuff?"


# --- end to end: the demo agent answers a case made here ---------------------------------------------------------

def test_the_demo_agents_reply_arrives_and_raises_a_notification(qtbot, qapp, tmp_path, data_dir):

    from desktop.context import AppContext
    from domain import clock
    from sync.cases.operations import CaseDraft, queue_case
    from sync.engine.rounds import SyncEngine
    from sync.products import queries as product_queries
    from sync.products.records import ProductFilter
    from tests.desktop.conftest import CUSTOMER, signed_in_workspace
    from tests.support.portal_server import running_portal

    with running_portal(tmp_path / "agent-portal.sqlite", demo=True, agent_delay=0.3) as url:
        ws = signed_in_workspace(data_dir, url, CUSTOMER)
        try:
            product = product_queries.product_page(ws.engine, ProductFilter(), today=clock.today(), limit=1)[0]
            changed = queue_case(ws.engine, CaseDraft(
                type="support", product_id=product.id, category="paper_jam", subject="Papirstopp i skuff 3",
                description="Arkene krøller seg i skuff 3."), data_dir=ws.data_dir)
            case_id, = changed["case"]
            with SyncEngine(ws) as engine:
                assert engine.run_once().pushed >= 1
                wait_until(lambda: any(n.kind == "reply" and n.entity_id == case_id
                                       for n in unshown_notices(ws.engine)),
                           timeout=20, what="the demo agent's answer", between=lambda: (qtbot.wait(300),
                                                                                          engine.run_once()))
            ctx = AppContext(ws)
            tray = FakeTray()
            notifier = Notifier(ctx, tray, lambda _text: None)
            with qtbot.wait_signal(notifier.shown):
                notifier.check()
            qtbot.wait(10)
            assert unshown_notices(ws.engine) == []
            # the agent answered and moved the case: one message about it, not three
            (title, text), = tray.messages
            assert title == "Reply from the service desk"
            assert text.startswith(f"{queries_case_number(ws.engine, case_id)}: Papirstopp i skuff 3\nHei Kari!")
            with qtbot.wait_signal(notifier.open_requested) as opened:
                tray.messageClicked.emit()
            assert opened.args == ["case", case_id]
            assert ctx.wait_idle()
        finally:
            ws.close()
