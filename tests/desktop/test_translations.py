"""The Norwegian catalogue is complete, its placeholders match, it is up to date with the source, and the compiled
.qm files are what the .ts files compile to."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)

LANGUAGES = list(update_translations.LANGUAGES)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def problems(ts: Path) -> list[str]:
    found = []
    for context, message in messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{ts.name} [{context}] {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        for form in forms:
            if not form.strip():
                found.append(f"{where}: empty translation")
            elif set(_PLACEHOLDER.findall(form)) != set(_PLACEHOLDER.findall(source)):
                found.append(f"{where}: placeholders differ in {form!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    ts = update_translations.ts_path(language)
    assert ts.exists(), f"run python scripts/update_translations.py to create {ts}"
    assert problems(ts) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(language, tmp_path):
    """Content, not file times: a fresh checkout gives both files the same time in any order."""
    qm = update_translations.qm_path(language)
    assert qm.exists(), f"run python scripts/update_translations.py --release to create {qm}"
    fresh = tmp_path / qm.name
    update_translations.lrelease(language, qm=fresh)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than its .ts: run the update script"


def test_the_catalogue_knows_every_string_in_the_source(tmp_path):
    """A tr() added without re-running the update script shows up here as an unfinished message."""
    copy = tmp_path / "portal_desktop_nb.ts"
    shutil.copy(update_translations.ts_path("nb"), copy)
    update_translations.lupdate("nb", ts=copy)
    assert problems(copy) == []


def test_norwegian_is_used_with_norwegian_dates(qapp):
    previous = QLocale()
    try:
        assert i18n.install_language("nb") == "nb"
        assert QCoreApplication.translate("PendingPage", "Pending changes") == "Ventende endringer"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QLocale().dateFormat(QLocale.FormatType.ShortFormat) == "dd.MM.yyyy"
    finally:
        i18n.reset()
        QLocale.setDefault(previous)


def plurals_in_source() -> set[tuple[str, str]]:
    """(context, text) of every `self.tr`, `Class.tr` and `translate` call that passes a count to a "%n" text."""
    found = set()

    class Calls(ast.NodeVisitor):
        classes: list[str] = []

        def visit_ClassDef(self, node):
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node):
            func, args = node.func, node.args
            texts = [a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if any("%n" in t for t in texts):
                if isinstance(func, ast.Attribute) and func.attr == "tr" and len(args) >= 3:
                    owner = func.value
                    context = self.classes[-1] if isinstance(owner, ast.Name) and owner.id == "self" else \
                        getattr(owner, "id", "?")
                    found.add((context, args[0].value))
                elif getattr(func, "id", getattr(func, "attr", "")) == "translate" and len(args) >= 4:
                    found.add((args[0].value, args[1].value))
            self.generic_visit(node)

    for path in sorted((ROOT / "desktop").rglob("*.py")):
        Calls().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_plural_in_the_source_is_a_plural_in_the_catalogue():
    """lupdate before Qt 6.12 reads `translate(ctx, "%n …", "", count)` as a plain message, or drops it when the count
    is an expression: the Norwegian user would then see the English text. The source, read by Python's own parser,
    says which texts are plurals; the catalogue must hold each as one."""
    in_catalogue = {(name, message.findtext("source")) for name, message in
                    messages(update_translations.ts_path("nb")) if message.get("numerus") == "yes"}
    in_source = plurals_in_source()
    assert len(in_source) > 20
    assert in_source - in_catalogue == set()
