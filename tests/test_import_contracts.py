"""The import-linter contracts in pyproject.toml (layers, the independent features, no Qt in sync, no HTTP or SQL
in desktop) hold for the whole tree, function-level imports included. Run in a process of its own: import-linter
configures logging as it starts, which would silence the loggers of the tests after it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_is_kept():
    done = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
                           "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "Contracts: 9 kept, 0 broken." in done.stdout
