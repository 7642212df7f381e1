"""The edit machinery on a cache, without a portal: optimistic rows, an edit folded into the one still waiting, the
feed's newer copy kept as "theirs" under the pending edit, a conflict's three answers, and what discarding puts
back."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from domain import problems
from domain.wire import Change
from sync.cache.db import writer
from sync.edits import operations as edits
from sync.edits import queries
from sync.engine import replay
from sync.engine.feed import apply_change
from sync.features import EDITABLE
from sync.outbox import queue
from sync.products import queries as product_queries
from tests.sync import factories
from tests.sync.conftest import TODAY

PRODUCT = EDITABLE["product"]
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
PARTS = {"building": "Bygg A", "floor": "2. etasje", "room": "kopirom"}


@pytest.fixture
def cache(cache):
    _feed(cache, version=1, **PARTS)
    return cache


def _feed(cache, **changes) -> None:
    data = factories.product("p-1", "SN100", **changes).model_dump(mode="json")
    with writer(cache).begin() as conn:
        apply_change(conn, Change(entity="product", op="upsert", id="p-1", data=data))


def _row(cache):
    return product_queries.product(cache, "p-1", today=TODAY)


def _only_item(cache):
    (item,) = queue.outbox_items(cache, ("queued", "sending", "rejected"))
    return item


def _send(cache, item, **answer) -> None:
    with writer(cache).begin() as conn:
        replay.sent(conn, item, factories.product("p-1", "SN100", **answer), NOW)


def _refuse(cache, item, status=412, code=problems.CONFLICT_ETAG) -> None:
    replay.rejected(cache, item, {"status": status, "code": code, "title": "x", "detail": "x"})


def test_an_edit_shows_at_once_and_queues_only_what_changed(cache):
    changed = edits.edit(cache, PRODUCT, "p-1", {"room": "Postrommet", "floor": "2. etasje"}, summary="Edit")
    assert changed["product"] == {"p-1"}
    row = _row(cache)
    assert (row.room, row.location) == ("Postrommet", "Bygg A, 2. etasje, Postrommet")
    item = _only_item(cache)
    assert (item.method, item.path, dict(item.body)) == ("PATCH", "/products/p-1",
                                                         {"room": "Postrommet", "_if_match": '"1"'})
    assert queries.pending_fields(cache, "product", "p-1") == {"room": "pending"}


def test_a_second_edit_joins_the_waiting_one_and_a_field_put_back_leaves_it(cache):
    edits.edit(cache, PRODUCT, "p-1", {"room": "Postrommet"}, summary="Edit")
    edits.edit(cache, PRODUCT, "p-1", {"cost_centre": "4100"}, summary="Edit")
    assert dict(_only_item(cache).body) == {"room": "Postrommet", "cost_centre": "4100", "_if_match": '"1"'}
    edits.edit(cache, PRODUCT, "p-1", {"room": "kopirom"}, summary="Edit")
    assert dict(_only_item(cache).body) == {"cost_centre": "4100", "_if_match": '"1"'}
    edits.edit(cache, PRODUCT, "p-1", {"cost_centre": ""}, summary="Edit")
    assert queue.outbox_items(cache) == [] and queries.pending_fields(cache, "product", "p-1") == {}


def test_an_edit_made_while_the_first_is_on_its_way_goes_on_the_version_the_first_made(cache):
    edits.edit(cache, PRODUCT, "p-1", {"room": "Postrommet"}, summary="Edit")
    first = _only_item(cache)
    assert queue.claim(cache, first.seq)
    edits.edit(cache, PRODUCT, "p-1", {"floor": "3. etasje"}, summary="Edit")
    _send(cache, first, version=2, **(PARTS | {"room": "Postrommet"}))
    (second,) = queue.outbox_items(cache, ("queued",))
    assert dict(second.body) == {"floor": "3. etasje", "_if_match": '"2"'}
    assert (_row(cache).room, _row(cache).floor, _row(cache).version) == ("Postrommet", "3. etasje", 2)


def test_the_feeds_newer_copy_is_kept_as_theirs_under_the_pending_edit(cache):
    edits.edit(cache, PRODUCT, "p-1", {"room": "Postrommet"}, summary="Edit")
    _feed(cache, version=2, **(PARTS | {"room": "Arkivet"}), contact_name="Ola")
    row = _row(cache)
    assert (row.room, row.contact_name, row.version) == ("Postrommet", "Ola", 2)
    _refuse(cache, _only_item(cache))
    (conflict,) = queries.conflicts(cache)
    assert conflict.theirs_version == 2
    assert [(f.name, f.base, f.mine, f.theirs) for f in conflict.fields] == [("room", "kopirom", "Postrommet",
                                                                             "Arkivet")]
    with pytest.raises(edits.EditRefused) as refused:
        edits.edit(cache, PRODUCT, "p-1", {"floor": "1"}, summary="Edit")
    assert refused.value.code == problems.EDIT_UNRESOLVED


def _conflict(cache):
    edits.edit(cache, PRODUCT, "p-1", {"room": "Postrommet", "cost_centre": "4100"}, summary="Edit")
    _refuse(cache, _only_item(cache))
    assert queries.conflicts(cache)[0].theirs_version is None  # the portal's version has not come yet
    with pytest.raises(edits.EditRefused) as early:
        edits.resolve(cache, PRODUCT, _only_item(cache).seq, {})
    assert early.value.code == problems.EDIT_THEIRS_UNKNOWN
    _feed(cache, version=2, **(PARTS | {"room": "Arkivet"}))
    return queries.conflicts(cache)[0]


def test_keep_mine_requeues_on_the_portals_version(cache):
    conflict = _conflict(cache)
    edits.resolve(cache, PRODUCT, conflict.seq, {"room": "mine"})
    item = _only_item(cache)
    assert item.state == "queued" and dict(item.body) == {"room": "Postrommet", "cost_centre": "4100",
                                                          "_if_match": '"2"'}
    assert queries.conflicts(cache) == [] and _row(cache).room == "Postrommet"


def test_a_merge_sends_only_what_still_differs(cache):
    conflict = _conflict(cache)
    edits.resolve(cache, PRODUCT, conflict.seq, {"room": "theirs", "cost_centre": "mine"})
    assert dict(_only_item(cache).body) == {"cost_centre": "4100", "_if_match": '"2"'}
    assert (_row(cache).room, _row(cache).cost_centre) == ("Arkivet", "4100")


def test_take_theirs_drops_the_edit_and_the_cache_holds_the_portals(cache):
    conflict = _conflict(cache)
    edits.resolve(cache, PRODUCT, conflict.seq, {"room": "theirs", "cost_centre": "theirs"})
    assert queue.outbox_items(cache) == [] and queries.conflicts(cache) == []
    row = _row(cache)
    assert (row.room, row.cost_centre, row.version, row.location) == ("Arkivet", "", 2, "Bygg A, 2. etasje, Arkivet")
    with pytest.raises(edits.EditRefused) as again:
        edits.resolve(cache, PRODUCT, conflict.seq, {})
    assert again.value.code == problems.EDIT_CONFLICT_GONE


def test_discarding_a_refused_edit_puts_back_what_it_replaced(cache):
    edits.edit(cache, PRODUCT, "p-1", {"building": "Bygg Z"}, summary="Edit")
    item = _only_item(cache)
    _refuse(cache, item, status=422, code=problems.VALIDATION_FAILED)
    assert queries.conflicts(cache) == [] and queries.pending_fields(cache, "product", "p-1") == {
        "building": "refused"}
    replay.discard(cache, item.seq)
    assert (_row(cache).building, _row(cache).location) == ("Bygg A", "Bygg A, 2. etasje, kopirom")
    assert queries.pending_fields(cache, "product", "p-1") == {}


def test_a_corrected_edit_replaces_the_refused_one_in_one_go(cache):
    edits.edit(cache, PRODUCT, "p-1", {"building": "Bygg Z", "room": "Arkivet"}, summary="Edit")
    item = _only_item(cache)
    _refuse(cache, item, status=422, code=problems.VALIDATION_FAILED)
    edits.edit(cache, PRODUCT, "p-1", {"building": "Bygg B"}, summary="Edit", replacing=item.seq)
    new = _only_item(cache)
    assert new.state == "queued" and dict(new.body) == {"building": "Bygg B", "_if_match": '"1"'}
    assert (_row(cache).building, _row(cache).room) == ("Bygg B", "kopirom")
