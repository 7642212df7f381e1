"""`python -m cli` runs portal-cli itself (a checkout has no installed script), with its help and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.portal_server import REPO_ROOT


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli", *argv], check=False, cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})


def test_the_package_runs_as_portal_cli_with_its_help():
    done = _run("--help")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("usage: portal-cli")
    assert "readings" in done.stdout and "login" in done.stdout


def test_a_usage_error_through_the_package_exits_2():
    done = _run("no-such-command")
    assert done.returncode == 2
    assert "usage: portal-cli" in done.stderr and "Traceback" not in done.stderr
