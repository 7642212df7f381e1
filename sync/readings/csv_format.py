"""The meter-readings CSV as a file: its header names, its encodings and separators, its dates and numbers.

`parse_readings_csv` turns the bytes into rows, or into a problem per row (a code, its parameters and an English
message with the line number), without looking at the fleet; `sync.readings.csv_import` then matches each row to a
machine and applies the reading rules. The header names are one table, `COLUMNS`: the parser reads it, and the
example header the app and the error messages show is built from it (`example_header`), so the hint can never name
a column the parser refuses. docs/readings-csv.md lists the same names.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Mapping

from domain.meter import InvalidCounterValue, parse_counter_value

# --- the header names ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnName:
    """A column and every name it goes by in a header. `key` is "serial", "date" or the portal's key of a counter
    (`domain.wire.Counter.key`); `english` and `norwegian` are what an example header in that language writes."""
    key: str
    english: str
    norwegian: str
    also: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.key, self.english, self.norwegian, *self.also)))

    def name_in(self, language: str) -> str:
        return self.norwegian if language == "nb" else self.english


SERIAL = ColumnName("serial", "serial", "serienr", ("serienummer", "serial number", "serial no"))
DATE = ColumnName("date", "date", "dato", ("reading date", "avlest", "avlesningsdato"))
COUNTERS = (
    ColumnName("total", "total", "total", ("totalt",)),
    ColumnName("bw", "bw", "sh", ("black/white", "black and white", "b/w", "svart-hvitt", "svarthvitt", "s/h")),
    ColumnName("colour", "colour", "farge", ("color",)),
    ColumnName("large_format_m2", "large_format_m2", "storformat_m2",
               ("large format (m²)", "large format", "storformat (m²)", "storformat")),
)
"""The counters the portal's machines have (their keys, the portal's labels, the Norwegian names people write). A
counter column this table does not name is taken as a counter key as it stands, so a machine with a new kind of
counter can be imported before this table knows it."""
COLUMNS = (SERIAL, DATE, *COUNTERS)
EXAMPLE_COUNTERS = 3
"""An example header shows serial, date and the first three counters: what an A3 colour copier has."""

_SEPARATORS = re.compile(r"[\s_\-/]+")


def fold(name: str) -> str:
    """A header name as it is compared: case, spaces and the separators `_ - /` do not matter, so "Black/white",
    "black_white" and "BLACK WHITE" are one name."""
    return _SEPARATORS.sub("_", name.strip().lower()).strip("_")


_COUNTER_BY_NAME: dict[str, str] = {fold(name): column.key for column in COUNTERS for name in column.names}


def counter_key(header: str) -> str:
    """The counter a header cell names: a known name's portal key, else the folded cell itself."""
    folded = fold(header)
    return _COUNTER_BY_NAME.get(folded, folded)


def example_header(language: str = "en", separator: str = ";") -> str:
    """E.g. "serial;date;total;bw;colour", or "serienr;dato;total;sh;farge" for "nb"."""
    return separator.join(c.name_in(language) for c in (SERIAL, DATE, *COUNTERS[:EXAMPLE_COUNTERS]))


# --- problems -----------------------------------------------------------------------------------------------------

CSV_FILE_MISSING = "csv.file_missing"            # the file cannot be read: its kind of failure, never the OS's text
CSV_FILE_DENIED = "csv.file_denied"
CSV_FILE_IS_FOLDER = "csv.file_is_folder"
CSV_FILE_UNREADABLE = "csv.file_unreadable"      # any other failure to read it (a disk or network error)
CSV_NOT_TEXT = "csv.not_text"                    # binary data (e.g. an .xlsx saved without "CSV")
CSV_EMPTY = "csv.empty"
CSV_BAD_HEADER = "csv.bad_header"                # found, example
CSV_UNNAMED_COUNTER = "csv.unnamed_counter"
CSV_COUNTER_TWICE = "csv.counter_twice"          # name
CSV_CELL_COUNT = "csv.cell_count"                # cells, columns
CSV_SERIAL_MISSING = "csv.serial_missing"
CSV_BAD_DATE = "csv.bad_date"                    # text
CSV_BAD_VALUE = "csv.bad_value"                  # counter (the header as written), text, reason_code
                                                 # (why: a domain.problems.METER_VALUE_* code)
CSV_NO_VALUES = "csv.no_values"                  # serial


class CsvFormatError(ValueError):
    """The file as a whole cannot be read (empty, no usable header line). `code` and `params` say why for a
    translation; the message says it in English."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params: Mapping[str, object] = params


@dataclass(frozen=True)
class CsvRow:
    line: int
    serial: str
    reading_date: date
    values: dict[str, int]          # counter key (`counter_key` of its header) → value; empty cells left out


@dataclass(frozen=True)
class CsvError:
    line: int
    message: str                    # English, starting "Line <n>: "
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict)
    serial: str = ""


@dataclass(frozen=True)
class ParsedCsv:
    counters: tuple[str, ...]                                   # the counter keys of the columns, in file order
    rows: tuple[CsvRow, ...]
    errors: tuple[CsvError, ...]
    headers: Mapping[str, str] = field(default_factory=dict)    # counter key → its header as written


# --- reading the file ---------------------------------------------------------------------------------------------

_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


_FILE_ERRORS = {errno.ENOENT: CSV_FILE_MISSING, errno.ENOTDIR: CSV_FILE_MISSING, errno.EACCES: CSV_FILE_DENIED,
                errno.EPERM: CSV_FILE_DENIED, errno.EISDIR: CSV_FILE_IS_FOLDER}


def read_csv_file(path: Path) -> bytes:
    """The file's bytes. Raises CsvFormatError with a `CSV_FILE_*` code (param `name`) when it cannot be read, so the
    app and the command line word it in their own language; the OS's own text goes to the message, for the log."""
    try:
        if path.is_dir():  # Windows says "permission denied" for a folder
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        return path.read_bytes()
    except OSError as exc:
        code = _FILE_ERRORS.get(exc.errno or 0, CSV_FILE_UNREADABLE)
        raise CsvFormatError(code, f"{path} cannot be read: {exc.strerror or exc}", name=path.name) from exc


def decode_csv(data: bytes) -> str:
    """UTF-16 with its BOM (Excel's "Unicode text"), else UTF-8 (with or without BOM); anything that is not valid UTF-8
    is taken as Windows-1252 (old Excel). Raises CsvFormatError(CSV_NOT_TEXT) for binary data (NUL bytes: a
    spreadsheet, a picture), which no encoding makes a readings file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\0" in data:
        raise CsvFormatError(CSV_NOT_TEXT, "The file is not text (is it a spreadsheet not saved as CSV?).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_readings_csv(data: bytes | str) -> ParsedCsv:
    """Every data row as a CsvRow or a CsvError. Raises CsvFormatError for a file without a usable header."""
    text = decode_csv(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise CsvFormatError(CSV_EMPTY, "The file is empty.")
    delimiter = ";" if lines[header_index].count(";") >= lines[header_index].count(",") else ","
    records = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = [cell.strip() for cell in records[header_index]]
    counters = _check_header(header)
    rows, errors = [], []
    for index in range(header_index + 1, len(records)):
        cells = records[index]
        if not any(cell.strip() for cell in cells):
            continue
        parsed = _parse_row(index + 1, header, counters, cells)
        (rows if isinstance(parsed, CsvRow) else errors).append(parsed)
    return ParsedCsv(tuple(counters), tuple(rows), tuple(errors), dict(zip(counters, header[2:])))


def _check_header(header: list[str]) -> list[str]:
    if len(header) < 3 or fold(header[0]) not in _FOLDED_SERIAL or fold(header[1]) not in _FOLDED_DATE:
        found = ";".join(header) if any(header) else "nothing"
        raise CsvFormatError(CSV_BAD_HEADER, f"The first line must be a header like '{example_header()}' "
                                             f"(found: {found}).", found=found)
    if any(not name for name in header[2:]):
        raise CsvFormatError(CSV_UNNAMED_COUNTER, "Every counter column needs a name in the header line.")
    counters = [counter_key(name) for name in header[2:]]
    twice = next((name for name, key in zip(header[2:], counters) if counters.count(key) > 1), None)
    if twice is not None:
        raise CsvFormatError(CSV_COUNTER_TWICE, f"A counter column appears twice in the header line ({twice}).",
                             name=twice)
    return counters


_FOLDED_SERIAL = frozenset(fold(name) for name in SERIAL.names)
_FOLDED_DATE = frozenset(fold(name) for name in DATE.names)


def _parse_row(line: int, header: list[str], counters: list[str], cells: list[str]) -> CsvRow | CsvError:
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header):]):
        return CsvError(line, f"Line {line}: {len(cells)} cells, but the header has {len(header)} columns.",
                        CSV_CELL_COUNT, {"cells": len(cells), "columns": len(header)}, cells[0].strip())
    cells = [cell.strip() for cell in cells] + [""] * (len(header) - len(cells))
    serial, day_text = cells[0], cells[1]
    if not serial:
        return CsvError(line, f"Line {line}: the serial number is missing.", CSV_SERIAL_MISSING)
    try:
        day = parse_date(day_text)
    except ValueError:
        return CsvError(line, f"Line {line}: '{day_text}' is not a date (use 2026-11-25 or 25.11.2026).",
                        CSV_BAD_DATE, {"text": day_text}, serial)
    values: dict[str, int] = {}
    for name, key, cell in zip(header[2:], counters, cells[2:]):
        if not cell:
            continue
        try:
            values[key] = parse_counter_value(cell)
        except InvalidCounterValue as exc:
            return CsvError(line, f"Line {line}: {name} '{cell}' is not a counter value: {exc}", CSV_BAD_VALUE,
                            {"counter": name, "key": key, "text": cell, "reason_code": exc.code}, serial)
    if not values:
        return CsvError(line, f"Line {line}: no counter values for {serial}.", CSV_NO_VALUES, {"serial": serial},
                        serial)
    return CsvRow(line, serial, day, values)


def parse_date(text: str) -> date:
    """25.11.2026 or 2026-11-25 (what a readings file may hold, and what `portal-cli readings add --date` takes).
    Raises ValueError for anything else."""
    match = _NORWEGIAN_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return datetime.strptime(text, "%Y-%m-%d").date()
