"""`portal-cli cases`: the cached cases, filtered and searched, as a table and as JSON."""

from __future__ import annotations

import json
import sys

import pytest

from cli.main import main
from sync.cases.operations import CaseDraft, queue_case
from sync.session.workspace import restore
from tests.sync.e2e import PASSWORD

pytestmark = pytest.mark.e2e


def _cli(data_dir, capsys, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_lists_queued_and_synced_cases(portal, data_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert _cli(data_dir, capsys, "login", "--portal", portal, "--email", "admin@example.no",
                "--password-stdin")[0] == 0
    assert _cli(data_dir, capsys, "cases")[1].strip().endswith("0 case(s).")
    with restore(data_dir) as ws:
        with ws.engine.connect() as conn:
            product_id = conn.execute(__import__("sqlalchemy").text("SELECT id FROM products LIMIT 1")).scalar_one()
        queue_case(ws.engine, CaseDraft(type="support", product_id=product_id, category="network",
                                        subject="Offline after the switch change", description="No ping."),
                   data_dir=ws.data_dir)
    code, out, _ = _cli(data_dir, capsys, "cases")
    assert code == 0 and "(queued)" in out and "waiting to be sent" in out and "1 case(s)." in out
    assert _cli(data_dir, capsys, "sync")[0] == 0
    code, out, _ = _cli(data_dir, capsys, "cases", "--json", "--search", "switch")
    (listed,) = json.loads(out)
    assert listed["number"].startswith("CS") and listed["sync_status"] == "synced" and listed["state"] == "new"
    assert json.loads(_cli(data_dir, capsys, "cases", "--json", "--filter", "resolved")[1]) == []
    with pytest.raises(SystemExit) as refused:
        _cli(data_dir, capsys, "cases", "--filter", "bogus")
    assert refused.value.code == 2 and "invalid choice: 'bogus'" in capsys.readouterr().err


@pytest.mark.parametrize(("state", "words"), [
    ("new", "new"), ("in_progress", "in progress"), ("awaiting_customer", "awaiting your reply"),
    ("resolved", "resolved"), ("closed", "closed"), ("cancelled", "cancelled")])
def test_every_case_state_is_said_in_words(state, words):
    from cli.problem_texts import case_state_text  # noqa: PLC0415
    from domain.cases import CaseState  # noqa: PLC0415
    assert state in CaseState.__args__
    assert case_state_text(state) == words


def test_the_table_says_the_state_in_words(portal, data_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert _cli(data_dir, capsys, "login", "--portal", portal, "--email", "admin@example.no",
                "--password-stdin")[0] == 0
    with restore(data_dir) as ws, ws.engine.begin() as conn:
        product_id = conn.execute(__import__("sqlalchemy").text("SELECT id FROM products LIMIT 1")).scalar_one()
    with restore(data_dir) as ws:
        queue_case(ws.engine, CaseDraft(type="support", product_id=product_id, category="network",
                                        subject="Needs your reply", description="x"), data_dir=ws.data_dir)
        with ws.engine.begin() as conn:
            conn.execute(__import__("sqlalchemy").text("UPDATE cases SET state = 'awaiting_customer'"))
    code, out, _ = _cli(data_dir, capsys, "cases", "--filter", "all")
    assert code == 0 and "awaiting your reply" in out and "awaiting_customer" not in out


def test_a_stored_control_character_shows_as_its_escape_on_the_rows_line(portal, data_dir, capsys, monkeypatch):
    """A subject stored with a line break (before the portal refused them) broke the table across lines."""
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert _cli(data_dir, capsys, "login", "--portal", portal, "--email", "admin@example.no",
                "--password-stdin")[0] == 0
    sql = __import__("sqlalchemy")
    with restore(data_dir) as ws:
        with ws.engine.connect() as conn:
            product_id = conn.execute(sql.text("SELECT id FROM products LIMIT 1")).scalar_one()
        queue_case(ws.engine, CaseDraft(type="support", product_id=product_id, category="network",
                                        subject="Offline", description="No ping."), data_dir=ws.data_dir)
        with ws.engine.begin() as conn:
            conn.execute(sql.text("UPDATE cases SET subject = :s"), {"s": "Offline\nafter\u2028the\x1b[2J switch"})
    code, out, _ = _cli(data_dir, capsys, "cases")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4 and lines[-1] == "1 case(s)."  # header, rule, the case, the count
    assert "Offline\\nafter\\u2028the\\x1b[2J switch" in lines[2] and "waiting to be sent" in lines[2]
