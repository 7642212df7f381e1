"""The conflict dialog with real widgets over a real cache: both versions field by field, and each of its three
answers (keep mine, take the portal's, a choice per field) ends as `sync.edits` says: mine queued again on the
portal's version, or the portal's in the cache and nothing queued, or only what still differs queued."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.views.conflicts.conflict_dialog import THEIRS, ConflictDialog, open_conflict
from desktop.views.products.product_fields import PRODUCT_FIELDS
from domain import problems
from sync.cache.db import writer
from sync.cache.schema import products
from sync.edits import operations as edits
from sync.edits import queries as edit_queries
from sync.edits.overlay import lay_over
from sync.engine import replay
from sync.outbox import queue
from sync.products import queries as product_queries
from sync.products.edits import PRODUCT_EDIT
from tests.desktop.pages_fixtures import TODAY, offline_ctx, product_id, small_cache  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PID = product_id(0)


def make_conflict(engine, *, theirs_arrived: bool = True):
    """Room and cost centre edited offline; the portal refused it as stale; Kari had put the machine in the
    archive (version 2), which the feed brought."""
    edits.edit(engine, PRODUCT_EDIT, PID, {"room": "Postrommet", "cost_centre": "4100 Regnskap"}, summary="Edit")
    (item,) = queue.outbox_items(engine)
    replay.rejected(engine, item, {"status": 412, "code": problems.CONFLICT_ETAG, "title": "x", "detail": "x"})
    if theirs_arrived:
        with writer(engine).begin() as conn:
            # the feed writes the portal's whole row (`sync.edits.overlay.guarded`), then lays the edit over it
            conn.execute(update(products).where(products.c.id == PID).values(room="Arkivet", cost_centre="",
                                                                              version=2))
            lay_over(conn, PRODUCT_EDIT, PID)
    (conflict,) = edit_queries.conflicts(engine)
    return conflict


@pytest.fixture
def dialog(qtbot, offline_ctx):
    found = ConflictDialog(offline_ctx, make_conflict(offline_ctx.engine), PRODUCT_FIELDS)
    qtbot.addWidget(found)
    found.show()
    return found


def _row(ctx):
    return product_queries.product(ctx.engine, PID, today=TODAY)


def _answered(qtbot, dialog, button) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        button.click()


def test_it_shows_both_versions_field_by_field(dialog):
    texts = [label.text() for label in dialog.findChildren(type(dialog.intro))]
    assert {"Room", "Cost centre", "Postrommet", "Arkivet", "4100 Regnskap", "(empty)"} <= set(texts)
    assert set(dialog.groups) == {"room", "cost_centre"}


def test_keep_mine_queues_my_values_on_the_portals_version(qtbot, dialog, offline_ctx):
    _answered(qtbot, dialog, dialog.keep_mine_button)
    (item,) = queue.outbox_items(offline_ctx.engine)
    assert item.state == "queued"
    assert dict(item.body) == {"room": "Postrommet", "cost_centre": "4100 Regnskap", "_if_match": '"2"'}
    assert _row(offline_ctx).room == "Postrommet" and edit_queries.conflicts(offline_ctx.engine) == []


def test_take_the_portals_drops_my_edit_and_shows_theirs(qtbot, dialog, offline_ctx):
    _answered(qtbot, dialog, dialog.take_theirs_button)
    assert queue.outbox_items(offline_ctx.engine) == []
    assert (_row(offline_ctx).room, _row(offline_ctx).cost_centre) == ("Arkivet", "")
    assert edit_queries.conflicts(offline_ctx.engine) == []


def test_a_choice_per_field_sends_only_what_still_differs(qtbot, dialog, offline_ctx):
    dialog.groups["room"].button(THEIRS).click()
    _answered(qtbot, dialog, dialog.merge_button)
    (item,) = queue.outbox_items(offline_ctx.engine)
    assert dict(item.body) == {"cost_centre": "4100 Regnskap", "_if_match": '"2"'}
    assert (_row(offline_ctx).room, _row(offline_ctx).cost_centre) == ("Arkivet", "4100 Regnskap")


def test_before_the_portals_version_arrives_it_says_so_and_cannot_be_answered(qtbot, offline_ctx):
    found = ConflictDialog(offline_ctx, make_conflict(offline_ctx.engine, theirs_arrived=False), PRODUCT_FIELDS)
    qtbot.addWidget(found)
    found.show()
    assert not found.keep_mine_button.isEnabled() and not found.merge_button.isEnabled()
    assert "Sync" in found.error.text() and found.error.isVisible()


def test_pending_changes_opens_it_for_the_conflict(qtbot, offline_ctx):
    conflict = make_conflict(offline_ctx.engine)
    opened = open_conflict(offline_ctx, conflict.seq, None)
    qtbot.addWidget(opened)
    assert opened.isVisible() and opened.conflict.seq == conflict.seq
    opened.grab().save("/tmp/pedit-conflict-en.png")


def test_pending_changes_resolves_a_conflict_with_the_dialog(qtbot, offline_ctx):
    from desktop.views.pending.pending_page import PendingPage

    conflict = make_conflict(offline_ctx.engine)
    page = PendingPage(offline_ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_filter("rejected")
    qtbot.waitUntil(lambda: page.select_item(str(conflict.seq)), timeout=10_000)
    assert page.edit_button.isEnabled() and page.edit_button.text() == "&Resolve…"
    page.edit_button.click()
    assert isinstance(page.edit_dialog, ConflictDialog) and page.edit_dialog.conflict.seq == conflict.seq
    _answered(qtbot, page.edit_dialog, page.edit_dialog.keep_mine_button)
    assert [i.state for i in queue.outbox_items(offline_ctx.engine)] == ["queued"]
