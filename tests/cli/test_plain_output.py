"""What portal-cli shows people carries no ISO dates, no addresses with ids and no raw codes: dates read 25.11.2026
(as --date takes them), moments in the computer's time, numbers grouped; the JSON for scripts stays ISO."""

from __future__ import annotations

import io
import json
import re
import sys
import uuid
from datetime import timedelta

import pytest
import requests

from cli.main import main
from cli.problem_texts import local_dates, plain_reason
from domain.clock import today
from sync.session import workspace
from tests.sync.e2e import PASSWORD, all_products

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize(("text", "shown"), [
    ("Meter reading SN1 (2026-11-25): total 5", "Meter reading SN1 (25.11.2026): total 5"),
    ("since 2026-11-25T09:05:00Z.", "since 25.11.2026 09:05."),
    ("since 2026-11-25T09:05:00.5+00:00", "since 25.11.2026 09:05"),
    ("SN 2026-13-01 and 12026-11-25 and 2026-11-255 stay", "SN 2026-13-01 and 12026-11-25 and 2026-11-255 stay"),
    ("", ""),
])
def test_iso_dates_read_as_people_write_them(text, shown, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    assert local_dates(text) == shown


def test_a_reason_loses_its_address_and_its_iso_date():
    assert plain_reason("100 is lower than the previous reading 200 of 2026-10-01 (http://h/v1/products/1a2b)") \
        == "100 is lower than the previous reading 200 of 01.10.2026"


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv, stdin=None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *argv])
        return (code, *capsys.readouterr())
    return run


def _reading_by_someone_else(url, product_id, day, values):
    token = requests.post(f"{url}/v1/auth/token", json={"email": "admin@example.no", "password": PASSWORD},
                          timeout=10).json()["access_token"]
    answer = requests.post(f"{url}/v1/products/{product_id}/meter-readings", timeout=10,
                           json={"id": str(uuid.uuid4()), "reading_date": day.isoformat(), "values": values},
                           headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 201, answer.text


@pytest.mark.e2e
def test_a_refused_reading_is_told_with_local_dates_everywhere(cli, portal, data_dir):
    code, _, err = cli("login", "--portal", portal, "--email", "kari@example.no", "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 0, err
    with workspace.restore(data_dir) as ws:
        machine = all_products(ws.engine, today())[0]
    day = machine.last_reading_date + timedelta(days=1)
    _reading_by_someone_else(portal, machine.id, day, {k: v + 50 for k, v in machine.last_values.items()})
    pairs = [f"{k}={machine.last_values[k] + 100}" for k in machine.counter_keys]

    code, out, err = cli("readings", "add", machine.serial, "--date", f"{day:%d.%m.%Y}", *pairs)
    assert code == 4 and "The portal refused" in err, err
    assert f"({day:%d.%m.%Y})" in out + err
    code, listed, _ = cli("readings", "list", machine.serial)
    code_box, box, _ = cli("outbox")
    assert (code, code_box) == (0, 0) and "refused" in listed and "rejected" in box
    for shown in (out, err, listed, box):
        assert not ISO_DATE.search(shown), shown
        assert "http" not in shown and machine.id not in shown and "meter." not in shown, shown

    code, as_json, _ = cli("outbox", "--json")
    assert code == 0 and json.loads(as_json)[0]["problem"]["code"] == "meter.already_submitted_today"
