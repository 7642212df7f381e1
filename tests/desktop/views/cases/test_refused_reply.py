"""A reply the portal refused because its case was cancelled meanwhile, end to end against the real portal: the
conversation marks it as not delivered, says why in the user's words (never the portal's English), and links to
Pending changes, where it can be sent as a new case or discarded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.context import AppContext
from desktop.shell.page import Navigation
from desktop.views.cases.case_detail import CaseDetailView
from desktop.views.cases.cases_page import CasesPage
from sync.cache.schema import products
from sync.cases.operations import CaseDraft, queue_case, queue_reply
from sync.engine import replay
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from tests.desktop.conftest import ADMIN, signed_in_workspace
from tests.support.portal_api import portal_post, portal_session

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

REPLY = "It is pale again after the new toner."


@pytest.fixture
def ctx(qapp, data_dir, fresh_portal_url):
    workspace = signed_in_workspace(data_dir, fresh_portal_url)
    context = AppContext(workspace)
    yield context
    assert context.wait_idle()
    workspace.close()


@pytest.fixture
def refused(ctx, data_dir, fresh_portal_url):
    """A case sent, cancelled on the portal by its author elsewhere (unseen here), then a reply queued here and
    refused. Returns (case id, the refused item)."""
    with ctx.engine.connect() as conn:
        product_id = conn.execute(select(products.c.id).limit(1)).scalar_one()
    draft = CaseDraft(type="support", product_id=product_id, category="print_quality", subject="Faded print",
                      description="Everything is pale.", contact_name="Kari", contact_email="kari@example.no")
    case_id = next(iter(queue_case(ctx.engine, draft, data_dir=data_dir)["case"]))
    with SyncEngine(ctx.workspace) as engine:
        assert engine.run_once().pushed == 1
    web = portal_session(fresh_portal_url, ADMIN)
    portal_post(web, fresh_portal_url, f"/cases/{case_id}/actions", {"action": "cancel"})
    queue_reply(ctx.engine, case_id, REPLY, data_dir=data_dir)
    with SyncEngine(ctx.workspace) as engine:
        report = engine.run_once()
    assert report.rejected == 1, report
    (item,) = outbox.outbox_items(ctx.engine, ("rejected",))
    assert item.problem["code"] == "case.transition_not_allowed"
    return case_id, item


def conversation_lines(view: CaseDetailView) -> list[str]:
    return view.conversation.toPlainText().splitlines()


def test_the_refused_reply_is_marked_with_why_and_where_to_act(qtbot, ctx, refused, english_ui):
    case_id, item = refused
    view = CaseDetailView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(case_id)
    lines = conversation_lines(view)
    at = lines.index(REPLY)
    assert lines[at - 1].endswith("not delivered: refused by the portal"), lines
    assert lines[at + 1] == ("The case was cancelled before your reply reached the service desk, so it was not "
                             "delivered. Send it as a new case or discard it in Pending changes…"), lines
    text = view.conversation.toPlainText()
    assert "cannot be given the action" not in text and "customer" not in text and case_id not in text
    # the sent opening message carries no such mark
    assert sum("refused" in line for line in lines) == 1

    with qtbot.waitSignal(view.pending_requested, timeout=5000) as asked:
        view.conversation.anchorClicked.emit(_link(view))
    assert asked.args == [item.seq]


def _link(view: CaseDetailView):
    """The one link of the document (ours)."""
    from PySide6.QtCore import QUrl
    block = view.conversation.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                return QUrl(fragment.charFormat().anchorHref())
            it += 1
        block = block.next()
    raise AssertionError("no link in the conversation")


def test_the_link_opens_pending_changes_on_the_refused_reply(qtbot, ctx, refused, english_ui):
    case_id, item = refused
    asked: list[tuple[str, str | None, str | None]] = []

    class Nav(Navigation):
        def show_page(self, key, *, filter_name=None, item_id=None):
            asked.append((key, filter_name, item_id))

    page = CasesPage(ctx, Nav())
    qtbot.addWidget(page)
    page.show()
    assert page.show_case(case_id)
    assert _link(page.detail).toString() == f"pending:{item.seq}"
    page.detail.conversation.anchorClicked.emit(_link(page.detail))
    assert asked == [("pending", "rejected", str(item.seq))]


def test_in_the_window_the_link_selects_the_refused_reply_among_others(qtbot, ctx, refused, english_ui):
    """Pending changes opens on its rejected filter with the reply selected, not merely the first change."""
    from desktop.shell.main_window import MainWindow
    from desktop.views.pending.pending_page import PendingPage
    from tests.desktop.shell_support import FakeSync, queue_next_reading

    case_id, item = refused
    newer = queue_next_reading(ctx.engine)
    replay.rejected(ctx.engine, newer, {"title": "No", "detail": "Refused", "code": "meter.reading_decreased"})
    window = MainWindow(ctx, FakeSync())
    qtbot.addWidget(window)
    window.show()
    cases = window.show_page("cases")
    assert cases.show_case(case_id)
    cases.detail.conversation.anchorClicked.emit(_link(cases.detail))
    pending = window.current_page()
    assert isinstance(pending, PendingPage) and pending.model.filter == "rejected"
    assert pending.model.rowCount() == 2 and pending.model.row_at(0).seq == newer.seq  # the newest comes first
    assert pending.selected_item().seq == item.seq
    assert pending.detail_summary.text() == pending.model.describe(pending.selected_item())


def test_the_refusal_reads_in_norwegian(qtbot, ctx, refused, norwegian_ui):
    case_id, _item = refused
    view = CaseDetailView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case(case_id)
    lines = conversation_lines(view)
    at = lines.index(REPLY)
    assert lines[at - 1].endswith("ikke levert: avvist av portalen"), lines
    assert lines[at + 1].startswith("Saken ble avbrutt før svaret ditt nådde servicedesken"), lines


def test_pending_changes_says_why_in_our_words_only(qtbot, ctx, refused, norwegian_ui):
    from desktop.views.pending.pending_page import PendingPage
    _case_id, item = refused
    page = PendingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_filter("rejected")
    page.table.setCurrentIndex(page.model.index(page.model.row_of(str(item.seq)), 0))
    assert page.reason_caption.text() == "Portalens begrunnelse:" and page.reason_caption.isVisible()
    assert page.reason_headline.text() == "Saken har endret seg i mellomtiden; det er ikke lenger mulig."
    assert page.reason_label.isHidden()
    shown = page.model.index(page.model.row_of(str(item.seq)), 4).data()
    assert shown == page.reason_headline.text() and "customer" not in shown
    assert page.edit_button.isEnabled()
