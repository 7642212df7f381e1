"""The readings CSV: what Norwegian Excel writes, what other systems export, and a clear word for every bad row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sync.outbox import queue as outbox
from sync.readings.csv_import import CsvFormatError, import_readings_csv, parse_readings_csv
from tests.sync.conftest import TODAY

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "sample-readings.csv"


def test_semicolon_bom_and_norwegian_dates_and_grouped_numbers():
    data = "\ufeffserial;date;total;bw;colour\r\nSN100;25.11.2026;12\u00a0345;10 000;2 345\r\n".encode("utf-8")
    parsed = parse_readings_csv(data)
    assert parsed.errors == ()
    assert parsed.counters == ("total", "bw", "colour")
    row = parsed.rows[0]
    assert (row.line, row.serial, row.reading_date) == (2, "SN100", date(2026, 11, 25))
    assert row.values == {"total": 12_345, "bw": 10_000, "colour": 2_345}


def test_comma_separator_iso_dates_and_empty_cells():
    parsed = parse_readings_csv(b"Serial,Date,Total,BW,Colour\nSN300,2026-11-25,5000,,\n\nSN100,2026-11-24,1,2,3\n")
    assert [(r.line, r.values) for r in parsed.rows] == [(2, {"total": 5000}),
                                                         (4, {"total": 1, "bw": 2, "colour": 3})]


def test_cp1252_file_from_old_excel():
    data = "serienummer;dato;total\nSN100;25.11.2026;12 345\nSØ-1;2026-11-25;7\n".encode("cp1252")
    parsed = parse_readings_csv(data)
    assert [r.serial for r in parsed.rows] == ["SN100", "SØ-1"]


@pytest.mark.parametrize("line, message", [
    ("SN100;2026-13-01;1;2;3", "'2026-13-01' is not a date"),
    ("SN100;31.02.2026;1;2;3", "'31.02.2026' is not a date"),
    ("SN100;yesterday;1;2;3", "'yesterday' is not a date"),
    ("SN100;2026-11-25;12,5;2;3", "total '12,5' is not a counter value: A counter is a whole number"),
    ("SN100;2026-11-25;1;-2;3", "bw '-2' is not a counter value: A counter cannot be negative"),
    ("SN100;2026-11-25;1;2;abc", "colour 'abc' is not a counter value: Use digits only"),
    (";2026-11-25;1;2;3", "the serial number is missing"),
    ("SN100;2026-11-25;;;", "no counter values for SN100"),
    ("SN100;2026-11-25;1;2;3;4", "6 cells, but the header has 5 columns"),
])
def test_each_bad_row_gets_its_own_reason(line, message):
    parsed = parse_readings_csv(f"serial;date;total;bw;colour\nSN200;2026-11-25;1;1;1\n{line}\n")
    assert len(parsed.rows) == 1
    assert [e.line for e in parsed.errors] == [3]
    assert parsed.errors[0].message.startswith("Line 3: ")
    assert message in parsed.errors[0].message


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("\n\n", "empty"),
    ("total;bw\n1;2\n", "header"),
    ("serial;date\nSN1;2026-01-01\n", "header"),
    ("serial;date;total;total\n", "twice"),
])
def test_a_file_without_a_usable_header_is_refused_as_a_whole(text, message):
    with pytest.raises(CsvFormatError, match=message):
        parse_readings_csv(text)


def test_import_resolves_serials_and_counters_then_applies_the_rules(cache):
    data = ("serial;date;total;bw;colour\n"
            "sn100;25.11.2026;11 000;8 500;2 500\n"     # ok (serial case does not matter)
            "SN999;25.11.2026;1;1;1\n"                  # not in the fleet
            "SN300;25.11.2026;5 000;;7\n"              # mono machine: colour given
            "SN200;25.11.2026;100;;\n"                  # rules: bw and colour missing
            "SN200;xx;1;1;1\n")                         # syntax
    result = import_readings_csv(cache, data.encode("utf-8-sig"), today=TODAY)
    assert [(line.line, line.queued) for line in result.lines] == [(2, True), (3, False), (4, False), (5, False),
                                                                   (6, False)]
    messages = {line.line: line.message for line in result.lines}
    assert "no machine with serial SN999" in messages[3]
    assert "SN300 (Bizhub C300i) has no counter colour; its counters are total" in messages[4]
    assert "Enter a value for 'bw'" in messages[5]
    assert "'xx' is not a date" in messages[6]
    assert [i.summary for i in outbox.outbox_items(cache)] == [
        "Meter reading SN100 (2026-11-25): total 11 000, bw 8 500, colour 2 500"]


def test_the_documented_sample_parses_cleanly():
    parsed = parse_readings_csv(SAMPLE.read_bytes())
    assert parsed.errors == ()
    assert len(parsed.rows) >= 3
