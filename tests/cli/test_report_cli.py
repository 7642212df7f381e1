"""`portal-cli report`: every report in every format (PDF, XLSX, CSV) from a signed-in cache of the demo portal,
and every bad request as one line on stderr, exit 2 and no file; a PDF needs Qt, which only `--out x.pdf` loads."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from cli.main import main
from cli.reports import _app_language
from sync.cases.operations import CaseDraft, queue_case
from sync.products.queries import sites_list
from sync.session.workspace import restore
from tests.paper.paper_data import page_lines
from tests.sync.e2e import PASSWORD

pytestmark = pytest.mark.e2e
PERIOD = ("--from", "2025-01-01", "--to", "2026-12-31")


def _cli(data_dir, capsys, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def signed_in(portal, data_dir, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert _cli(data_dir, capsys, "login", "--portal", portal, "--email", "admin@example.no",
                "--password-stdin")[0] == 0
    return data_dir


def test_every_report_in_both_formats(signed_in, capsys, tmp_path):
    with restore(signed_in) as ws:
        site = sites_list(ws.engine)[0].name
        with ws.engine.connect() as conn:
            product_id = conn.execute(text("SELECT id FROM products LIMIT 1")).scalar_one()
        queue_case(ws.engine, CaseDraft(type="support", product_id=product_id, category="network",
                                        subject="Offline after the switch change", description="No ping."),
                   data_dir=ws.data_dir)
    runs = [("readings", *PERIOD, "--site", site), ("fleet", *PERIOD), ("cases", *PERIOD), ("orders", *PERIOD),
            ("due", "--on", "2026-11-25")]
    for kind, *options in runs:
        for suffix, language in ((".xlsx", "nb"), (".csv", "en")):
            out = tmp_path / f"{kind}{suffix}"
            code, said, err = _cli(signed_in, capsys, "report", kind, *options, "--lang", language, "--out", str(out))
            assert (code, err) == (0, ""), (kind, suffix)
            assert said.startswith(f"Wrote {out}: ")
            if suffix == ".xlsx":
                sheet = openpyxl.load_workbook(out).worksheets[0]
                assert sheet.freeze_panes == "A2" and sheet.max_row >= 1
            else:
                with open(out, encoding="utf-8-sig", newline="") as stream:
                    rows = list(csv.reader(stream, delimiter=","))
                assert len(rows) == int(said.rsplit(": ", 1)[1].split()[0]) + 1
    fleet = openpyxl.load_workbook(tmp_path / "fleet.xlsx")
    assert fleet.sheetnames == ["Volum", "Sider per måned per sted", "Om rapporten"]
    numbers = [c for row in fleet["Volum"].iter_rows(min_row=2, min_col=7, max_col=30) for c in row if c.value]
    assert numbers and all(isinstance(c.value, int) for c in numbers)
    with open(tmp_path / "cases.csv", encoding="utf-8-sig", newline="") as stream:
        (header, case), = [list(csv.reader(stream))]
    assert header[:4] == ["Case", "Serial", "Subject", "State"]
    assert case[2:4] == ["Offline after the switch change", "New"]
    readings = openpyxl.load_workbook(tmp_path / "readings.xlsx").worksheets[0]
    assert {r[2] for r in readings.iter_rows(min_row=2, values_only=True)} == {site}
    # the dates as a Norwegian user writes them, as `readings add --date` and a readings file take them
    code, said, err = _cli(signed_in, capsys, "report", "fleet", "--from", "01.01.2025", "--to", "31.12.2026",
                           "--lang", "en", "--out", str(tmp_path / "fleet-nb-dates.csv"))
    assert (code, err) == (0, "")
    assert (tmp_path / "fleet-nb-dates.csv").read_bytes() == (tmp_path / "fleet.csv").read_bytes()


def test_every_bad_request_is_one_line_exit_2_and_no_file(signed_in, capsys, tmp_path):
    out = tmp_path / "r.xlsx"
    bad = [
        (("fleet", "--from", "2026-13-01", "--to", "2026-12-31"), "--from '2026-13-01' is not a date"),
        (("fleet", "--from", "2026/01/01", "--to", "2026-12-31"), "use YYYY-MM-DD or DD.MM.YYYY"),
        (("fleet", "--from", "1.1.2026", "--to", "31.02.2026"), "--to '31.02.2026' is not a date"),
        (("fleet", "--from", "2026-03-01", "--to", "2026-02-01"), "The period ends (01.02.2026) before it starts"),
        (("fleet", "--from", "2026-03-01"), "Give --to too"),
        (("fleet",), "The fleet report needs a period"),
        (("fleet", *PERIOD, "--site", "Atlantis"), "No site named 'Atlantis' in your fleet; the sites are: "),
        (("readings", *PERIOD, "--serial", "NOPE123"), "No machine with serial NOPE123"),
        (("due", "--on", "tomorrow"), "--on 'tomorrow' is not a date"),
        (("due", "--site", "Atlantis"), "No site named 'Atlantis'"),
        (("fleet", *PERIOD, "--lang", "de"), "--lang 'de' is not a language of the reports: use nb or en."),
    ]
    for argv, words in bad:
        code, said, err = _cli(signed_in, capsys, "report", *argv, "--out", str(out))
        assert code == 2 and said == "", argv
        assert err.count("\n") == 1 and words in err and "usage:" not in err, err
    for argv, words in bad:   # the same refusals for a PDF: before Qt is even loaded
        code, said, err = _cli(signed_in, capsys, "report", *argv, "--out", str(tmp_path / "r.pdf"))
        assert code == 2 and said == "" and err.count("\n") == 1 and words in err, argv
    for name, words in (("r.txt", "end the --out file with .pdf, .xlsx or .csv"), ("missing/r.pdf", "does not exist")):
        code, _, err = _cli(signed_in, capsys, "report", "fleet", *PERIOD, "--out", str(tmp_path / name))
        assert code == 2 and err.count("\n") == 1 and words in err, err
    assert list(tmp_path.glob("r.*")) == [] and not (tmp_path / "missing").exists()


def test_every_report_as_a_pdf(signed_in, capsys, tmp_path):
    runs = [("readings", *PERIOD), ("fleet", *PERIOD), ("cases", *PERIOD), ("orders", *PERIOD),
            ("due", "--on", "2026-11-25")]
    titles = {"nb": {"readings": "Måleravlesninger", "fleet": "Flåteoversikt", "cases": "Åpne saker",
                     "orders": "Rekvisitabestillinger", "due": "Avlesninger som forfaller"},
              "en": {"readings": "Meter readings", "fleet": "Fleet summary", "cases": "Open cases",
                     "orders": "Supplies orders", "due": "Readings due"}}
    for kind, *options in runs:
        for language in ("nb", "en"):
            out = tmp_path / f"{kind}-{language}.pdf"
            code, said, err = _cli(signed_in, capsys, "report", kind, *options, "--lang", language, "--out", str(out))
            assert (code, err) == (0, ""), (kind, language, err)
            pdf = PdfReader(out)
            assert said == f"Wrote {out}: {said.split(': ')[1].split()[0]} row(s), {len(pdf.pages)} page(s).\n"
            assert pdf.metadata.title == titles[language][kind]
            first = page_lines(out)[0]
            footer = f"Side 1 av {len(pdf.pages)}" if language == "nb" else f"Page 1 of {len(pdf.pages)}"
            assert first[0] == titles[language][kind] and footer in first
    assert "Sider per måned per sted" in page_lines(tmp_path / "fleet-nb.pdf")[0]   # the chart, on the CLI's own app


def test_a_pdf_without_a_display_draws_offscreen(tmp_path):
    """A cron job has no display: the CLI's QApplication then runs on the offscreen platform by itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    probe = ("import os; from paper.standalone import ensure_application; app = ensure_application(); "
             "print(os.environ.get('QT_QPA_PLATFORM'), app.platformName(), type(app).__name__)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["offscreen", "offscreen", "QApplication"]


def test_the_other_commands_start_without_qt():
    probe = "import sys, cli.main, cli.reports; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr


def test_a_file_that_cannot_be_written_is_one_line_exit_4_and_leaves_no_temporary_file(signed_in, capsys, tmp_path):
    folder = tmp_path / "out"
    (folder / "fleet.csv").mkdir(parents=True)   # a folder where the file should go: the rename fails
    code, _, err = _cli(signed_in, capsys, "report", "fleet", *PERIOD, "--out", str(folder / "fleet.csv"))
    assert code == 4 and err.count("\n") == 1 and f"Cannot write {folder / 'fleet.csv'}: " in err
    assert [p.name for p in folder.iterdir()] == ["fleet.csv"] and (folder / "fleet.csv").is_dir()


def test_the_default_language_is_the_apps():
    assert _app_language("nb") == "nb" and _app_language("en") == "en"


def test_without_a_told_language_the_systems_counts(monkeypatch):
    monkeypatch.setenv("LC_ALL", "nn_NO.UTF-8")
    assert _app_language(None) == "nb"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert _app_language(None) == "en"
