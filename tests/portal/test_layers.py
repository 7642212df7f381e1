"""The portal depends on `domain` only: it never imports the client's `sync` or `desktop` (nor Qt)."""

import ast
from pathlib import Path

import portal

FORBIDDEN = ("sync", "desktop", "PySide6", "tests")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_the_portal_imports_no_client_code():
    sources = list(Path(portal.__file__).parent.rglob("*.py"))
    assert len(sources) > 10
    for source in sources:
        bad = {m for m in imported_modules(source) if m.split(".")[0] in FORBIDDEN}
        assert not bad, f"{source} imports {bad}"
