"""`portal-cli sync` after a machine was un-assigned from the user: it says how many machines they lost, and
`portal-cli outbox` shows the reading queued for it as refused with the machine's serial — against the real portal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.clock import today
from sync.readings.operations import queue_reading
from sync.session import workspace
from tests.cli.test_cli import cli, kari  # noqa: F401  (fixtures)
from tests.sync.e2e import all_products
from tests.sync.end_to_end.test_access_lost import next_values, unassign

pytestmark = pytest.mark.e2e


def test_sync_says_the_machines_are_gone_and_the_outbox_why(cli, kari, data_dir, tmp_path):  # noqa: F811
    with workspace.restore(data_dir) as ws:
        machine = all_products(ws.engine, today())[0]
        queue_reading(ws.engine, machine.id, machine.last_reading_date + timedelta(days=1), next_values(machine),
                      today=today())
    unassign(tmp_path / "portal.sqlite", "kari@example.no", machine.id)

    code, out, err = cli("sync")
    assert (code, err) == (0, "")
    assert "You no longer have access to 1 machine(s): they were removed from this computer." in out

    code, out, _ = cli("outbox")
    assert code == 0 and "rejected" in out
    assert f"You no longer have access to the machine {machine.serial}" in out
