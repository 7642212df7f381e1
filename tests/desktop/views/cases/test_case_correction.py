"""Refused case requests the user puts right in Pending changes, end to end against the real portal.

- A new case made offline for a machine the portal no longer lists: "Edit and send again…" opens the case form on
  what was sent, with the portal's reason, and the corrected case arrives with a number.
- A reply to a case the agent closed meanwhile: "Send as a new case…" opens the case form on the same machine with
  the reply's text; once that is queued the refused reply is gone, and the new case arrives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.context import AppContext
from desktop.views.pending.pending_page import PendingPage
from sync.cache.schema import cases, products
from sync.cases.operations import CaseDraft, queue_case, queue_reply
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from tests.support.cache_rows import insert_rows, product_values
from tests.desktop.conftest import signed_in_workspace
from tests.support.portal_api import AGENT, portal_post, portal_session

pytestmark = [pytest.mark.usefixtures("english_ui"), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

GONE = product_values(900, serial="GONE0900") | {"contact_name": "Kari", "contact_email": "kari@example.no"}


@pytest.fixture
def ctx(qapp, data_dir, fresh_portal_url):
    workspace = signed_in_workspace(data_dir, fresh_portal_url)
    context = AppContext(workspace)
    yield context
    assert context.wait_idle()
    workspace.close()


def sync_once(ctx):
    with SyncEngine(ctx.workspace) as engine:
        return engine.run_once()


def open_pending(qtbot, ctx, item) -> PendingPage:
    page = PendingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(str(item.seq)), 0))
    return page


def real_product(ctx) -> str:
    with ctx.engine.connect() as conn:  # a machine the portal does list
        return conn.execute(select(products.c.id).where(products.c.id != GONE["id"]).limit(1)).scalar_one()


def test_a_refused_case_is_corrected_in_the_case_form_and_arrives(qtbot, ctx, data_dir):
    insert_rows(ctx.engine, [], [GONE])  # the machine left the contract while this PC was offline
    draft = CaseDraft(type="support", product_id=GONE["id"], category="paper_jam", subject="Paper jam in tray 2",
                      description="It jams every third sheet.", contact_name="Kari", contact_email="kari@example.no")
    case_id = next(iter(queue_case(ctx.engine, draft, data_dir=data_dir)["case"]))
    assert sync_once(ctx).rejected == 1
    (item,) = outbox.outbox_items(ctx.engine, ("rejected",))

    page = open_pending(qtbot, ctx, item)
    assert page.edit_button.isEnabled() and page.edit_button.text() == "&Edit and send again…"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.resend_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Correct the case"
    assert dialog.rejection_label.isVisible()  # in our words, never the portal's English
    assert dialog.rejection_label.text() == ("The portal refused this case: The portal does not know this case or "
                                             "machine (any more), or you may no longer see it.")
    assert item.reason not in dialog.rejection_label.text()
    assert (dialog.subject_edit.text(), dialog.description_edit.toPlainText()) == (draft.subject, draft.description)
    assert dialog.ok_button.text() == "Send &again" and not dialog.attachments.list_widget.isVisible()

    real = real_product(ctx)
    dialog.machine_picker.set_product_id(real)
    assert dialog.machine_picker.product().id == real
    assert dialog.ok_button.isEnabled(), dialog.validate()
    with qtbot.waitSignal(dialog.case_queued, timeout=5000) as queued:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert queued.args == [case_id]
    assert outbox.outbox_item(ctx.engine, item.seq).state == "queued"

    report = sync_once(ctx)
    assert (report.pushed, report.rejected) == (1, 0), report
    with ctx.engine.connect() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
    assert row.sync_status == "synced" and row.number.startswith("CS") and row.product_id == real


def test_a_reply_to_a_case_closed_meanwhile_goes_as_a_new_case(qtbot, ctx, data_dir, fresh_portal_url):
    product_id = real_product(ctx)
    draft = CaseDraft(type="support", product_id=product_id, category="print_quality", subject="Faded print",
                      description="Everything is pale.", contact_name="Kari", contact_email="kari@example.no")
    case_id = next(iter(queue_case(ctx.engine, draft, data_dir=data_dir)["case"]))
    assert sync_once(ctx).pushed == 1
    agent = portal_session(fresh_portal_url, AGENT)
    for action in ("resolve", "close"):  # unseen here: this PC is offline meanwhile
        portal_post(agent, fresh_portal_url, f"/agent/cases/{case_id}/actions", {"action": action})
    queue_reply(ctx.engine, case_id, "It is pale again after the new toner.", data_dir=data_dir)
    report = sync_once(ctx)
    assert report.rejected == 1, report
    (item,) = outbox.outbox_items(ctx.engine, ("rejected",))
    with ctx.engine.connect() as conn:
        number = conn.execute(select(cases.c.number).where(cases.c.id == case_id)).scalar_one()

    page = open_pending(qtbot, ctx, item)
    assert page.edit_button.isEnabled() and page.edit_button.text() == "Send as a &new case…"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.resend_dialog
    qtbot.waitExposed(dialog)
    assert dialog.machine_picker.product().id == product_id
    assert (dialog.category_combo.currentData(), dialog.subject_edit.text()) == ("print_quality", "Faded print")
    assert dialog.description_edit.toPlainText() == (f"Follow-up to case {number}:\n\n"
                                                     "It is pale again after the new toner.\n")
    assert dialog.ok_button.isEnabled(), dialog.validate()
    with qtbot.waitSignal(page.status_message, timeout=5000) as said:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert said.args == ["The reply is queued as a new case."]
    assert outbox.outbox_item(ctx.engine, item.seq) is None  # the refused reply went with the user's choice
    report = sync_once(ctx)
    assert (report.pushed, report.rejected) == (1, 0), report
    with ctx.engine.connect() as conn:
        rows = conn.execute(select(cases.c.number, cases.c.state).where(cases.c.product_id == product_id)
                            .order_by(cases.c.created_at)).all()
    assert [r.state for r in rows] == ["closed", "new"] and rows[1].number.startswith("CS")
