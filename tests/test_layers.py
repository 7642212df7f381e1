"""Imports point one way (DESIGN.md): desktop → sync → domain, desktop → domain, portal → domain. `sync` never
imports Qt; `desktop` never speaks HTTP; `portal` and `sync` never import each other; nothing imports `desktop`."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HTTP = ("requests", "urllib3", "httpx", "http.client", "urllib.request", "aiohttp")  # urllib.parse only reads text
FORBIDDEN = {
    "domain": ("sync", "desktop", "portal", "PySide6", "sqlalchemy", "alembic", "fastapi", "tests", *HTTP),
    "sync": ("desktop", "portal", "PySide6", "tests"),
    "desktop": ("portal", "fastapi", "tests", "cli", *HTTP),
    "cli": ("desktop", "portal", "PySide6", "tests"),
    "paper": ("desktop", "cli", "portal", "sqlalchemy", "alembic", "fastapi", "tests", *HTTP),
    "portal": ("sync", "desktop", "PySide6", "tests"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def forbidden(module: str, rules: tuple[str, ...]) -> bool:
    return any(module == rule or module.startswith(rule + ".") for rule in rules)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_only_what_its_layer_may(package):
    sources = list((ROOT / package).rglob("*.py"))
    assert len(sources) > 3
    for source in sources:
        bad = {m for m in imported_modules(source) if forbidden(m, FORBIDDEN[package])}
        assert not bad, f"{source.relative_to(ROOT)} imports {sorted(bad)}"


def test_the_rule_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("import requests\nfrom PySide6.QtCore import QObject\nfrom urllib.request import urlopen\n"
                      "from urllib.parse import urlsplit\n", encoding="utf-8")
    found = {m for m in imported_modules(sample) if forbidden(m, FORBIDDEN["desktop"])}
    assert found == {"requests", "urllib.request"}
    assert {m for m in imported_modules(sample) if forbidden(m, FORBIDDEN["sync"])} == {"PySide6.QtCore"}
