"""Read a meter-readings CSV (a meter round typed in Excel, or an export from another system) and queue it.

Format: see docs/readings-csv.md. Parsing and resolving (serial → product, column → counter) report a specific
error per bad row with its line number; the good rows then go through `operations.queue_readings`, so an import obeys
exactly the rules a typed reading does. No row is ever dropped without a word.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine

from domain.meter import InvalidCounterValue, parse_counter_value
from sync.products import queries as product_queries
from sync.readings.operations import (
    BatchResult,
    EntryOutcome,
    ReadingEntry,
    queue_readings,
)

SERIAL_NAMES = ("serial", "serienummer", "serial number", "serienr")
DATE_NAMES = ("date", "dato", "reading date", "avlest")
_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


class CsvFormatError(ValueError):
    """The file as a whole cannot be read (no header, missing serial or date column, empty)."""


@dataclass(frozen=True)
class CsvRow:
    line: int
    serial: str
    reading_date: date
    values: dict[str, int]          # counter column (lower-cased header) → value; empty cells left out


@dataclass(frozen=True)
class CsvError:
    line: int
    message: str


@dataclass(frozen=True)
class ParsedCsv:
    counters: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    errors: tuple[CsvError, ...]


@dataclass(frozen=True)
class ImportLine:
    line: int
    serial: str
    outcome: EntryOutcome | None    # None when the row never got as far as the rules
    error: str | None = None

    @property
    def queued(self) -> bool:
        return self.outcome is not None and self.outcome.queued

    @property
    def message(self) -> str:
        if self.error:
            return self.error
        assert self.outcome is not None
        return "; ".join(p.message for p in self.outcome.problems)


@dataclass(frozen=True)
class ImportResult:
    lines: tuple[ImportLine, ...] = field(default_factory=tuple)

    @property
    def queued(self) -> list[ImportLine]:
        return [line for line in self.lines if line.queued]

    @property
    def refused(self) -> list[ImportLine]:
        return [line for line in self.lines if not line.queued]


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; anything that is not valid UTF-8 is taken as Windows-1252 (old Excel)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_readings_csv(data: bytes | str) -> ParsedCsv:
    text = decode_csv(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise CsvFormatError("The file is empty.")
    delimiter = ";" if lines[header_index].count(";") >= lines[header_index].count(",") else ","
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    records = list(reader)
    header = [cell.strip().lower() for cell in records[header_index]]
    counters = _check_header(header)
    rows, errors = [], []
    for index in range(header_index + 1, len(records)):
        cells = records[index]
        if not any(cell.strip() for cell in cells):
            continue
        parsed = _parse_row(index + 1, header, counters, cells)
        (rows if isinstance(parsed, CsvRow) else errors).append(parsed)
    return ParsedCsv(tuple(counters), tuple(rows), tuple(errors))


def import_readings_csv(engine: Engine, data: bytes | str, *, today: date) -> ImportResult:
    """Parse, resolve and queue a readings file in one go; returns one line of outcome per data row."""
    parsed = parse_readings_csv(data)
    lines: list[ImportLine] = [ImportLine(e.line, "", None, e.message) for e in parsed.errors]
    entries: list[tuple[CsvRow, ReadingEntry]] = []
    for row in parsed.rows:
        entry = _resolve(engine, row, today)
        if isinstance(entry, str):
            lines.append(ImportLine(row.line, row.serial, None, entry))
        else:
            entries.append((row, entry))
    batch: BatchResult = queue_readings(engine, [entry for _row, entry in entries], today=today)
    for (row, _entry), outcome in zip(entries, batch.outcomes, strict=True):
        lines.append(ImportLine(row.line, row.serial, outcome))
    return ImportResult(tuple(sorted(lines, key=lambda line: line.line)))


def _check_header(header: list[str]) -> list[str]:
    if len(header) < 3 or header[0] not in SERIAL_NAMES or header[1] not in DATE_NAMES:
        raise CsvFormatError("The first line must be a header like 'serial;date;total;bw;colour' "
                             f"(found: {';'.join(header) or 'nothing'}).")
    counters = header[2:]
    if any(not name for name in counters):
        raise CsvFormatError("Every counter column needs a name in the header line.")
    if len(set(counters)) != len(counters):
        raise CsvFormatError("A counter column appears twice in the header line.")
    return counters


def _parse_row(line: int, header: list[str], counters: list[str], cells: list[str]) -> CsvRow | CsvError:
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header):]):
        return CsvError(line, f"Line {line}: {len(cells)} cells, but the header has {len(header)} columns.")
    cells = [cell.strip() for cell in cells] + [""] * (len(header) - len(cells))
    serial, day_text = cells[0], cells[1]
    if not serial:
        return CsvError(line, f"Line {line}: the serial number is missing.")
    try:
        day = _parse_date(day_text)
    except ValueError:
        return CsvError(line, f"Line {line}: '{day_text}' is not a date (use 2026-11-25 or 25.11.2026).")
    values: dict[str, int] = {}
    for name, cell in zip(counters, cells[2:]):
        if not cell:
            continue
        try:
            values[name] = parse_counter_value(cell)
        except InvalidCounterValue as exc:
            return CsvError(line, f"Line {line}: {name} '{cell}' is not a counter value: {exc}")
    if not values:
        return CsvError(line, f"Line {line}: no counter values for {serial}.")
    return CsvRow(line, serial, day, values)


def _parse_date(text: str) -> date:
    match = _NORWEGIAN_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return datetime.strptime(text, "%Y-%m-%d").date()


def _resolve(engine: Engine, row: CsvRow, today: date) -> ReadingEntry | str:
    """The entry for `row`, or why it cannot be one (unknown serial, a counter the machine does not have)."""
    product = product_queries.product_by_serial(engine, row.serial, today=today)
    if product is None:
        return f"Line {row.line}: no machine with serial {row.serial} in your fleet."
    keys = {key.lower(): key for key in product.counter_keys}
    unknown = [name for name in row.values if name not in keys]
    if unknown:
        names = ", ".join(unknown)
        return (f"Line {row.line}: {product.serial} ({product.model}) has no counter {names}; "
                f"its counters are {', '.join(product.counter_keys)}.")
    return ReadingEntry(product.id, row.reading_date, {keys[name]: value for name, value in row.values.items()})

