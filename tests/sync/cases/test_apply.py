"""Cases from the change feed into the cache: activity time, search text, unread marks, notices (and when there are
none), attachments that keep their local copy, deletes, and a reset that keeps our unsent work."""

from __future__ import annotations

from sqlalchemy import select, update

from domain.wire import Change, ChangePage
from sync.cache.db import writer
from sync.cache.schema import (
    case_attachments,
    case_events,
    case_messages,
    cases,
    notices,
)
from sync.cache.stamps import to_iso
from sync.cases.operations import CaseDraft, queue_case, queue_reply
from sync.engine.feed import apply_page
from tests.sync.case_factories import T0, attachment, event, message, portal_case


def _apply(cache, *items, reset=False, notify=True, deletes=()):
    changes = [Change(entity=_entity(i), op="upsert", id=i.id, data=i.model_dump(mode="json")) for i in items]
    changes += [Change(entity=entity, op="delete", id=entity_id) for entity, entity_id in deletes]
    with writer(cache).begin() as conn:
        return apply_page(conn, ChangePage(cursor="c", has_more=False, reset=reset, changes=changes), notify=notify)


def _entity(item):
    return {"Case": "case", "CaseMessage": "case_message", "CaseEvent": "case_event"}[type(item).__name__]


def _case_row(cache, case_id="c-1"):
    with cache.connect() as conn:
        return conn.execute(select(cases).where(cases.c.id == case_id)).first()


def _notices(cache):
    with cache.connect() as conn:
        return [(n.kind, n.entity, n.entity_id, n.title, n.detail) for n in conn.execute(select(notices)
                                                                                           .order_by(notices.c.id))]


def test_a_case_arrives_with_search_text_and_activity_from_its_thread(cache):
    # the page brings the message before its case: the order within a page must not matter
    changed = _apply(cache, message("m-1", minutes=30), event("e-1", minutes=5), portal_case())
    row = _case_row(cache)
    assert row.number == "CS0001234" and row.sync_status == "synced"
    assert row.search_text == "cs0001234 paper jam in tray 2 it jams every third sheet. sn100 bizhub c300i"
    assert row.last_activity_at == to_iso(message("m-1", minutes=30).created_at)
    assert changed["case"] == {"c-1"} and changed["case_message"] == {"m-1"} and changed["case_event"] == {"e-1"}
    _apply(cache, message("m-2", minutes=90))
    assert _case_row(cache).last_activity_at == to_iso(message("m-2", minutes=90).created_at)
    _apply(cache, message("m-0", minutes=1))  # an older message never moves it back
    assert _case_row(cache).last_activity_at == to_iso(message("m-2", minutes=90).created_at)


def test_a_new_agent_reply_marks_unread_and_raises_one_notice(cache):
    _apply(cache, portal_case())
    changed = _apply(cache, message("m-1", body="Please open tray 2 and remove the torn sheet. " * 10))
    assert _case_row(cache).unread == 1
    (notice,) = _notices(cache)
    assert notice[:4] == ("reply", "case", "c-1", "CS0001234: Paper jam in tray 2")
    assert notice[4].startswith("Please open tray 2") and len(notice[4]) == 200
    assert changed["notice"] is None
    _apply(cache, message("m-1", body="edited"))  # the same message again: not new
    assert len(_notices(cache)) == 1


def test_our_own_and_customer_messages_raise_nothing(cache):
    _apply(cache, portal_case())
    _apply(cache, message("m-1", author_kind="customer"))
    assert _case_row(cache).unread == 0 and _notices(cache) == []


def test_an_agent_state_change_raises_a_state_notice_but_customer_actions_do_not(cache):
    _apply(cache, portal_case())
    _apply(cache, event("e-1", from_state="in_progress", to_state="resolved", action="resolve"),
           event("e-2", from_state="resolved", to_state="in_progress", action="reopen", actor_kind="customer"),
           event("e-3", from_state=None, to_state="new", action="create", actor_kind="customer"))
    assert _notices(cache) == [("state", "case", "c-1", "CS0001234: Paper jam in tray 2", "resolved")]


def test_quiet_pages_record_no_notices_and_no_unread(cache):
    _apply(cache, portal_case(), message("m-1"), event("e-1"), notify=False)
    _apply(cache, message("m-2", minutes=20), reset=True, deletes=())
    assert _notices(cache) == []
    assert _case_row(cache) is None  # the reset page dropped the case; m-2 came without it


def test_attachments_follow_the_case_and_keep_their_local_copy(cache):
    _apply(cache, portal_case(attachments=(attachment("a-1"), attachment("a-2", file_name="log.txt"))))
    with writer(cache).begin() as conn:
        conn.execute(update(case_attachments).where(case_attachments.c.id == "a-1")
                     .values(local_path="attachments/c-1/a-1-photo.png"))
    changed = _apply(cache, portal_case(version=3, attachments=(attachment("a-1"),)))
    with cache.connect() as conn:
        rows = conn.execute(select(case_attachments.c.id, case_attachments.c.local_path)).all()
    assert [tuple(r) for r in rows] == [("a-1", "attachments/c-1/a-1-photo.png")]
    assert changed["case_attachment"] == {"a-1", "a-2"}


def test_deletes_take_a_case_and_its_thread(cache):
    _apply(cache, portal_case(attachments=(attachment("a-1"),)), message("m-1"), event("e-1"),
           portal_case("c-2", number="CS0001235"), message("m-2", "c-2"))
    changed = _apply(cache, deletes=[("case", "c-1"), ("case_message", "m-2")])
    with cache.connect() as conn:
        assert conn.execute(select(cases.c.id)).scalars().all() == ["c-2"]
        assert conn.execute(select(case_messages)).all() == []
        assert conn.execute(select(case_events)).all() == []
        assert conn.execute(select(case_attachments)).all() == []
    assert changed["case"] == {"c-1"} and changed["case_message"] == {"m-1", "m-2"}


def test_a_reset_keeps_our_unsent_case_reply_and_attachment(cache, tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    draft = CaseDraft(type="support", product_id="p-1", category="paper_jam", subject="Jam", description="Jams.")
    mine = next(iter(queue_case(cache, draft, [tmp_path / "a.txt"], data_dir=tmp_path)["case"]))
    _apply(cache, portal_case(state="awaiting_customer"), message("m-1"))
    queue_reply(cache, "c-1", "Still jams", data_dir=tmp_path)
    changed = _apply(cache, reset=True)
    with cache.connect() as conn:
        assert conn.execute(select(cases.c.id)).scalars().all() == [mine]
        assert [m.body for m in conn.execute(select(case_messages))] == ["Still jams"]
        assert conn.execute(select(case_attachments.c.case_id)).scalars().all() == [mine]
    assert changed["case"] is None and changed["case_event"] is None


def test_the_portals_copy_of_our_case_turns_it_synced_and_keeps_unread(cache, tmp_path):
    draft = CaseDraft(type="support", product_id="p-1", category="paper_jam", subject="Jam", description="Jams.")
    mine = next(iter(queue_case(cache, draft, data_dir=tmp_path)["case"]))
    with writer(cache).begin() as conn:
        conn.execute(update(cases).values(unread=1))
    _apply(cache, portal_case(mine, subject="Jam", created_at=T0))
    row = _case_row(cache, mine)
    assert (row.sync_status, row.number, row.unread) == ("synced", "CS0001234", 1)


class _FeedClient:
    """Serves one page of the feed and records the cursors it was asked for."""
    base_url = "http://portal.test"

    def __init__(self, *items):
        self.asked: list[str | None] = []
        self.changes_ = [Change(entity=_entity(i), op="upsert", id=i.id, data=i.model_dump(mode="json"))
                         for i in items]

    def changes(self, cursor, *, limit):
        self.asked.append(cursor)
        return ChangePage(cursor="c-new", has_more=False, changes=self.changes_)


def test_a_cache_from_before_cases_reads_the_feed_again_once_quietly(cache):
    from sync.cache.state import get_state, set_state
    from sync.engine.pull import FEED_KINDS_VERSION, pull
    with writer(cache).begin() as conn:
        set_state(conn, "cursor", "c-old")            # taken by a version that skipped cases
        set_state(conn, "caught_up", "1")
    client = _FeedClient(portal_case(), message("m-1"))
    pull(cache, client, progress=lambda *a: None, cancelled=lambda: False)
    assert client.asked == [None]
    assert _case_row(cache).number == "CS0001234" and _notices(cache) == []
    assert get_state(cache, "feed_kinds") == FEED_KINDS_VERSION
    later = _FeedClient(message("m-2", minutes=50))
    pull(cache, later, progress=lambda *a: None, cancelled=lambda: False)
    assert later.asked == ["c-new"] and [n[0] for n in _notices(cache)] == ["reply"]


def test_a_case_is_found_by_its_products_new_serial(cache):
    from tests.sync import factories
    _apply(cache, portal_case(product_id="p-9"))            # its product arrives later
    assert "zz-99" not in _case_row(cache).search_text
    with writer(cache).begin() as conn:
        from domain.wire import Change
        from sync.engine.feed import apply_change
        product = factories.product("p-9", "ZZ-99")
        changed = apply_change(conn, Change(op="upsert", entity="product", id="p-9", data=product.model_dump(
            mode="json")))
    assert changed["case"] == {"c-1"} and "zz-99 bizhub c300i" in _case_row(cache).search_text
