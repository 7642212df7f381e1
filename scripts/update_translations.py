"""Refresh the translation catalogues from the source, then compile them:

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --release  # lrelease only (after editing a .ts)

- `resources/translations/portal_desktop_nb.ts`: every user-visible string of `desktop/`, translated to Norwegian
  bokmål (edit in Qt Linguist: `pyside6-linguist`, or any text editor).
- `resources/translations/portal_desktop_en.ts`: only the plural forms ("%n change(s)" → "1 change" / "2 changes").

Both tools ship with PySide6-Essentials (`pyside6-lupdate`, `pyside6-lrelease`). Commit the .ts and the .qm files
together; `tests/desktop/test_translations.py` fails when a message is untranslated or a .qm is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "portal_desktop"
LANGUAGES = {"nb": ("nb_NO", []), "en": ("en", ["-pluralonly"])}


def tool(name: str) -> str:
    """`pyside6-<name>` from PATH, else the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # noqa: PLC0415
    return str(Path(PySide6.__file__).parent / name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCE_DIR.rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.qm"


def lupdate(language: str, ts: Path | None = None) -> None:
    target, extra = LANGUAGES[language]
    subprocess.run([tool("lupdate"), *sources(), "-ts", str(ts or ts_path(language)), "-no-obsolete",
                    "-locations", "relative", "-source-language", "en", "-target-language", target, *extra],
                   cwd=ROOT, check=True)


def lrelease(language: str, ts: Path | None = None, qm: Path | None = None) -> None:
    subprocess.run([tool("lrelease"), "-removeidentical" if language == "en" else "-nounfinished",
                    str(ts or ts_path(language)), "-qm", str(qm or qm_path(language))], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not args.release:
            lupdate(language)
        lrelease(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
