"""Exactly-once delivery against the real portal: queued offline, killed mid-push, and through a flaky network."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from cli.main import main
from domain.clock import today
from sync.api import PortalClient
from sync.cache.schema import outbox as outbox_table
from sync.outbox import queue as outbox
from sync.readings.operations import queue_readings
from tests.support.portal_server import REPO_ROOT, start_portal_process
from tests.support.waiting import wait_until
from tests.sync.e2e import (
    assert_arrived_exactly_once,
    fast_engine,
    plan_readings,
    signed_in,
)
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _queue(ws, count):
    result = queue_readings(ws.engine, plan_readings(ws.engine, count, today()), today=today())
    assert len(result.queued) == count
    return [o.item.entity_id for o in result.queued]


def test_200_readings_queued_while_the_portal_is_down_arrive_exactly_once(data_dir, tmp_path, capsys):
    db = tmp_path / "portal.sqlite"
    process, url = start_portal_process(db)
    try:
        ws = signed_in(data_dir, url)
        with fast_engine(ws) as engine:
            engine.run_once()
            process.terminate()
            process.wait(timeout=20)
            ids = _queue(ws, 200)
            down = engine.run_once()
            assert (down.online, down.pushed) == (False, 0)
            assert outbox.unsent_count(ws.engine) == 200
            process, _ = start_portal_process(db, port=int(url.rsplit(":", 1)[1]))
            started = time.monotonic()
            report = engine.run_once()
            elapsed = time.monotonic() - started
        assert (report.online, report.pushed, report.rejected, report.error) == (True, 200, 0, None)
        assert_arrived_exactly_once(url, ws.engine, ids)
        with capsys.disabled():
            print(f"\n[measure] 200 readings pushed (and the feed pulled) in {elapsed:.2f} s")
        ws.close()
    finally:
        process.kill()
        process.wait(timeout=20)


@pytest.fixture
def portal_process(tmp_path):
    """The portal as its own process (`python -m portal --demo`): what the desktop's --demo mode runs."""
    process, url = start_portal_process(tmp_path / "portal.sqlite")
    yield url
    process.kill()
    process.wait(timeout=20)


def test_a_cli_sync_killed_mid_push_loses_nothing_and_repeats_nothing(portal_process, data_dir, keyring_env):
    portal = portal_process
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
    ids = _queue(ws, 300)
    child = subprocess.Popen([sys.executable, "-m", "cli.main", "--data-dir", str(data_dir), "sync"],
                             cwd=REPO_ROOT, env=keyring_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        sent_before = _wait_for_sent(ws.engine, at_least=30, child=child)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert 30 <= sent_before < 300
    states = {i.state for i in outbox.outbox_items(ws.engine)}
    assert "queued" in states or "sending" in states
    assert main(["--data-dir", str(data_dir), "sync"]) == 0
    assert_arrived_exactly_once(portal, ws.engine, ids)
    ws.close()


def test_a_flaky_network_still_delivers_everything_exactly_once(portal, data_dir, capsys):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
    ids = _queue(ws, 60)
    # Sign-in calls are spared: a refresh answer lost on the way would end the session (see the report).
    with FaultyProxy(portal, fault_rate=0.4, seed=7, delay=1.2,
                     spare=lambda method, path: path.startswith("/v1/auth/")) as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 0.8))
        with fast_engine(ws, client=client) as engine:
            for _ in range(60):
                report = engine.run_once()
                if outbox.unsent_count(ws.engine) == 0 and report.error is None:
                    break
                outbox.retry_now(ws.engine)
        assert set(proxy.injected) == {"error_500", "delay", "drop_before", "drop_after"}
        assert proxy.injected["drop_after"] >= 3
        with capsys.disabled():
            print(f"\n[measure] flaky network: {dict(proxy.injected)} faults, {proxy.forwarded} clean requests")
    assert outbox.unsent_count(ws.engine) == 0
    assert_arrived_exactly_once(portal, ws.engine, ids)
    ws.close()


def _wait_for_sent(engine, *, at_least: int, child: subprocess.Popen, timeout: float = 60) -> int:
    """The number of sent items once it reaches `at_least` (the kill must land mid-push, so poll tightly)."""
    def sent_so_far() -> int:
        with engine.connect() as conn:
            sent = conn.execute(select(func.count()).where(outbox_table.c.state == "sent")).scalar_one()
        if sent < at_least and child.poll() is not None:
            raise AssertionError(f"portal-cli sync ended early: {child.stderr.read().decode()}")
        return sent if sent >= at_least else 0
    return wait_until(sent_so_far, timeout=timeout, what=f"{at_least} items to be sent", interval=0.005)


