"""`python -m portal` as a real process: it starts, serves the demo, and keeps its data across a restart or a kill."""

import signal

import pytest

from domain import clock
from portal.__main__ import parse_args
from portal.app import create_app
from tests.portal.conftest import KARI, next_values, sign_in
from tests.support.portal_server import serve_app, start_portal_process


def test_the_cli_defaults():
    args = parse_args([])
    assert (args.demo, args.host, args.port, args.db, args.access_ttl) == (False, "127.0.0.1", 8000,
                                                                           "portal.sqlite", 900)
    args = parse_args(["--demo", "--port", "9001", "--db", "/tmp/x.sqlite", "--access-ttl", "5"])
    assert (args.demo, args.port, args.db, args.access_ttl) == (True, 9001, "/tmp/x.sqlite", 5)


def test_the_cli_refuses_a_zero_token_lifetime(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--access-ttl", "0"])
    assert "positive" in capsys.readouterr().err


def test_a_restarted_or_killed_server_keeps_its_data(tmp_path):
    db = tmp_path / "process.sqlite"
    process, url = start_portal_process(db)
    try:
        session = sign_in(url, KARI)
        product = session.get("/v1/products").json()[0]
        last = session.get(f"/v1/products/{product['id']}/meter-readings").json()[0]
        posted = session.post_idem(f"/v1/products/{product['id']}/meter-readings",
                                   json={"reading_date": clock.today().isoformat(),
                                         "values": next_values(product, last)})
        assert posted.status_code == 201
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    process, url = start_portal_process(db, port=None)
    try:
        session = sign_in(url, KARI)
        history = session.get(f"/v1/products/{product['id']}/meter-readings").json()
        assert history[0] == posted.json() and len(history) == 25
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert (tmp_path / "process.sqlite.log").read_text().count("Seeded the demo account") == 1  # not re-seeded


def test_any_sqlalchemy_url_works_even_in_memory():
    with serve_app(create_app("sqlite://", demo=True)) as url:
        assert len(sign_in(url, "admin@example.no").get("/v1/products").json()) == 40
