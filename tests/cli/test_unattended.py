"""portal-cli where no credential store works (a Linux server, a service account): `login` says what to do, and
every command that talks to the portal takes the password from `--password-stdin` or `$PORTAL_PASSWORD`.

Each command runs as its own process with `keyring.backends.fail.Keyring`, as a scheduled task would: a token kept
in one process's memory must not make a later command look signed in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from tests.support.portal_server import REPO_ROOT
from tests.sync.e2e import PASSWORD, closed_port_url

pytestmark = pytest.mark.e2e


@pytest.fixture
def run(data_dir):
    """portal-cli in a child process with no working keyring; returns (exit code, stdout, stderr)."""
    def call(*argv, stdin="", env=None):
        environment = {k: v for k, v in os.environ.items() if k != "PORTAL_PASSWORD"}
        environment |= {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PORTAL_DATA_DIR": str(data_dir)}
        done = subprocess.run([sys.executable, "-m", "cli.main", *argv], cwd=REPO_ROOT, input=stdin,
                              capture_output=True, text=True, timeout=120, env=environment | (env or {}),
                              check=False)
        return done.returncode, done.stdout, done.stderr
    return call


@pytest.fixture
def logged_in(run, portal):
    code, out, err = run("login", "--portal", portal, "--email", "kari@example.no", "--password-stdin",
                         stdin=PASSWORD + "\n")
    assert code == 0, err
    assert "Signed in to" in out and "10 products" in out
    return err


def test_login_says_exactly_what_to_do_instead(logged_in):
    assert "no credential store works on this computer" in logged_in
    assert "--password-stdin" in logged_in and "PORTAL_PASSWORD" in logged_in
    assert "Traceback" not in logged_in


def test_sync_without_a_password_says_how_and_prints_no_counts_first(run, logged_in):
    code, out, err = run("sync")
    assert code == 4 and out == ""
    assert err.startswith("portal-cli: Not signed in: no credential store works") and err.count("\n") == 1
    assert "PORTAL_PASSWORD" in err and "expired" not in err


def test_sync_with_the_password_on_stdin_or_in_the_environment(run, logged_in):
    code, out, err = run("sync", "--password-stdin", stdin=PASSWORD + "\n")
    assert (code, err) == (0, "") and out.startswith("Sent 0, rejected 0, received")
    code, out, err = run("sync", env={"PORTAL_PASSWORD": PASSWORD})
    assert (code, err) == (0, "") and out.startswith("Sent 0, rejected 0, received")


def _machine(run):
    code, out, _ = run("products", "--json")  # offline: reads the cache only
    assert code == 0
    return next(p for p in json.loads(out) if p["last_reading_date"])


def _pairs(machine, rise):
    return [f"{k}={machine['last_values'][k] + rise}" for k in machine["counters"]]


def test_readings_add_and_import_take_the_password_from_the_environment(run, logged_in, tmp_path):
    machine = _machine(run)
    day = date.fromisoformat(machine["last_reading_date"]) + timedelta(days=1)
    code, out, err = run("readings", "add", machine["serial"], "--date", day.isoformat(), *_pairs(machine, 100),
                         env={"PORTAL_PASSWORD": PASSWORD})
    assert (code, err) == (0, "") and "Accepted by the portal: 1 reading(s)." in out
    csv_file = tmp_path / "round.csv"
    values = ";".join(str(machine["last_values"][k] + 200) for k in machine["counters"])
    csv_file.write_text(f"serial;date;{';'.join(machine['counters'])}\n"
                        f"{machine['serial']};{(day + timedelta(days=1)):%d.%m.%Y};{values}\n", encoding="utf-8")
    code, out, err = run("readings", "import", str(csv_file), "--password-stdin", stdin=PASSWORD + "\n")
    assert (code, err) == (0, "") and "Accepted by the portal: 1 reading(s)." in out


def test_readings_add_without_a_password_is_kept_queued_and_says_how(run, logged_in):
    machine = _machine(run)
    day = date.fromisoformat(machine["last_reading_date"]) + timedelta(days=1)
    code, out, err = run("readings", "add", machine["serial"], "--date", day.isoformat(), *_pairs(machine, 100))
    assert code == 4 and out.startswith("Queued: ")
    assert "no credential store" in err and "1 reading(s) stay queued" in err and err.count("\n") == 1
    code, out, err = run("sync", env={"PORTAL_PASSWORD": PASSWORD})
    assert (code, err) == (0, "") and out.startswith("Sent 1, rejected 0")


def test_a_wrong_password_is_refused_with_4(run, logged_in):
    code, out, err = run("sync", env={"PORTAL_PASSWORD": "not-it"})
    assert code == 4 and out == "" and "Sign-in refused: Wrong e-mail or password" in err


def test_an_empty_stdin_is_refused_before_anything_is_sent(run, logged_in):
    code, out, err = run("sync", "--password-stdin", stdin="")
    assert (code, out) == (4, "") and "No password on standard input" in err


def test_a_portal_out_of_reach_is_3_even_with_a_password(run, logged_in, data_dir):
    profile = data_dir / "profile.json"
    saved = json.loads(profile.read_text(encoding="utf-8"))
    profile.write_text(json.dumps(saved | {"portal_url": closed_port_url()}), encoding="utf-8")
    code, out, err = run("sync", env={"PORTAL_PASSWORD": PASSWORD})
    assert code == 3 and out == "" and "cannot be reached" in err and "stay queued" in err
