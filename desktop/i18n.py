"""Language of the user interface: our own Norwegian bokmål catalogue plus Qt's for its standard dialogs.

Source strings are English (the English catalogue only carries plural forms: "%n change(s)" → "1 change");
`install_language("nb")` loads `resources/translations/portal_desktop_nb.qm` and sets
the default QLocale to nb_NO, so dates and numbers follow (25.11.2026, 1 234 567). The language is chosen once at
start-up: switching it applies after a restart (the settings dialog says so). Until the user chooses one, the app
follows the system's language (`system_language`: nb, nn and no → bokmål, anything else → English).

Qt ships no bokmål catalogue for its own widgets (only nynorsk, `qtbase_nn`), so when `qtbase_nb` is missing our
catalogue carries bokmål texts for the standard buttons and the line-edit menu (the `_QT_FALLBACK` markers below).

A plural ("%n …") outside a widget's own `self.tr` goes through a small QObject class named after its context
(`Notifications.tr("%n replies…", "", count)`), never `translate(ctx, text, "", count)`: lupdate before Qt 6.12
reads a plural from `translate()` only when its count is a literal, and drops the call whose count is an expression,
while `Class.tr()` it reads with any count (`tests/desktop/test_translations.py` catches a plural lost that way).
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

log = logging.getLogger(__name__)

CATALOGUE = "portal_desktop"
LANGUAGES: dict[str, str] = {"nb": "Norsk bokmål", "en": "English"}
"""Language code → its own name (never translated: a user must recognise their language in any UI language)."""

LOCALES = {"nb": "nb_NO", "en": "en_NO"}
"""English UI still formats dates and numbers the Norwegian office way (en_NO: 25/11/2026, 1 234 567)."""

_QT_FALLBACK = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

NORWEGIAN_CODES = ("nb", "nn", "no")
"""System languages shown in bokmål: we have no nynorsk catalogue, and a nynorsk reader reads bokmål."""

_installed: list[QTranslator] = []
_this_run_only: str | None = None


def system_language(locale: QLocale | None = None) -> str:
    """The interface language for a system `locale` (default: the system's) when the user has chosen none: "nb" for
    Norwegian in any form, else "en". The first of the system's UI languages counts (Windows lets the display
    language differ from the formats), then the locale's own name."""
    locale = locale if locale is not None else QLocale.system()
    names = [*locale.uiLanguages(), locale.name()]
    code = names[0].replace("-", "_").split("_")[0].lower() if names and names[0] else ""
    return "nb" if code in NORWEGIAN_CODES else "en"


def translations_dir() -> Path:
    """Inside the installed `resources` package, so it works from a wheel as well as from the source tree."""
    return Path(str(resources.files("resources") / "translations"))


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{language}.qm"


def install_language(language: str, *, this_run_only: bool = False) -> str:
    """Set the default locale and load the catalogues for `language` ("nb" or "en"); returns the language used.
    `this_run_only`: the language was asked for on the command line (`--lang`) rather than taken from the settings,
    so Settings can say so (`language_of_this_run`).

    Calling it again replaces the previous catalogues (tests switch languages)."""
    global _this_run_only
    if language not in LANGUAGES:
        log.warning("Unknown language %r, using Norwegian bokmål", language)
        language = "nb"
    _this_run_only = language if this_run_only else None
    QLocale.setDefault(QLocale(LOCALES[language]))
    _remove_installed()
    _load(catalogue_path(language))
    if language != "en":
        _load(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm",
              optional=True)
    return language


def current_language() -> str:
    """"nb" when the interface speaks Norwegian (the default locale `install_language` set), else "en": for texts
    that come in both languages from elsewhere (the guides, the names in a CSV header)."""
    norwegian = (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk)
    return "nb" if QLocale().language() in norwegian else "en"


def language_of_this_run() -> str | None:
    """The language `--lang` chose for this run only (over the one saved in Settings), or None when the saved one
    (or the system's) is in use."""
    return _this_run_only


def reset() -> None:
    """Back to the untranslated source strings (tests)."""
    global _this_run_only
    _this_run_only = None
    _remove_installed()


def _load(path: Path, *, optional: bool = False) -> None:
    translator = QTranslator()
    if translator.load(str(path)):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    elif not optional:
        log.error("Cannot load the translation catalogue %s; the interface stays in English", path)


def _remove_installed() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
