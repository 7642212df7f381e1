"""Every problem code the client can produce, collected from the source (never a hand-kept list).

A code is *produced* where `sync/` or `domain/` use a `domain.problems` constant other than in a comparison (an
argument to a problem or an exception, a value returned or stored), and every `CSV_*` code the readings-file judge
defines. `domain/problems.py` itself only defines them, and `cli/` only words them."""

from __future__ import annotations

import ast
from pathlib import Path

from domain import problems
from sync.readings import csv_format, csv_import

ROOT = Path(__file__).resolve().parents[2]
_PROBLEM_ALIASES = ("problems", "codes")


def produced_codes() -> dict[str, set[str]]:
    """code → the files that produce it."""
    found: dict[str, set[str]] = {}
    for path in _sources():
        for name in _produced_names(ast.parse(path.read_text(encoding="utf-8"))):
            code = getattr(problems, name, None)
            if isinstance(code, str):
                found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    for module in (csv_format, csv_import):
        for name, value in vars(module).items():
            if name.startswith("CSV_") and isinstance(value, str):
                found.setdefault(value, set()).add(module.__name__)
    return found


def csv_codes() -> set[str]:
    return {code for code in produced_codes() if code.startswith("csv.")}


def _sources() -> list[Path]:
    skip = {ROOT / "domain" / "problems.py"}
    return [p for folder in ("domain", "sync") for p in sorted((ROOT / folder).rglob("*.py"))
            if p not in skip and "cli" not in p.relative_to(ROOT).parts]


def _produced_names(tree: ast.AST) -> set[str]:
    compared = {id(node) for compare in ast.walk(tree) if isinstance(compare, ast.Compare)
                for node in ast.walk(compare)}
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in _PROBLEM_ALIASES and node.attr.isupper() and id(node) not in compared}
