"""scripts/sample_readings.py: the sample readings file fits the demo data on the day it is made for, and the copy in
docs/ is the script's own output (regenerate it with `python scripts/sample_readings.py`)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from domain import clock
from sync.api.backoff import Backoff
from sync.engine.rounds import SyncEngine
from sync.readings.csv_format import parse_readings_csv
from sync.readings.csv_import import check_readings_csv, import_readings_csv
from sync.session.workspace import sign_in
from tests.support.portal_api import PASSWORD
from tests.support.portal_server import running_portal

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("sample_readings", ROOT / "scripts" / "sample_readings.py")
sample_readings = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("sample_readings", sample_readings)  # its dataclass looks itself up there
_spec.loader.exec_module(sample_readings)


@pytest.mark.e2e
def test_the_sample_made_for_today_is_accepted_by_the_demo_portal(tmp_path):
    day = clock.today()
    text = sample_readings.sample_csv(day)
    with running_portal(tmp_path / "portal.sqlite") as url:
        ws = sign_in(tmp_path / "kari", url, sample_readings.USER, PASSWORD, remember=False)
        try:
            with SyncEngine(ws, backoff=Backoff(base=0)) as engine:
                engine.run_once()  # Kari's fleet
                check = check_readings_csv(ws.engine, text, today=day)
                assert [(row.serial, row.verdict, row.message) for row in check.rows] == \
                    [(row.serial, "ok", "") for row in check.rows]
                assert len(check.rows) == 4
                assert len(import_readings_csv(ws.engine, text, today=day).queued) == 4
                report = engine.run_once()
        finally:
            ws.close()
    assert (report.pushed, report.rejected, report.error) == (4, 0, None)


def test_the_sample_has_colour_mono_and_large_format_machines():
    rows = sample_readings.sample_rows(date(2026, 11, 25))
    assert [sorted(row.values) for row in rows] == [["bw", "colour", "total"], ["bw", "colour", "total"],
                                                    ["total"], ["large_format_m2", "total"]]
    assert all(row.day == date(2026, 11, 25) for row in rows)
    assert all(row.values["total"] == row.values["bw"] + row.values["colour"] for row in rows[:2])


def test_the_file_in_docs_is_the_scripts_output_for_its_day():
    committed = (ROOT / "docs" / "sample-readings.csv").read_text(encoding="utf-8")
    parsed = parse_readings_csv(committed)
    assert parsed.errors == () and len(parsed.rows) == 4
    day = parsed.rows[0].reading_date
    assert committed == sample_readings.sample_csv(day)


def test_the_script_writes_the_file_for_the_day_asked(tmp_path, capsys):
    out = tmp_path / "round.csv"
    assert sample_readings.main(["--day", "25.11.2026", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == sample_readings.sample_csv(date(2026, 11, 25))
    assert "25.11.2026" in capsys.readouterr().out
