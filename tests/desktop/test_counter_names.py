"""Counter names: the portal sends keys (with English labels); every screen names the counters from one table, in
the user's language — never the portal's English label on a Norwegian screen ("Colour ny")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from desktop.counter_names import NAMES, counter_name, counter_names
from desktop.models.lookup import Lookup
from desktop.views.products.product_detail import ProductDetail
from desktop.views.readings import pending_kinds
from desktop.views.readings.import_readings_dialog import ImportPreviewModel, ImportReadingsDialog
from desktop.views.readings.meter_round_page import MeterRoundPage
from desktop.views.readings.reading_dialog import ReadingDialog
from sync.outbox.queue import outbox_items
from sync.products import queries as product_queries
from sync.products.records import CounterDef
from sync.readings import csv_format, operations
from tests.desktop.pages_fixtures import (  # noqa: F401
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NORWEGIAN = {"total": "Totalt", "bw": "Svart-hvitt", "colour": "Farge", "large_format_m2": "Storformat (m²)"}
ENGLISH_LABELS = ("Black/white", "Colour", "Large format")


def product(ctx, pid: str):
    return product_queries.product(ctx.engine, pid, today=TODAY)


def test_every_counter_the_csv_knows_has_a_name():
    assert set(NAMES) == {column.key for column in csv_format.COUNTERS}


def test_the_names_are_norwegian_in_norwegian(norwegian_ui):
    assert {key: counter_name(key, "English label") for key in NAMES} == NORWEGIAN


def test_a_counter_the_table_does_not_know_keeps_the_portals_label_or_its_key(norwegian_ui):
    assert counter_name("a4_sheets", "A4 sheets") == "A4 sheets"
    assert counter_name("a4_sheets") == "a4_sheets"
    assert counter_names([CounterDef("bw", "Black/white"), CounterDef("x", "")]) == {"bw": "Svart-hvitt", "x": "x"}


def test_the_meter_round_headers_are_norwegian(qtbot, offline_ctx, norwegian_ui):
    page = MeterRoundPage(offline_ctx)
    qtbot.addWidget(page)
    model = page.model
    header = model.headerData(model.column_of("new:colour"), Qt.Orientation.Horizontal)
    assert header == "Farge\nny"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not any(label in text for text in headers for label in ENGLISH_LABELS), headers


def test_the_reading_dialog_names_the_counters_in_norwegian(qtbot, offline_ctx, norwegian_ui):
    dialog = ReadingDialog(offline_ctx, product(offline_ctx, product_id(3)))
    qtbot.addWidget(dialog)
    assert dialog.fields["bw"].accessibleName() == "Ny verdi for Svart-hvitt"
    names = [dialog.fields[key].accessibleName() for key in ("total", "bw", "colour")]
    assert not any(label in name for name in names for label in ENGLISH_LABELS), names


def test_the_machine_detail_lists_the_counters_in_norwegian(qtbot, offline_ctx, norwegian_ui):
    detail = ProductDetail(offline_ctx)
    qtbot.addWidget(detail)
    detail.set_product(product(offline_ctx, product_id(2)))
    assert detail.fact("counters") == "Totalt, Storformat (m²)"


def test_the_import_preview_and_its_errors_name_the_counters_in_norwegian(qtbot, offline_ctx, norwegian_ui,
                                                                        tmp_path: Path):
    last = dict(product(offline_ctx, product_id(3)).last_values)
    path = tmp_path / "runde.csv"
    path.write_text("serienr;dato;total;sh;farge\n"
                    f"SN00003;27.11.2026;{last['total'] + 30};{last['bw'] + 20};{last['colour'] + 10}\n"
                    "SN00004;27.11.2026;5;3;2\n", encoding="utf-8")
    dialog = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    values = dialog.model.index(0, ImportPreviewModel.VALUES).data()
    assert values.startswith("Totalt ") and "Svart-hvitt " in values and "Farge " in values
    refused = dialog.model.rows[1].message
    assert refused == "Linje 3 (SN00004): denne maskinen har ingen teller sh, farge; tellerne er Totalt.", refused


def test_pending_changes_name_the_counters_in_norwegian(qtbot, offline_ctx, norwegian_ui):
    last = dict(product(offline_ctx, product_id(2)).last_values)
    entry = operations.ReadingEntry(product_id(2), TODAY, {"total": last["total"] + 5,
                                                            "large_format_m2": last["large_format_m2"] + 5})
    operations.queue_readings(offline_ctx.engine, [entry], today=TODAY)
    item = outbox_items(offline_ctx.engine)[0]
    text = pending_kinds.describe_reading(Lookup(offline_ctx), item)
    assert "Totalt " in text and "Storformat (m²) " in text, text


def test_import_errors_on_any_line_are_norwegian(qtbot, offline_ctx, norwegian_ui, tmp_path: Path):
    rows = [f"SN0000{i};27.11.2026;1;;" for i in range(1, 7)] + ["SN00007;27.11.2026;1;2;3;4"]
    path = tmp_path / "lang.csv"
    path.write_text("serienr;dato;total;sh;farge\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7)
    assert dialog.model.rows[-1].message == "Linje 8 (SN00007): 6 celler, men overskriften har 5 kolonner."
    assert all(line.message.startswith(f"Linje {line.line} (") for line in dialog.model.rows if line.message)


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_header_written_with_the_names_the_app_shows_is_accepted(qapp, language):
    previous = QLocale()
    i18n.install_language(language)
    try:
        header = ";".join(["serial", "date", *(counter_name(key) for key in NAMES)])
    finally:
        i18n.reset()
        QLocale.setDefault(previous)
    parsed = csv_format.parse_readings_csv(f"{header}\nSN1;25.11.2026;4;3;1;2\n")
    assert parsed.counters == tuple(NAMES), header
