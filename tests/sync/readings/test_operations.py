"""Reading writes: checked with the shared rules, one transaction for the cache row and the outbox item."""

from __future__ import annotations

from datetime import date

import pytest

from domain import problems
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.readings import queries as reading_queries
from sync.readings.operations import (
    ReadingEntry,
    ReadingRefused,
    UnknownProduct,
    check_reading,
    queue_reading,
    queue_readings,
)
from tests.sync.conftest import TODAY

GOOD = {"total": 11_000, "bw": 8_500, "colour": 2_500}


def _codes(found):
    return sorted(p.code for p in found)


def test_check_reading_uses_the_cached_history(cache):
    found = check_reading(cache, "p-1", TODAY, {"total": 9_000, "bw": 8_500, "colour": 2_500}, today=TODAY)
    assert _codes(found) == [problems.METER_READING_DECREASED]
    assert found[0].counter == "total"
    assert check_reading(cache, "p-1", TODAY, GOOD, today=TODAY) == []


def test_check_reading_returns_warnings_that_do_not_block(cache):
    found = check_reading(cache, "p-1", TODAY, {"total": 900_000, "bw": 8_500, "colour": 2_500}, today=TODAY)
    assert [(p.code, p.blocking) for p in found] == [(problems.METER_UNUSUAL_JUMP, False)]
    queue_reading(cache, "p-1", TODAY, {"total": 900_000, "bw": 8_500, "colour": 2_500}, today=TODAY)


def test_check_reading_of_an_unknown_product(cache):
    with pytest.raises(UnknownProduct):
        check_reading(cache, "nope", TODAY, GOOD, today=TODAY)


def test_queue_reading_writes_the_pending_row_and_the_outbox_item(cache):
    item = queue_reading(cache, "p-1", TODAY, GOOD, today=TODAY).value
    assert item.kind == "meter_reading.create" and item.method == "POST"
    assert item.path == "/products/p-1/meter-readings"
    assert item.group_key == "product:p-1" and item.entity == "meter_reading"
    assert item.summary == "Meter reading SN100 (2026-11-25): total 11,000; bw 8,500; colour 2,500"
    newest = reading_queries.reading_history(cache, "p-1")[0]
    assert (newest.id, newest.status, dict(newest.values)) == (item.entity_id, "pending", GOOD)


def test_a_refused_reading_writes_nothing(cache):
    with pytest.raises(ReadingRefused) as refused:
        queue_reading(cache, "p-1", TODAY, {"total": 5, "bw": -1}, today=TODAY)
    assert _codes(refused.value.problems) == sorted([problems.METER_READING_DECREASED,
                                                     problems.METER_INVALID_VALUE, problems.METER_MISSING_COUNTER])
    assert outbox.outbox_items(cache) == []
    assert len(reading_queries.reading_history(cache, "p-1")) == 1


def test_a_pending_reading_counts_as_history_but_a_rejected_one_does_not(cache):
    item = queue_reading(cache, "p-1", date(2026, 11, 20), GOOD, today=TODAY).value
    lower = {"total": 10_500, "bw": 8_500, "colour": 2_500}
    assert _codes(check_reading(cache, "p-1", TODAY, lower, today=TODAY)) == [problems.METER_READING_DECREASED]
    replay.rejected(cache, item, {"code": "x", "title": "t", "status": 422})
    assert check_reading(cache, "p-1", TODAY, lower, today=TODAY) == []


def test_batch_queues_the_valid_entries_and_explains_the_rest(cache):
    entries = [
        ReadingEntry("p-1", TODAY, GOOD),                                         # fine
        ReadingEntry("p-2", TODAY, {"total": 1_000, "bw": 900, "colour": 100}),   # fine
        ReadingEntry("p-1", TODAY, {"total": 12_000, "bw": 9_000, "colour": 3_000}),  # second one that day
        ReadingEntry("p-3", TODAY, {"total": 5, "colour": 1}),                    # mono machine has no colour
        ReadingEntry("ghost", TODAY, {"total": 1}),                               # not in the fleet
        ReadingEntry("p-2", date(2026, 11, 20), {"total": 2_000, "bw": 900, "colour": 100}),  # above a later one
    ]
    result = queue_readings(cache, entries, today=TODAY)
    assert [o.queued for o in result.outcomes] == [True, True, False, False, False, False]
    assert _codes(result.outcomes[2].problems) == [problems.METER_ALREADY_SUBMITTED_TODAY]
    assert _codes(result.outcomes[3].problems) == [problems.METER_UNKNOWN_COUNTER]
    assert _codes(result.outcomes[4].problems) == [problems.NOT_FOUND]
    assert _codes(result.outcomes[5].problems) == [problems.METER_READING_DECREASED]
    assert [o.item.seq for o in result.queued] == [i.seq for i in outbox.outbox_items(cache)]
    assert len(result.refused) == 4


def test_batch_entries_for_one_machine_on_different_days_go_in_together(cache):
    entries = [ReadingEntry("p-1", date(2026, 11, 1), {"total": 10_500, "bw": 8_200, "colour": 2_300}),
               ReadingEntry("p-1", TODAY, GOOD)]
    result = queue_readings(cache, entries, today=TODAY)
    assert len(result.queued) == 2
