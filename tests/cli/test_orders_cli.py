"""portal-cli catalogue / orders add / orders: against the real portal, offline too, with the usual exit codes, and
the English for every order code."""

from __future__ import annotations

import json
import sys

import pytest

from cli.main import main
from cli.problem_texts import ORDER_TEXTS, order_problem_text
from domain import problems
from sync.outbox import queue as outbox
from sync.session import workspace
from tests.cli.test_cli import _point_profile_at
from tests.support.problem_codes import produced_codes
from tests.sync.e2e import PASSWORD, closed_port_url

pytestmark = pytest.mark.e2e

CANON = "Canon imageRUNNER ADVANCE DX C5840i"


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv, stdin=None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def canon(cli, portal) -> str:
    """Signed in as Kari; the serial of one of her Canons."""
    code, _, err = cli("login", "--portal", portal, "--email", "kari@example.no", "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 0, err
    code, out, _ = cli("products", "--json")
    return next(p["serial"] for p in json.loads(out) if p["model"] == CANON)


def test_the_catalogue_of_a_machine(cli, canon):
    code, out, _ = cli("catalogue", canon)
    assert code == 0 and "3763C002" in out and "Toner black (C-EXV 58)" in out and "60,000" in out
    assert "at most 10 of one article" in out
    code, out, _ = cli("catalogue", canon, "--json")
    found = json.loads(out)
    assert [a["article"] for a in found][:4] == ["3763C002", "3764C002", "3765C002", "3766C002"]
    assert found[0] == {"article": "3763C002", "name_en": "Toner black (C-EXV 58)", "name_nb": "Toner svart (C-EXV 58)",
                        "kind": "toner", "colour": "black", "page_yield": 60000, "last_ordered": None}
    code, _, err = cli("catalogue", "NO-SUCH")
    assert code == 4 and "No machine with serial NO-SUCH" in err


def test_an_order_is_added_listed_and_warned_about_the_second_time(cli, canon):
    code, out, err = cli("orders", "add", canon, "3763C002=2", "3764C002=1", "--note", "Resepsjonen")
    assert code == 0, err
    assert f"Queued: Order for {canon}: 2 × 3763C002, 1 × 3764C002" in out and "Accepted by the portal." in out
    code, out, _ = cli("orders", "--json")
    (order,) = json.loads(out)
    assert order["number"] == "OR0001001" and order["state"] == "submitted" and order["note"] == "Resepsjonen"
    assert order["lines"] == [{"article": "3763C002", "quantity": 2}, {"article": "3764C002", "quantity": 1}]
    assert order["sync_status"] == "synced"
    code, out, _ = cli("orders")
    assert code == 0 and "OR0001001" in out and "submitted" in out and "1 order(s)." in out
    code, out, err = cli("orders", "add", canon, "3763C002=1")
    assert code == 0 and "Warning: 3763C002 was already ordered for this machine on" in err
    assert cli("catalogue", canon, "--json")[1].count('"last_ordered": null') == 5
    assert "0 order(s)." in cli("orders", "--filter", "shipped")[1]
    assert "2 order(s)." in cli("orders", "--filter", "all")[1]


@pytest.mark.parametrize("pairs, words", [
    (["HP-NOPE=1"], "HP-NOPE does not fit this machine"),
    (["3763C002=11"], "11 of 3763C002 is more than the contract allows in one order (10)"),
    (["3763C002=0"], "The quantity of 3763C002 must be a whole number of 1 or more"),
    (["3763C002=two"], "The quantity of 3763C002 must be a whole number of 1 or more"),
    (["3763C002=1", "3763C002=2"], "3763C002 is given twice"),
])
def test_a_refused_order_is_queued_not_at_all(cli, canon, data_dir, pairs, words):
    code, out, err = cli("orders", "add", canon, *pairs)
    assert code == 4 and "Order refused: " in err and words in err and "Traceback" not in err, err
    with workspace.restore(data_dir) as ws:
        assert outbox.unsent_count(ws.engine) == 0


def test_bad_usage_is_exit_code_two(cli, canon):
    with pytest.raises(SystemExit) as usage:
        cli("orders", "add", canon, "3763C002")
    assert usage.value.code == 2


def test_offline_the_order_stays_queued_and_goes_at_the_next_sync(cli, canon, data_dir, portal):
    _point_profile_at(data_dir, closed_port_url())
    code, out, err = cli("orders", "add", canon, "3763C002=1")
    assert code == 3 and "stays queued" in err, err
    code, out, _ = cli("orders")
    assert "(queued)" in out and "waiting to be sent" in out
    _point_profile_at(data_dir, portal)
    assert cli("sync")[0] == 0
    code, out, _ = cli("orders", "--json")
    assert [o["number"] for o in json.loads(out)] == ["OR0001001"]


def test_every_order_code_the_client_produces_has_english():
    codes = sorted(c for c in produced_codes() if c.startswith("order."))
    assert codes and [c for c in codes if c not in ORDER_TEXTS] == []
    params = {"article": "3763C002", "limit": 10, "quantity": 11, "max": 50}
    for code in codes:
        text = order_problem_text(code, params)
        assert "{" not in text and text.endswith("."), code
    assert order_problem_text("order.something_new", {}) == "Refused (order.something_new)."
    assert problems.ORDER_NOT_CANCELLABLE in ORDER_TEXTS
