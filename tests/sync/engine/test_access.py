"""`sync.engine.access` on a cache: what a reset remembers, and what the feed's end settles — the unsent items of the
machines that did not come back are refused with `local.access_lost`, whatever state they were in, and only those."""

from __future__ import annotations

from sqlalchemy import Connection

from domain import problems
from domain.wire import Change
from sync.cache.db import writer
from sync.engine import access, replay
from sync.engine.feed import reset_replica
from sync.notices import unshown_notices
from sync.outbox import queue as outbox
from sync.readings.operations import queue_reading
from tests.sync import factories
from tests.sync.conftest import TODAY
from tests.sync.engine.test_feed_apply import _apply, _upsert

NOT_FOUND = {"type": "about:blank", "title": "Not found", "status": 404, "detail": "The product does not exist.",
             "code": problems.NOT_FOUND, "errors": []}


def _reading(cache, product_id: str, total: int):
    return queue_reading(cache, product_id, TODAY, {"total": total, "bw": total - 2_000, "colour": 2_000},
                         today=TODAY).value


def _reset_bringing(cache, *product_ids: str) -> tuple[int, dict]:
    """A one-page reset that brings back only these machines, then the feed's end."""
    _apply(cache, *(_upsert("product", factories.product(pid, f"SN{pid}")) for pid in product_ids), reset=True)
    with writer(cache).begin() as conn:
        return access.settle(conn)


def test_the_lost_machines_queued_and_already_refused_items_are_refused_for_access(cache):
    queued = _reading(cache, "p-1", 11_000)
    refused = _reading(cache, "p-2", 11_000)
    replay.rejected(cache, refused, NOT_FOUND)  # sent in the moment before the un-assignment reached the feed
    kept = queue_reading(cache, "p-3", TODAY, {"total": 5}, today=TODAY).value

    lost, changed = _reset_bringing(cache, "p-3")

    assert lost == 2 and changed["outbox"] == {str(queued.seq), str(refused.seq)}
    for item, serial in ((queued, "SN100"), (refused, "SN200")):
        now = outbox.outbox_item(cache, item.seq)
        assert now.state == "rejected" and now.problem["code"] == problems.LOCAL_ACCESS_LOST
        assert now.problem["params"] == {"serial": serial, "model": "Bizhub C300i"}
    assert outbox.outbox_item(cache, kept.seq).state == "queued"
    assert [n.access_lost for n in unshown_notices(cache) if n.kind == "access_lost"] == [(2, 2)]


def test_a_reset_that_brings_every_machine_back_refuses_nothing(cache):
    item = _reading(cache, "p-1", 11_000)
    assert _reset_bringing(cache, "p-1", "p-2", "p-3") == (0, {})
    assert outbox.outbox_item(cache, item.seq).state == "queued"
    assert not [n for n in unshown_notices(cache) if n.kind == "access_lost"]


def test_without_a_reset_there_is_nothing_to_settle(cache):
    _apply(cache, Change(entity="product", op="delete", id="p-1"))
    with writer(cache).begin() as conn:
        assert access.settle(conn) == (0, {})


def test_a_second_reset_before_the_end_keeps_what_the_user_had_first(cache):
    item = _reading(cache, "p-1", 11_000)
    with writer(cache).begin() as conn:
        reset_replica(conn)  # the pull stopped after this page...
    with writer(cache).begin() as conn:
        reset_replica(conn)  # ...and the next one started over again, with an empty cache
    lost, _ = _reset_bringing(cache, "p-2")
    assert lost == 2 and outbox.outbox_item(cache, item.seq).problem["params"]["serial"] == "SN100"


def test_an_item_about_no_machine_is_never_refused(cache):
    with writer(cache).begin() as conn:
        question = _question(conn)
    _reset_bringing(cache)
    assert outbox.outbox_item(cache, question.seq).state == "queued"


def _question(conn: Connection):
    return outbox.enqueue(conn, kind="case.create", method="POST", path="/cases", entity="case", entity_id="q-1",
                          body={"id": "q-1", "type": "account_question", "product_id": None},
                          group_key="case:q-1", summary="An account question")


def test_an_unsent_edit_of_a_lost_machines_data_is_refused_for_access(cache):
    """A product edit's group names no machine: the products feature says which (`item_product`)."""
    from sync.edits.operations import edit
    from sync.products.edits import PRODUCT_EDIT

    _reset_bringing(cache, "p-1", "p-2")
    edit(cache, PRODUCT_EDIT, "p-1", {"room": "Arkivet"}, summary="room")
    queued = [i for i in outbox.outbox_items(cache) if i.kind == PRODUCT_EDIT.kind]
    assert len(queued) == 1

    lost, _ = _reset_bringing(cache, "p-2")

    assert lost == 1
    now = outbox.outbox_item(cache, queued[0].seq)
    assert now.state == "rejected" and now.problem["code"] == problems.LOCAL_ACCESS_LOST
