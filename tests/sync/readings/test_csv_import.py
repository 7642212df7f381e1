"""The readings CSV: what Norwegian Excel writes, what other systems export, and a clear word for every bad row."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from domain import problems
from sync.outbox import queue as outbox
from sync.progress import Cancelled
from sync.readings import csv_format
from sync.readings.csv_import import (
    CSV_UNKNOWN_COUNTER,
    CSV_UNKNOWN_SERIAL,
    CsvFormatError,
    check_readings_csv,
    import_readings_csv,
    parse_readings_csv,
)
from tests.sync.conftest import TODAY

SAMPLE = Path(__file__).resolve().parents[3] / "docs" / "sample-readings.csv"
FORMAT_DOC = SAMPLE.with_name("readings-csv.md")


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
        "Meter reading SN100 (2026-11-25): total 11,000; bw 8,500; colour 2,500"]


def test_the_documented_sample_parses_cleanly():
    parsed = parse_readings_csv(SAMPLE.read_bytes())
    assert parsed.errors == ()
    assert len(parsed.rows) >= 3


# --- the header names -----------------------------------------------------------------------------------------------

COUNTER_NAMES = [(column.key, name) for column in csv_format.COUNTERS for name in column.names]


@pytest.mark.parametrize(("key", "name"), COUNTER_NAMES, ids=[f"{k}:{n}" for k, n in COUNTER_NAMES])
def test_every_counter_name_in_the_table_means_its_counter(key, name):
    for spelled in (name, name.upper(), f"  {name.title()} "):
        parsed = parse_readings_csv(f"serial;date;{spelled}\nSN100;25.11.2026;7\n")
        assert parsed.counters == (key,) and parsed.rows[0].values == {key: 7}, spelled


@pytest.mark.parametrize("serial_name", csv_format.SERIAL.names)
@pytest.mark.parametrize("date_name", csv_format.DATE.names)
def test_every_serial_and_date_name_is_a_header(serial_name, date_name):
    parsed = parse_readings_csv(f"{serial_name.upper()};{date_name};total\nSN100;25.11.2026;7\n")
    assert [(r.serial, r.reading_date) for r in parsed.rows] == [("SN100", date(2026, 11, 25))]


@pytest.mark.parametrize("header", ["serial;date;Black/white", "serial;date;black_white", "serial;date;BLACK WHITE",
                                    "serial;date;svart-hvitt", "serial;date;Svart/Hvitt", "serial;date;S/H"])
def test_separators_and_case_do_not_matter(header):
    assert parse_readings_csv(f"{header}\nSN100;25.11.2026;7\n").counters == ("bw",)


def test_a_name_the_table_does_not_know_is_a_counter_key_as_it_stands():
    parsed = parse_readings_csv("serial;date;A3 Sheets;total\nSN100;25.11.2026;4;7\n")
    assert parsed.counters == ("a3_sheets", "total")
    assert parsed.headers == {"a3_sheets": "A3 Sheets", "total": "total"}


@pytest.mark.parametrize("header", ["serial;date;bw;sh", "serial;date;colour;Farge", "serial;date;total;Totalt",
                                    "serial;date;color;colour"])
def test_two_names_for_one_counter_are_refused(header):
    with pytest.raises(CsvFormatError, match="twice") as refused:
        parse_readings_csv(f"{header}\n")
    assert refused.value.code == csv_format.CSV_COUNTER_TWICE


@pytest.mark.parametrize("header", ["sh;dato;total", "dato;serienr;total", "serial;total;bw", "farge;date;total"])
def test_a_counter_name_is_no_serial_or_date_column(header):
    with pytest.raises(CsvFormatError) as refused:
        parse_readings_csv(f"{header}\nSN100;25.11.2026;7\n")
    assert refused.value.code == csv_format.CSV_BAD_HEADER
    assert refused.value.params == {"found": header}
    assert "serial;date;total;bw;colour" in str(refused.value)


@pytest.mark.parametrize(("language", "expected"), [("en", "serial;date;total;bw;colour"),
                                                    ("nb", "serienr;dato;total;sh;farge")])
def test_the_example_header_is_built_from_the_table_and_parses(language, expected):
    assert csv_format.example_header(language) == expected
    assert csv_format.example_header(language, ",") == expected.replace(";", ",")
    parsed = parse_readings_csv(f"{expected}\nSN100;25.11.2026;3;2;1\n")
    assert parsed.counters == ("total", "bw", "colour") and parsed.errors == ()


def test_the_format_document_lists_exactly_the_names_the_parser_takes():
    text = FORMAT_DOC.read_text(encoding="utf-8")
    section = text.split("## Header names", 1)[1].split("\n## ", 1)[0]
    rows = {m[1]: re.findall(r"`([^`]+)`", m[2]) for m in re.finditer(r"^\| (\w+) \| (`.*) \|$", section, re.M)}
    assert rows == {column.key: list(column.names) for column in csv_format.COLUMNS}


# --- the codes behind each message ------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "code", "params"), [
    ("SN100;2026-13-01;1;2;3", csv_format.CSV_BAD_DATE, {"text": "2026-13-01"}),
    ("SN100;2026-11-25;1;-2;3", csv_format.CSV_BAD_VALUE,
     {"counter": "BW", "key": "bw", "text": "-2", "reason_code": problems.METER_VALUE_NEGATIVE}),
    (" ;2026-11-25;1;2;3", csv_format.CSV_SERIAL_MISSING, {}),
    ("SN100;2026-11-25;;;", csv_format.CSV_NO_VALUES, {"serial": "SN100"}),
    ("SN100;2026-11-25;1;2;3;4", csv_format.CSV_CELL_COUNT, {"cells": 6, "columns": 5}),
])
def test_each_bad_row_carries_a_code_and_its_parameters(line, code, params):
    parsed = parse_readings_csv(f"serial;date;total;BW;colour\n{line}\n")
    assert [(e.line, e.code, dict(e.params)) for e in parsed.errors] == [(2, code, params)]


def test_the_whole_file_errors_carry_codes():
    for text, code in (("", csv_format.CSV_EMPTY), ("serial;date;total;;\n", csv_format.CSV_UNNAMED_COUNTER)):
        with pytest.raises(CsvFormatError) as refused:
            parse_readings_csv(text)
        assert refused.value.code == code


# --- the one judge ----------------------------------------------------------------------------------------------

JUDGED = ("serienr;dato;totalt;sh;farge\n"
          " sn100 ;25.11.2026;11 000;8 500;2 500\n"       # 2 ok: serial trimmed, any case
          "SN100;25.11.2026;12 000;9 000;3 000\n"         # 3 the same machine and day as line 2
          "SN200;24.11.2026;5;4;1\n"                      # 4 ok (no history)
          "SN200;23.11.2026;6;4;1\n"                      # 5 higher than the file's own later reading (line 4)
          "SN100;2026-11-26;1;1;1\n"                      # 6 in the future
          "SN300;25.11.2026;5 000;;7\n"                   # 7 mono machine: colour given
          "SN999;25.11.2026;1;1;1\n"                      # 8 unknown serial
          "SN200;25.11.2026;500 000;400 000;100 000\n"    # 9 a jump far above the normal volume: a warning
          "SN100;1.1.2026;x;1;1\n")                       # 10 syntax


def test_the_judge_gives_each_row_a_verdict_and_a_code_and_writes_nothing(cache):
    check = check_readings_csv(cache, JUDGED.encode("utf-8-sig"), today=TODAY)
    verdicts = {row.line: (row.verdict, row.code, [p.code for p in row.problems]) for row in check.rows}
    assert verdicts == {
        2: ("ok", "", []),
        3: ("error", "", [problems.METER_ALREADY_SUBMITTED_TODAY]),
        4: ("ok", "", []),
        5: ("error", "", [problems.METER_READING_DECREASED]),                  # total 6 > 5; bw and colour equal
        6: ("error", "", [problems.METER_FUTURE_DATE] + [problems.METER_READING_DECREASED] * 3),
        7: ("error", CSV_UNKNOWN_COUNTER, []),
        8: ("error", CSV_UNKNOWN_SERIAL, []),
        9: ("warning", "", [problems.METER_UNUSUAL_JUMP] * 3),
        10: ("error", csv_format.CSV_BAD_VALUE, []),
    }
    by_line = {row.line: row for row in check.rows}
    assert by_line[2].serial == "sn100" and by_line[2].product.serial == "SN100"
    assert by_line[2].values == {"total": 11_000, "bw": 8_500, "colour": 2_500}
    assert dict(by_line[7].params) == {"serial": "SN300", "model": "Bizhub C300i", "names": "farge",
                                       "counters": "total"}
    assert dict(by_line[8].params) == {"serial": "SN999"}
    assert [e.product_id for e in check.entries()] == ["p-1", "p-2", "p-2"]
    assert (check.count("ok"), check.count("warning"), check.count("error")) == (2, 1, 6)
    assert outbox.outbox_items(cache) == []


def test_the_import_queues_exactly_what_the_judge_lets_through(cache):
    expected = [row.line for row in check_readings_csv(cache, JUDGED, today=TODAY).rows if row.verdict != "error"]
    result = import_readings_csv(cache, JUDGED, today=TODAY)
    assert [line.line for line in result.queued] == expected == [2, 4, 9]
    assert [line.line for line in result.refused] == [3, 5, 6, 7, 8, 10]
    assert len(outbox.outbox_items(cache)) == 3


def test_the_judge_stops_when_told_and_reports_each_row(cache):
    asked, reports = [], []

    class Told:
        def report(self, done, total):
            reports.append((done, total))

        def cancelled(self):
            asked.append(1)
            return len(asked) > 2

    with pytest.raises(Cancelled):
        check_readings_csv(cache, JUDGED, today=TODAY, progress=Told())
    assert len(asked) == 3 and reports[:3] == [(0, reports[0][1]), (1, reports[0][1]), (2, reports[0][1])]
