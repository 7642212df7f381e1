"""The same month names from the app and from the command line: the desktop's ReportWords takes them from QLocale
(nb_NO, en_NO), the CLI writes them out in `cli.report_texts.MONTHS` (it writes XLSX and CSV without Qt), so a
report's columns and chart read the same whichever made it."""

from __future__ import annotations

from datetime import date

import pytest

from cli.report_texts import CliWords
from desktop.views.reports.report_words import ReportWords
from sync.reports.model import Text

MONTHS = [Text("col.month", {"month": date(2026, m, 1)}) for m in range(1, 13)]


def _names(words) -> list[str]:
    return [words.text(month) for month in MONTHS]


@pytest.mark.parametrize("ui", ["english_ui", "norwegian_ui"])
def test_the_cli_names_every_month_as_the_app_does(request, ui):
    request.getfixturevalue(ui)
    desktop = ReportWords()
    assert _names(CliWords(desktop.language)) == _names(desktop)


def test_the_bokmal_names_are_qlocales(norwegian_ui):
    assert _names(ReportWords())[2:7] == ["mars 2026", "apr. 2026", "mai 2026", "juni 2026", "juli 2026"]
