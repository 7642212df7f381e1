""""About the file format…" shows the format inside the app, built from the parser's own table, in the user's
language — it opens no file from a source tree an installed app does not have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QDesktopServices

from desktop import i18n
from desktop.views.readings.csv_format_dialog import CsvFormatDialog
from desktop.views.readings.import_readings_dialog import ImportReadingsDialog
from sync.readings import csv_format
from sync.readings.csv_format import parse_readings_csv
from tests.desktop.pages_fixtures import offline_ctx, small_cache  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["en", "nb"])
def ui_language(request, qapp):
    previous = QLocale()
    i18n.install_language(request.param)
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


def cells(dialog: CsvFormatDialog) -> list[tuple[str, str]]:
    table = dialog.names_table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_link_opens_the_format_inside_the_app(qtbot, offline_ctx, monkeypatch, ui_language):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialog = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(dialog)
    assert 'href="#format"' in dialog.help_label.text() and "readings-csv.md" not in dialog.help_label.text()
    dialog.help_label.linkActivated.emit("#format")
    shown = dialog.format_dialog
    assert shown is not None and shown.isVisible() and opened == []
    dialog.show_format()
    assert dialog.format_dialog is shown  # one window, raised again


def test_every_name_the_parser_takes_is_listed_and_every_listed_name_parses(qtbot, ui_language):
    dialog = CsvFormatDialog()
    qtbot.addWidget(dialog)
    rows = cells(dialog)
    assert len(rows) == len(csv_format.COLUMNS)
    for (_title, names), column in zip(rows, csv_format.COLUMNS, strict=True):
        assert names.split(", ") == list(column.names)
    for name in rows[3][1].split(", "):  # every name of the black/white counter
        parsed = parse_readings_csv(f"serial;date;{name}\nSN1;25.11.2026;5\n")
        assert parsed.counters == ("bw",), name


def test_the_dialog_speaks_the_users_language(qtbot, ui_language):
    dialog = CsvFormatDialog()
    qtbot.addWidget(dialog)
    titles = [title for title, _names in cells(dialog)]
    expected = {"en": ["Serial number", "Reading date", "Total", "Black/white", "Colour", "Large format (m²)"],
                "nb": ["Serienummer", "Avlesningsdato", "Totalt", "Svart-hvitt", "Farge", "Storformat (m²)"]}
    assert titles == expected[ui_language]
    example = dialog.example.toPlainText().splitlines()
    assert example[0] == {"en": "serial;date;total;bw;colour", "nb": "serienr;dato;total;sh;farge"}[ui_language]
    parsed = parse_readings_csv(dialog.example.toPlainText())
    assert parsed.errors == () and len(parsed.rows) == 2
