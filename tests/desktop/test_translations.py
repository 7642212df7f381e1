"""The Norwegian catalogue is complete, its placeholders match, it is up to date with the source, and the compiled
.qm files are what the .ts files compile to."""

from __future__ import annotations

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
