"""`portal-cli report` as the real process a cron job runs: a fleet summary of a period without readings writes its
PDF with nothing at all on stderr (Qt's own warnings, written by Qt to the process's stderr, would be seen there)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_report_cli import signed_in  # noqa: F401

pytestmark = pytest.mark.e2e
REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_fleet_pdf_of_a_period_without_readings_says_nothing_on_stderr(signed_in, keyring_env, tmp_path):  # noqa: F811
    out = tmp_path / "fleet-1990.pdf"
    env = {k: v for k, v in keyring_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "cli.main", "--data-dir", str(signed_in), "report", "fleet",
                           "--from", "1990-01-01", "--to", "1990-12-31", "--lang", "en", "--out", str(out)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"Wrote {out}: ") and len(PdfReader(out).pages) >= 1
