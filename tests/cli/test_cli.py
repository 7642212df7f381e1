"""portal-cli: every command's happy path and its exit codes, mostly in-process, once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import keyring
import pytest

from cli.main import main
from domain.clock import today
from domain.text_limits import MAX_EMAIL
from sync.api.credentials import service_name
from sync.outbox import queue as outbox
from sync.session import workspace
from tests.support import email_samples
from tests.support.not_a_portal import KINDS as NOT_A_PORTAL_KINDS
from tests.support.not_a_portal import not_a_portal
from tests.support.portal_server import REPO_ROOT
from tests.sync.e2e import PASSWORD, all_products, closed_port_url

pytestmark = pytest.mark.e2e


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    """Run portal-cli in-process; returns (exit code, stdout, stderr)."""
    def run(*argv, stdin=None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def kari(cli, portal):
    code, out, err = cli("login", "--portal", portal, "--email", "kari@example.no", "--password-stdin",
                         stdin=PASSWORD + "\n")
    assert (code, err) == (0, ""), err
    assert "as Kari Nordmann <kari@example.no> (customer)" in out and "10 products" in out
    return portal


def _machine(data_dir):
    with workspace.restore(data_dir) as ws:
        return all_products(ws.engine, today())[0]


def _one_line(err):
    assert err.startswith("portal-cli: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_login_products_and_json(cli, kari):
    code, out, _ = cli("products", "--search", "oslo")
    assert code == 0 and "Serial" in out.splitlines()[0] and "10 product(s)." in out
    code, out, _ = cli("products", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 10 and {"serial", "counters", "last_values"} <= set(rows[0])


def test_wrong_password_is_refused_with_4(cli, portal):
    code, _, err = cli("login", "--portal", portal, "--email", "kari@example.no", "--password-stdin",
                       stdin="nope\n")
    assert code == 4 and "Wrong e-mail or password" in _one_line(err)


def test_unreachable_portal_at_login_is_3(cli):
    code, _, err = cli("login", "--portal", closed_port_url(), "--email", "kari@example.no", "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 3 and "cannot be reached" in _one_line(err)


@pytest.mark.parametrize("kind", NOT_A_PORTAL_KINDS)
def test_login_to_an_address_that_answers_but_is_not_a_portal_says_so_with_4(cli, data_dir, kind):
    with not_a_portal(kind) as url:
        code, out, err = cli("login", "--portal", url, "--email", "kari@example.no", "--password-stdin",
                             stdin=PASSWORD + "\n")
    assert code == 4 and out == ""
    assert _one_line(err) == (f"portal-cli: Cannot sign in: {url} answered, but it is not a service portal. Check the "
                              f"address given with --portal.\n")
    assert workspace.restore(data_dir) is None  # nothing remembered for that address


def test_login_to_a_web_server_as_a_real_process_says_it_is_not_a_portal(data_dir, keyring_env):
    with not_a_portal("static") as url:
        done = subprocess.run([sys.executable, "-m", "cli", "login", "--portal", url, "--email",
                               "kari@example.no", "--password-stdin"], input=PASSWORD + "\n", cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=60,
                              env={**keyring_env, "PORTAL_DATA_DIR": str(data_dir)})
    assert done.returncode == 4 and "Traceback" not in done.stderr
    assert f"{url} answered, but it is not a service portal" in done.stderr
    assert "internal error" not in done.stderr and "cannot be reached" not in done.stderr


@pytest.mark.parametrize("typed", email_samples.INVALID + email_samples.TOO_LONG + ("",))
def test_login_refuses_what_is_not_an_e_mail_address_before_asking_the_portal(cli, typed):
    code, _, err = cli("login", "--portal", closed_port_url(), "--email", typed, "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 4, err  # an unreachable portal would be 3: nothing was sent
    expected = "e-mail address with --email" if not typed else \
        f"at most {MAX_EMAIL} characters" if typed in email_samples.TOO_LONG else "is not an e-mail address"
    assert expected in _one_line(err)


@pytest.mark.parametrize("typed", email_samples.GOOD)
def test_login_sends_every_good_e_mail_address_on(cli, typed):
    code, _, err = cli("login", "--portal", closed_port_url(), "--email", typed, "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 3 and "cannot be reached" in _one_line(err)


def test_not_signed_in_is_4(cli):
    code, _, err = cli("sync")
    assert code == 4 and "Not signed in" in _one_line(err)


def test_usage_errors_are_2(cli):
    with pytest.raises(SystemExit) as exited:
        cli("readings", "add", "SN1", "total")
    assert exited.value.code == 2
    for not_a_date in ("25/11/2026", "2026-13-01", "31.02.2026", "yesterday"):
        with pytest.raises(SystemExit) as exited:
            cli("readings", "add", "SN1", "--date", not_a_date, "total=1")
        assert exited.value.code == 2


@pytest.mark.parametrize("form", ["{d:%d.%m.%Y}", "{d:%Y-%m-%d}"])
def test_readings_add_takes_the_date_forms_of_the_csv_import(cli, kari, data_dir, form):
    machine = _machine(data_dir)
    day = machine.last_reading_date + timedelta(days=1)
    pairs = [f"{k}={machine.last_values[k] + 1000}" for k in machine.counter_keys]
    code, out, err = cli("readings", "add", machine.serial, "--date", form.format(d=day), *pairs)
    assert (code, err) == (0, "") and "Accepted by the portal: 1 reading(s)." in out
    code, out, _ = cli("readings", "list", machine.serial, "--json")
    assert json.loads(out)[0]["reading_date"] == day.isoformat()


def test_several_problems_read_as_sentences_without_double_punctuation(cli, kari, data_dir):
    machine = _machine(data_dir)
    pairs = [f"{k}=1" for k in machine.counter_keys]  # every counter lower than before: one sentence each
    code, _, err = cli("readings", "add", machine.serial, *pairs)
    assert code == 4 and err.count("lower than the previous reading") == len(machine.counter_keys) > 1
    assert ".;" not in err and ".." not in err and ". " in err


def test_readings_add_list_and_outbox(cli, kari, data_dir):
    machine = _machine(data_dir)
    day = machine.last_reading_date + timedelta(days=1)
    pairs = [f"{k}={machine.last_values[k] + 1000}" for k in machine.counter_keys]
    code, out, err = cli("readings", "add", machine.serial.lower(), "--date", day.isoformat(), *pairs)
    assert (code, err) == (0, "") and "Accepted by the portal: 1 reading(s)." in out
    code, out, _ = cli("readings", "list", machine.serial)
    assert code == 0 and f"{day:%d.%m.%Y}  accepted" in out and "kari@example.no" in out
    assert day.isoformat() not in out, "people read 25.11.2026, as --date takes it"
    code, out, _ = cli("readings", "list", machine.serial, "--json")
    assert json.loads(out)[0]["status"] == "accepted"
    code, out, _ = cli("outbox")
    assert (code, out.strip()) == (0, "Nothing waiting to be sent.")
    code, out, _ = cli("outbox", "--all", "--json")
    assert [i["state"] for i in json.loads(out)] == ["sent"]


def test_readings_add_refused_by_the_rules_is_4(cli, kari, data_dir):
    machine = _machine(data_dir)
    pairs = [f"{k}=1" for k in machine.counter_keys]
    code, _, err = cli("readings", "add", machine.serial, *pairs)
    assert code == 4 and "Reading refused" in _one_line(err) and "lower than the previous reading" in err
    code, _, err = cli("readings", "add", "NO-SUCH", "total=1")
    assert code == 4 and "No machine with serial NO-SUCH" in _one_line(err)
    code, _, err = cli("readings", "add", machine.serial, "total=12,5")
    assert code == 4 and "without decimals" in _one_line(err)


def test_readings_import_queues_offline_then_sync_delivers(cli, kari, data_dir, tmp_path):
    machine = _machine(data_dir)
    day = machine.last_reading_date + timedelta(days=1)
    header = "serial;date;" + ";".join(machine.counter_keys)
    row = f"{machine.serial};{day:%d.%m.%Y};" + ";".join(str(machine.last_values[k] + 500)
                                                           for k in machine.counter_keys)
    csv_file = tmp_path / "round.csv"
    csv_file.write_bytes(("\ufeff" + header + "\r\n" + row + "\r\n").encode("utf-8"))
    _point_profile_at(data_dir, closed_port_url())
    code, out, err = cli("readings", "import", str(csv_file))
    assert code == 3 and "Line 2: queued: Meter reading" in out and "stay queued" in _one_line(err)
    assert "http" not in err and "/v1/" not in err  # the reason, without the address it was sent to
    code, out, _ = cli("outbox")
    assert code == 0 and machine.serial in out and "queued" in out
    assert "cannot be reached: Connection refused" in out and "http" not in out and machine.id not in out
    _point_profile_at(data_dir, kari)
    code, out, err = cli("sync")
    assert (code, err) == (0, "") and "Sent 1, rejected 0" in out


def test_readings_import_with_bad_rows_is_4(cli, kari, tmp_path):
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("serial;date;total\nNO-SUCH;2026-01-01;5\n", encoding="utf-8")
    code, out, err = cli("readings", "import", str(csv_file))
    assert code == 4 and "Line 2: not queued: no machine with serial NO-SUCH in your fleet." in out.splitlines()
    assert "1 row(s)" in _one_line(err)
    missing = tmp_path / "missing.csv"
    code, _, err = cli("readings", "import", str(missing))
    assert code == 4 and _one_line(err) == f"portal-cli: Cannot read {missing}: There is no file missing.csv.\n"
    code, _, err = cli("readings", "import", str(tmp_path))
    assert code == 4 and _one_line(err).endswith(f"{tmp_path.name} is a folder, not a file.\n")


def test_logout_refuses_with_unsent_items_unless_forced(cli, kari, data_dir):
    machine = _machine(data_dir)
    _point_profile_at(data_dir, closed_port_url())
    pairs = [f"{k}={machine.last_values[k] + 1}" for k in machine.counter_keys]
    assert cli("readings", "add", machine.serial, "--date",
               (machine.last_reading_date + timedelta(days=1)).isoformat(), *pairs)[0] == 3
    _point_profile_at(data_dir, kari)
    code, _, err = cli("logout")
    assert code == 4 and "1 item(s) have not reached the portal" in _one_line(err)
    code, out, _ = cli("logout", "--force")
    assert code == 0 and "1 unsent item(s) are kept" in out
    assert cli("sync")[0] == 4
    code, _, _ = cli("login", "--portal", kari, "--email", "kari@example.no", "--password-stdin",
                     stdin=PASSWORD + "\n")
    assert code == 0
    with workspace.restore(data_dir) as ws:
        assert [i.state for i in outbox.outbox_items(ws.engine)] == ["sent"]


def test_a_bug_is_logged_not_shown_as_a_traceback(cli, kari, data_dir, monkeypatch):
    monkeypatch.setattr("cli.listing.product_queries.product_page", lambda *a, **k: 1 / 0)
    code, _, err = cli("products")
    assert code == 1 and "ZeroDivisionError" in _one_line(err)
    log_file = data_dir / "logs" / "portal-cli.log"
    assert str(log_file) in err and "Traceback" in log_file.read_text(encoding="utf-8")


def test_the_real_entry_point_runs_as_a_process(kari, data_dir, keyring_env):
    done = subprocess.run([sys.executable, "-m", "cli.main", "sync"], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=60, env={**keyring_env, "PORTAL_DATA_DIR": str(data_dir)})
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Sent 0, rejected 0, received")


def _point_profile_at(data_dir, url):
    """Make the remembered login's portal unreachable (or reachable again): the cache is the portal's, not the
    address's, so only the profile and the token move."""
    from sync.session.profile import load_profile, save_profile
    profile = load_profile(data_dir)
    save_profile(data_dir, url, profile.email, portal_id=profile.portal_id)
    token = keyring.get_password(service_name(profile.portal_url), profile.email)
    keyring.set_password(service_name(url), profile.email, token)


# --- the command line's words for the problem codes ---------------------------------------------------------------

def _cli_codes() -> list[str]:
    """Every code of a reading or a readings file the client produces (collected from the source)."""
    from tests.support.problem_codes import produced_codes  # noqa: PLC0415
    return sorted(c for c in produced_codes() if c.startswith(("meter.", "csv.")) or c == "not_found")


@pytest.mark.parametrize("code", _cli_codes())
def test_every_reading_and_file_code_has_english_words_with_its_values(code):
    from cli import problem_texts  # noqa: PLC0415
    from domain.meter import ReadingProblem  # noqa: PLC0415
    from sync.readings.csv_import import CsvFormatError, RowCheck  # noqa: PLC0415
    params = {"date": "2026-11-25", "previous": 12345, "previous_date": "2026-10-30", "rise": 50000, "normal": 3000,
              "cells": 3, "columns": 5, "text": "12a", "counter": "total", "reason_code": "meter.value_not_digits",
              "serial": "SN99", "model": "C300i", "names": "farge", "counters": "total, bw", "found": "x;y",
              "name": "total"}
    if code in problem_texts.READING_TEXTS:
        text = problem_texts.reading_problem_text(ReadingProblem(code, "", counter="total", params=params),
                                                  {"total": 12000})
    elif code in problem_texts.ROW_TEXTS:
        text = problem_texts.row_text(RowCheck(7, "SN99", code, params))
        assert text.startswith("Line 7: ")
    else:
        assert code in problem_texts.FORMAT_TEXTS, f"the command line has no words for {code}"
        text = problem_texts.format_error_text(CsvFormatError(code, "", **params))
    assert text and "{" not in text and "}" not in text and code not in text, text


def test_the_command_line_words_the_readings_rules_as_before():
    from cli import problem_texts  # noqa: PLC0415
    from domain.meter import ReadingProblem  # noqa: PLC0415
    decreased = ReadingProblem("meter.reading_decreased", "", counter="total",
                               params={"previous": 12345, "previous_date": "2026-10-30"})
    assert problem_texts.reading_problem_text(decreased, {"total": 12000}) == \
        "total 12,000 is lower than the previous reading 12,345 of 30.10.2026."
    assert problem_texts.reading_problem_text(decreased, {"total": 13000}) == \
        "total 13,000 is higher than the later reading 12,345 of 30.10.2026."
    assert problem_texts.value_problem_text("meter.value_decimal") == "A counter is a whole number, without decimals."
    assert problem_texts.value_problem_text("meter.from_the_future") == "Refused (meter.from_the_future)."


@pytest.mark.parametrize(("logged", "shown"), [
    (("The portal cannot be reached (http://127.0.0.1:5/v1/products/6f1c2a9e-0b7d-4e3a-9c1f-2d4e5f6a7b8c/"
      "meter-readings): Connection refused"), "The portal cannot be reached: Connection refused"),
    ("The portal did not answer in time (https://portal.example.no/v1/changes)", "The portal did not answer in time"),
    ("The portal failed (HTTP 503) at http://127.0.0.1:1/v1/auth/token", "The portal failed (HTTP 503)"),
    ("Wrong e-mail or password.", "Wrong e-mail or password."), (None, "")])
def test_a_reason_never_shows_an_address_with_ids(logged, shown):
    from cli.problem_texts import plain_reason  # noqa: PLC0415
    assert plain_reason(logged) == shown


def test_sentences_end_in_one_full_stop():
    from cli.problem_texts import sentence, sentences  # noqa: PLC0415
    assert sentences(["Enter a value.", "Use digits only", "Really?"]) == "Enter a value. Use digits only. Really?"
    assert sentence("  ") == "" and sentence("Done.") == "Done."


def test_login_tells_of_work_left_under_another_address_and_carry_over_takes_it(cli, kari, data_dir):
    from sync.session.paths import url_cache_path  # noqa: PLC0415
    machine = _machine(data_dir)
    _point_profile_at(data_dir, closed_port_url())
    pairs = [f"{k}={machine.last_values[k] + 1}" for k in machine.counter_keys]
    day = (machine.last_reading_date + timedelta(days=1)).isoformat()
    assert cli("readings", "add", machine.serial, "--date", day, *pairs)[0] == 3
    with workspace.restore(data_dir) as ws:
        folder = ws.cache_file.parent
    old = url_cache_path(data_dir, "https://old-name.example.no", "kari@example.no")
    old.parent.parent.mkdir(parents=True)
    folder.rename(old.parent)  # where a version before portal identities kept it
    code, _, err = cli("login", "--portal", kari, "--email", "kari@example.no", "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 0 and "1 unsent item(s) of yours wait" in err and "old-name.example.no" in err
    assert "portal-cli carry-over" in err
    code, out, err = cli("carry-over")
    assert (code, err) == (0, "") and "Carried over 1 unsent item(s) from old-name.example.no." in out
    code, out, err = cli("sync")
    assert (code, err) == (0, "") and out.startswith("Sent 1, rejected 0")
    assert cli("carry-over")[1].strip() == "No unsent work of yours waits in another local cache."
