"""Moments with their weekday read as the user's locale writes them: Norwegian keeps its short date ("fre. 04.12.2026
15:00"); English names the month ("Fri 4 Dec 2026, 15:00"), never the C locale's bare "4 12 2026"."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n
from desktop.formatting import format_moment_with_day


@pytest.fixture
def local_utc(monkeypatch):
    """The system time zone as UTC, so a moment reads the same on every machine."""
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def locale(qapp):
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    i18n.reset()
    QLocale.setDefault(previous)


MOMENT = datetime.fromisoformat("2026-12-04T15:00:00+00:00")


@pytest.mark.parametrize(("name", "expected"), [
    ("nb_NO", "fre. 04.12.2026 15:00"),
    ("en_NO", "Fri 4 Dec 2026, 15:00"),
    ("C", "Fri 4 Dec 2026, 15:00"),
    ("en_US", "Fri 4 Dec 2026, 3:00\u202fPM"),  # the locale's own time (CLDR's narrow space before PM)
])
def test_a_moment_with_its_weekday_in_each_locale(name, expected, locale, local_utc):
    locale(name)
    assert format_moment_with_day(MOMENT) == expected


@pytest.mark.parametrize("language", ["en", "nb"])
def test_the_apps_languages_write_separators_between_day_month_and_year(language, qapp, locale, local_utc):
    i18n.install_language(language)
    text = format_moment_with_day(MOMENT)
    assert text == {"en": "Fri 4 Dec 2026, 15:00", "nb": "fre. 04.12.2026 15:00"}[language]
