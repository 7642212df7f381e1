"""The import-linter contracts in pyproject.toml (layers, the independent features, no Qt in sync, no HTTP or SQL
in desktop) hold for the whole tree, function-level imports included."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_is_kept(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
