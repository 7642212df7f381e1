"""A new case the portal refused is corrected by the user and goes again, end to end against the real portal: the
case was made offline for a machine the portal no longer lists for this account; Pending changes shows the portal's
reason, "Edit and send again…" opens the case form on what was sent, and the corrected case arrives with a number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.context import AppContext
from desktop.views.pending_page import PendingPage
from sync import outbox
from sync.cache.schema import cases, products
from sync.case_operations import CaseDraft, queue_case
from sync.engine import SyncEngine
from tests.cache.case_factories import insert_rows, product_values
from tests.desktop.conftest import signed_in_workspace

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


def test_a_refused_case_is_corrected_in_the_case_form_and_arrives(qtbot, ctx, data_dir):
    insert_rows(ctx.engine, [], [GONE])  # the machine left the contract while this PC was offline
    draft = CaseDraft(type="support", product_id=GONE["id"], category="paper_jam", subject="Paper jam in tray 2",
                      description="It jams every third sheet.", contact_name="Kari", contact_email="kari@example.no")
    case_id = next(iter(queue_case(ctx.engine, draft, data_dir=data_dir)["cases"]))
    assert sync_once(ctx).rejected == 1
    (item,) = outbox.outbox_items(ctx.engine, ("rejected",))

    page = PendingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(str(item.seq)), 0))
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.resend_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Correct the case"
    assert dialog.rejection_label.isVisible() and item.reason in dialog.rejection_label.text()
    assert (dialog.subject_edit.text(), dialog.description_edit.toPlainText()) == (draft.subject, draft.description)
    assert dialog.ok_button.text() == "Send &again" and not dialog.files_list.isVisible()

    with ctx.engine.connect() as conn:  # a machine the portal does list
        real = conn.execute(select(products.c.id).where(products.c.id != GONE["id"]).limit(1)).scalar_one()
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
