"""portal-cli after too many wrong passwords: the portal's 429 said in words with the wait from its Retry-After,
never as a URL, and the same way when an unattended command signs in by itself."""

from __future__ import annotations

import io
import sys

import pytest

from cli.main import main
from cli.problem_texts import throttled_text
from tests.support.throttled_portal import throttled_portal
from tests.sync.e2e import PASSWORD

pytestmark = pytest.mark.e2e

KARI = "kari@example.no"


@pytest.fixture
def portal(tmp_path):
    with throttled_portal(tmp_path / "portal.sqlite") as served:
        yield served


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv, stdin=None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *argv])
        return (code, *capsys.readouterr())
    return run


def login(cli, url, password):
    return cli("login", "--portal", url, "--email", KARI, "--password-stdin", stdin=password + "\n")


def test_six_wrong_passwords_then_the_cli_says_how_long_to_wait(cli, portal):
    url, clock = portal
    for n in range(6):
        code, _, err = login(cli, url, f"guess{n}")
        assert code == 4 and "Wrong e-mail or password" in err, err
    code, out, err = login(cli, url, PASSWORD)  # a right password waits too
    assert (code, out) == (4, "")
    assert err == "portal-cli: Cannot sign in: Too many wrong passwords. Wait 1 second and try again.\n"
    clock.advance(1.5)
    assert login(cli, url, "guess6")[0] == 4  # wrong again: the next lock is 2 s
    code, _, err = login(cli, url, PASSWORD)
    assert code == 4 and "Too many wrong passwords. Wait 2 seconds and try again." in err
    assert "http" not in err and "429" not in err and "rate_limited" not in err
    clock.advance(2.5)
    code, out, err = login(cli, url, PASSWORD)
    assert code == 0 and "Signed in" in out, err


def test_an_unattended_sync_that_must_sign_in_again_says_the_wait_too(cli, portal, monkeypatch):
    url, _clock = portal
    assert login(cli, url, PASSWORD)[0] == 0
    from sync.api.credentials import TokenStore
    monkeypatch.setattr(TokenStore, "load_refresh_token", lambda self: None)  # as where no credential store works
    for n in range(6):
        code, _, err = cli("sync", "--password-stdin", stdin=f"guess{n}\n")
        assert code == 4 and "Sign-in refused" in err, err
    code, _, err = cli("sync", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 4
    assert "Too many wrong passwords. Wait 1 second and try again. Anything queued stays queued" in err
    assert "http" not in err and "Sent 0" not in err


@pytest.mark.parametrize(("retry_after", "expected"), [
    (1.0, "Wait 1 second and"), (8.0, "Wait 8 seconds and"), (0.2, "Wait 1 second and"), (59.5, "Wait 60 seconds"),
    (None, "Wait a minute and"),
])
def test_the_wait_is_whole_seconds_rounded_up(retry_after, expected):
    text = throttled_text(retry_after)
    assert text.startswith("Too many wrong passwords. ") and expected in text and text.endswith("try again.")
