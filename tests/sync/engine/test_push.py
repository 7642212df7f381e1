"""The push half of a sync round, with a fake portal client: ordering, holding, backoff and stopping rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from domain.wire import Account, ChangePage, Me, Problem, User
from sync.api import (
    Answer,
    AuthRequired,
    Busy,
    PortalUnreachable,
    RateLimited,
    Rejected,
    ServerError,
)
from sync.api.backoff import Backoff
from sync.api.credentials import TokenStore
from sync.cache import state as cache_state
from sync.engine import replay
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading
from sync.session.workspace import Workspace
from tests.sync.conftest import TODAY

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
LOW = Problem(title="Lower", status=422, code="meter.reading_decreased")


class FakeClient:
    """Answers `send` from a per-product script of outcomes (an exception to raise, or "ok")."""

    base_url = "http://portal.test"

    def __init__(self, script=None, pages=None):
        self.script = script or {}
        self.sent: list[tuple[str, str]] = []
        self.pages = pages or [ChangePage(cursor="c1", has_more=False, changes=[])]

    def send(self, method, path, body, *, idempotency_key):
        product = path.split("/")[2]
        self.sent.append((product, idempotency_key))
        outcomes = self.script.get(product, [])
        outcome = outcomes.pop(0) if outcomes else "ok"
        if isinstance(outcome, Exception):
            raise outcome
        return Answer(201, {"id": body["id"], "product_id": product, "reading_date": body["reading_date"],
                            "values": body["values"], "status": "accepted", "submitted_at": NOW.isoformat(),
                            "submitted_by": "kari@example.no"}, False)

    def changes(self, cursor, *, limit):
        return self.pages.pop(0) if len(self.pages) > 1 else self.pages[0]

    def guides(self, etag):
        return None, etag  # unchanged (304)

    def me(self):
        return Me(user=User(id="u-kari", email="kari@example.no", name="Kari", role="customer", account_id="a-1"),
                  account=Account(id="a-1", name="Nordlys", org_number="916482736"))

    def close(self):
        pass


def _engine(cache, client, *, uniform=lambda lo, hi: hi, clock=lambda: NOW):
    ws = Workspace(Path("/nonexistent"), "http://portal.test", "kari@example.no", cache, client,
                   TokenStore("http://portal.test", "kari@example.no"))
    return SyncEngine(ws, client=client, backoff=Backoff(uniform=uniform), clock=clock)


def _queue(cache, product_id, day):
    values = {"total": 10_000 + day.day * 10, "bw": 8_000 + day.day, "colour": 2_000 + day.day}
    if product_id == "p-3":
        values = {"total": day.day}
    return queue_reading(cache, product_id, day, values, today=TODAY).value


def test_everything_due_is_sent_in_order_and_the_rows_accepted(cache):
    items = [_queue(cache, "p-1", date(2026, 11, d)) for d in (20, 21)] + [_queue(cache, "p-2", TODAY)]
    client = FakeClient()
    report = _engine(cache, client).run_once()
    assert (report.online, report.pushed, report.rejected, report.error) == (True, 3, 0, None)
    assert client.sent == [("p-1", items[0].idempotency_key), ("p-1", items[1].idempotency_key),
                           ("p-2", items[2].idempotency_key)]
    assert {r.status for r in reading_queries.reading_history(cache, "p-1")} == {"accepted"}
    assert report.changed["meter_reading"] == {i.entity_id for i in items}
    assert report.next_retry_at is None
    assert cache_state.sync_status(cache).last_sync_at == NOW


def test_a_rejection_holds_its_group_but_not_the_others(cache):
    first, held = _queue(cache, "p-1", date(2026, 11, 20)), _queue(cache, "p-1", TODAY)
    other = _queue(cache, "p-2", TODAY)
    client = FakeClient({"p-1": [Rejected(LOW)]})
    report = _engine(cache, client).run_once()
    assert (report.pushed, report.rejected) == (1, 1)
    assert [p for p, _ in client.sent] == ["p-1", "p-2"]
    states = {i.seq: i.state for i in outbox.outbox_items(cache)}
    assert states == {first.seq: "rejected", held.seq: "queued", other.seq: "sent"}
    assert outbox.outbox_item(cache, first.seq).problem["code"] == "meter.reading_decreased"
    again = _engine(cache, client).run_once()
    assert again.pushed == 0 and len(client.sent) == 2  # still held
    replay.discard(cache, first.seq)
    assert _engine(cache, client).run_once().pushed == 1
    assert outbox.outbox_item(cache, held.seq).state == "sent"


def test_offline_stops_the_round_keeps_the_key_and_schedules_a_retry(cache):
    first, second = _queue(cache, "p-1", TODAY), _queue(cache, "p-2", TODAY)
    client = FakeClient({"p-1": [PortalUnreachable("no route")]})
    report = _engine(cache, client).run_once()
    assert (report.online, report.pushed, report.error) == (False, 0, "no route")
    assert report.error_code == "portal.unreachable"
    assert len(client.sent) == 1
    item = outbox.outbox_item(cache, first.seq)
    assert (item.state, item.attempts, item.idempotency_key) == ("queued", 1, first.idempotency_key)
    assert item.next_attempt_at == NOW + timedelta(seconds=2)
    assert report.next_retry_at == min(NOW + timedelta(seconds=2), second.created_at)
    assert cache_state.sync_status(cache).last_error == "no route"


def test_items_not_yet_due_wait_and_hold_their_group(cache):
    first, second = _queue(cache, "p-1", date(2026, 11, 20)), _queue(cache, "p-1", TODAY)
    outbox.mark_failed(cache, first, "earlier failure", NOW + timedelta(minutes=5))
    client = FakeClient()
    assert _engine(cache, client).run_once().pushed == 0
    later = NOW + timedelta(minutes=6)
    assert _engine(cache, client, clock=lambda: later).run_once().pushed == 2
    assert [k for _, k in client.sent] == [first.idempotency_key, second.idempotency_key]


def test_server_errors_and_busy_retry_later_while_other_groups_go_on(cache):
    _queue(cache, "p-1", TODAY), _queue(cache, "p-2", TODAY), _queue(cache, "p-3", TODAY)
    client = FakeClient({"p-1": [ServerError("HTTP 500", status=500)],
                         "p-2": [Busy("in progress", retry_after=600)]})
    report = _engine(cache, client, uniform=lambda lo, hi: lo).run_once()
    assert (report.online, report.pushed) == (True, 1)
    assert report.error_code == "portal.busy"  # the last failure of the round, as a code for the app to word
    by_group = {i.group_key: i for i in outbox.outbox_items(cache)}
    assert by_group["product:p-1"].next_attempt_at == NOW
    assert by_group["product:p-2"].next_attempt_at == NOW + timedelta(seconds=600)
    assert by_group["product:p-3"].state == "sent"


def test_rate_limit_stops_pushing_and_honours_retry_after(cache):
    first, _ = _queue(cache, "p-1", TODAY), _queue(cache, "p-2", TODAY)
    client = FakeClient({"p-1": [RateLimited("slow down", retry_after=120)]})
    _engine(cache, client).run_once()
    assert len(client.sent) == 1
    assert outbox.outbox_item(cache, first.seq).next_attempt_at == NOW + timedelta(seconds=120)


def test_expired_sign_in_stops_without_counting_an_attempt(cache):
    first = _queue(cache, "p-1", TODAY)
    client = FakeClient({"p-1": [AuthRequired("sign in again")]})
    report = _engine(cache, client).run_once()
    assert report.auth_required and report.pulled == 0
    item = outbox.outbox_item(cache, first.seq)
    assert (item.state, item.attempts) == ("queued", 0)


def test_a_crash_left_sending_item_is_sent_again_with_its_key(cache):
    item = _queue(cache, "p-1", TODAY)
    outbox.claim(cache, item.seq)
    client = FakeClient()
    assert _engine(cache, client).run_once().pushed == 1
    assert client.sent == [("p-1", item.idempotency_key)]


def test_cancelling_stops_between_items(cache):
    for product in ("p-1", "p-2", "p-3"):
        _queue(cache, product, TODAY)
    client = FakeClient()
    calls = []
    report = _engine(cache, client).run_once(cancelled=lambda: len(client.sent) >= 1,
                                             progress=lambda *a: calls.append(a))
    assert report.pushed == 1
    assert calls[0] == ("push", 0, 3)


@pytest.mark.parametrize("garbage", [{"id": 1}, "text", None])
def test_a_garbled_success_answer_is_retried_not_trusted(cache, garbage):
    item = _queue(cache, "p-1", TODAY)

    class Garbled(FakeClient):
        def send(self, method, path, body, *, idempotency_key):
            return Answer(201, garbage, False)

    report = _engine(cache, Garbled()).run_once()
    got = outbox.outbox_item(cache, item.seq)
    if garbage is None:  # 201 without a body: the portal took it, nothing to copy
        assert got.state == "sent"
    else:
        assert (report.pushed, got.state, got.attempts) == (0, "queued", 1)
        assert "wrong shape" in got.last_error
