"""Offline with an empty outbox, a round still names the moment of the next one (a probe of the portal), on the
backoff schedule, capped at `PROBE_CAP_S`; back online, the schedule starts again from the first step."""

from __future__ import annotations

from datetime import timedelta

from sync.api import PortalUnreachable
from sync.api.backoff import Backoff
from sync.api.credentials import TokenStore
from sync.engine.rounds import PROBE_CAP_S, SyncEngine
from sync.outbox import queue as outbox
from sync.session.workspace import Workspace
from tests.sync.engine.test_push import NOW, FakeClient


class Switchable(FakeClient):
    online = False

    def changes(self, cursor, *, limit):
        if not self.online:
            raise PortalUnreachable("no network")
        return super().changes(cursor, limit=limit)


def _engine(cache, data_dir, client) -> SyncEngine:
    ws = Workspace(data_dir, "http://portal.test", "kari@example.no", cache, client,
                   TokenStore("http://portal.test", "kari@example.no"))
    ceiling = Backoff(uniform=lambda _low, high: high)  # no jitter: the longest wait of each step
    return SyncEngine(ws, client=client, backoff=ceiling, clock=lambda: NOW)


def test_offline_rounds_probe_on_the_backoff_schedule_up_to_the_cap(cache, tmp_path):
    client = Switchable()
    engine = _engine(cache, tmp_path, client)
    assert outbox.next_due_at(cache) is None
    waits = []
    for _ in range(8):
        report = engine.run_once()
        assert not report.online
        waits.append((report.next_retry_at - NOW).total_seconds())
    assert waits == [2, 4, 8, 16, 32, PROBE_CAP_S, PROBE_CAP_S, PROBE_CAP_S]
    client.online = True
    back = engine.run_once()
    assert back.online and back.next_retry_at is None  # online, nothing queued: the periodic round is enough
    client.online = False
    assert engine.run_once().next_retry_at - NOW == timedelta(seconds=2)  # a new outage starts from the first step
