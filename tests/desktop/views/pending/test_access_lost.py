"""A machine un-assigned from the user on the portal: after the next sync it is gone from the machine list, the
reading queued for it shows on Pending changes as refused with why (in English and Norwegian), can only be
discarded, and one notice says how many machines the user lost — against the real portal."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Iterator

import pytest
from sqlalchemy import select

from desktop.context import AppContext
from desktop.models.base import OBJECT_ROLE
from desktop.models.outbox import REASON, STATE
from desktop.models.products import ProductsModel
from desktop.shell.notifications import Notifier
from desktop.views.pending.pending_page import PendingPage
from domain import clock
from portal.assignments import set_assignments
from portal.db import Store, assignments, sqlite_url, users
from sync.engine.rounds import SyncEngine
from sync.products import queries as product_queries
from tests.desktop.conftest import signed_in_workspace
from tests.desktop.shell_support import queue_next_reading, unread_product

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

KARI = "kari@example.no"
ENGLISH = ("You no longer have access to the machine {serial} ({model}), so this change cannot be sent. Discard it, "
           "or ask your administrator to assign the machine to you again.")
NORWEGIAN = ("Du har ikke lenger tilgang til maskinen {serial} ({model}), så denne endringen kan ikke sendes. "
             "Forkast den, eller be administratoren din om å tildele deg maskinen igjen.")


def unassign(portal_db, email: str, product_id: str) -> None:
    store = Store(sqlite_url(portal_db))
    try:
        with store.write() as conn:
            user_id = conn.execute(select(users.c.id).where(users.c.email == email)).scalar_one()
            kept = set(conn.execute(select(assignments.c.product_id)
                                    .where(assignments.c.user_id == user_id)).scalars()) - {product_id}
            set_assignments(conn, user_id, kept)
    finally:
        store.dispose()


@pytest.fixture
def lost(qapp, data_dir, fresh_portal_url, tmp_path) -> Iterator[SimpleNamespace]:
    """Kari queued a reading offline for a machine, the administrator un-assigned it, and she synced."""
    ws = signed_in_workspace(data_dir, fresh_portal_url, KARI)
    product = unread_product(ws.engine)
    item = queue_next_reading(ws.engine, product, rise=70)
    unassign(tmp_path / "fresh-portal.sqlite", KARI, product.id)
    with SyncEngine(ws) as engine:
        report = engine.run_once()
    assert report.machines_lost == 1, report
    ctx = AppContext(ws)
    yield SimpleNamespace(ctx=ctx, product=product, item=item)
    assert ctx.wait_idle()
    ws.close()


def open_page(qtbot, lost) -> PendingPage:
    page = PendingPage(lost.ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.select_item(str(lost.item.seq))
    return page


def test_the_machine_leaves_the_list_and_its_reading_shows_refused_with_why(qtbot, lost, english_ui):
    assert product_queries.product(lost.ctx.engine, lost.product.id, today=clock.today()) is None
    machines = ProductsModel(lost.ctx)
    machines.reload()
    qtbot.waitUntil(lambda: machines.rowCount() > 0, timeout=10_000)
    shown = {machines.index(r, 0).data(OBJECT_ROLE).id for r in range(machines.rowCount())}
    assert lost.product.id not in shown and len(shown) >= 5

    page = open_page(qtbot, lost)
    words = ENGLISH.format(serial=lost.product.serial, model=lost.product.model)
    row = page.model.row_of(str(lost.item.seq))
    assert page.model.index(row, STATE).data() == "Rejected"
    assert page.model.index(row, REASON).data() == words
    assert page.reason_caption.text() == "Why it cannot be sent:"
    assert page.reason_headline.text() == words and not page.reason_label.isVisible()
    assert not page.edit_button.isEnabled() and page.discard_button.isEnabled()
    page.edit_selected()  # a double click does nothing either
    assert not hasattr(page, "resend_dialog")
    assert page.summary_label.text() == "1 rejected"


def test_the_refusal_reads_in_norwegian(qtbot, lost, norwegian_ui):
    page = open_page(qtbot, lost)
    assert page.reason_headline.text() == NORWEGIAN.format(serial=lost.product.serial, model=lost.product.model)
    assert page.reason_caption.text() == "Hvorfor den ikke kan sendes:"
    page.grab().save("/tmp/vis-pending-access-lost-nb.png")


def test_discarding_it_leaves_nothing_of_the_machine(qtbot, lost, english_ui):
    page = open_page(qtbot, lost)
    page.discard_now(page.selected_item())
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert page.empty_label.isVisible()


def test_one_notice_says_how_many_machines_were_lost(qtbot, lost, english_ui):
    status: list[str] = []
    notifier = Notifier(lost.ctx, None, status.append)
    with qtbot.wait_signal(notifier.shown, timeout=10_000) as shown:
        notifier.check()
    assert shown.args[0].title == "You no longer have access to 1 machine"
    assert shown.args[0].text == ("They were removed from this computer.\n"
                                  "1 unsent change for them cannot be sent; see Pending changes.")
    assert status == ["You no longer have access to 1 machine — They were removed from this computer."]
    assert (shown.args[0].entity, shown.args[0].entity_id) == ("outbox", str(lost.item.seq))
