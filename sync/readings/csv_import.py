"""Judge a meter-readings CSV (a meter round typed in Excel, or an export from another system) row by row, and queue it.

`check_readings_csv` is the one judge, for `portal-cli readings import` and for the app's import preview alike: it
parses the file (`sync.readings.csv_format`), matches each row's serial to a machine of the cached fleet (trimmed,
not case-sensitive), and checks the row with exactly the rules a typed reading meets — against the cached history
*and* the file's earlier good rows of the same machine, as `operations.queue_readings` will. Each data row gets one
`RowCheck`: a code and its parameters where it cannot be queued (the command line and the app word them, each with
its own table; `message` is English for logs only). No row is ever dropped without a word. Format: see docs/readings-csv.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Mapping

from sqlalchemy import Engine

from domain import meter
from domain.meter import PastReading, ReadingProblem
from sync.products import queries as product_queries
from sync.products.records import ProductRow
from sync.progress import NO_PROGRESS, Progress
from sync.progress import check as check_cancelled
from sync.readings.csv_format import (  # noqa: F401 - the format's names are imported from here too
    CSV_BAD_DATE,
    CSV_BAD_HEADER,
    CSV_BAD_VALUE,
    CSV_CELL_COUNT,
    CSV_COUNTER_TWICE,
    CSV_EMPTY,
    CSV_FILE_DENIED,
    CSV_FILE_IS_FOLDER,
    CSV_FILE_MISSING,
    CSV_FILE_UNREADABLE,
    CSV_NO_VALUES,
    CSV_NOT_TEXT,
    CSV_SERIAL_MISSING,
    CSV_UNNAMED_COUNTER,
    CsvError,
    CsvFormatError,
    CsvRow,
    ParsedCsv,
    decode_csv,
    example_header,
    fold,
    parse_readings_csv,
    read_csv_file,
)
from sync.readings.operations import (
    BatchResult,
    EntryOutcome,
    ReadingEntry,
    check_reading,
    queue_readings,
)

CSV_UNKNOWN_SERIAL = "csv.unknown_serial"        # serial
CSV_UNKNOWN_COUNTER = "csv.unknown_counter"      # serial, model, names (the headers as written), counters

Verdict = Literal["ok", "warning", "error"]



@dataclass(frozen=True)
class RowCheck:
    """One data row of the file and the verdict on it.

    `code` says why a row never reached the reading rules (a `csv_format.CSV_*` code, `CSV_UNKNOWN_SERIAL` or
    `CSV_UNKNOWN_COUNTER`, with `params`); otherwise `problems` holds what the rules found, errors and warnings.
    `values` are keyed as the machine keys its counters."""
    line: int
    serial: str
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict)
    message: str = ""
    product: ProductRow | None = None
    reading_date: date | None = None
    values: Mapping[str, int] = field(default_factory=dict)
    problems: tuple[ReadingProblem, ...] = ()

    @property
    def verdict(self) -> Verdict:
        if self.code or meter.blocking(self.problems):
            return "error"
        return "warning" if self.problems else "ok"

    @property
    def entry(self) -> ReadingEntry | None:
        """What goes into the queue for a row that may be queued; None for one with an error."""
        if self.verdict == "error" or self.product is None or self.reading_date is None:
            return None
        return ReadingEntry(self.product.id, self.reading_date, dict(self.values))


@dataclass(frozen=True)
class CsvCheck:
    rows: tuple[RowCheck, ...]      # in file order

    def entries(self) -> list[ReadingEntry]:
        return [entry for entry in (row.entry for row in self.rows) if entry is not None]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for row in self.rows if row.verdict == verdict)


@dataclass(frozen=True)
class ImportLine:
    line: int
    serial: str
    outcome: EntryOutcome | None    # None when the row was refused before it reached the queue
    error: str | None = None
    check: RowCheck | None = None   # the verdict on a row refused before it reached the queue (its code, params)

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


def check_readings_csv(engine: Engine, data: bytes | str, *, today: date,
                       progress: Progress = NO_PROGRESS) -> CsvCheck:
    """The verdict on every data row of `data`; writes nothing. Reports each row checked to `progress`. Raises
    CsvFormatError for a file that cannot be read as a whole, `sync.progress.Cancelled` when `progress` is cancelled
    (checked before each row)."""
    parsed = parse_readings_csv(data)
    checked = [RowCheck(e.line, e.serial, e.code, e.params, e.message) for e in parsed.errors]
    earlier: dict[str, list[PastReading]] = defaultdict(list)   # the file's good rows so far, per machine
    total = len(parsed.rows)
    progress.report(0, total)
    for done, row in enumerate(parsed.rows, start=1):
        check_cancelled(progress)
        result = _check_row(engine, row, parsed.headers, today, earlier)
        progress.report(done, total)
        if result.verdict != "error" and result.product is not None:
            earlier[result.product.id].append(PastReading(row.reading_date, dict(result.values)))
        checked.append(result)
    return CsvCheck(tuple(sorted(checked, key=lambda r: r.line)))


def import_readings_csv(engine: Engine, data: bytes | str, *, today: date) -> ImportResult:
    """Check a readings file, then queue its good rows in one batch; returns one line of outcome per data row.
    The batch checks each row again as it writes, so a sync that changed the history meanwhile still counts."""
    check = check_readings_csv(engine, data, today=today)
    queueable = [(row.line, entry) for row in check.rows if (entry := row.entry) is not None]
    batch: BatchResult = queue_readings(engine, [entry for _line, entry in queueable], today=today)
    outcomes = {line: outcome for (line, _entry), outcome in zip(queueable, batch.outcomes, strict=True)}
    return ImportResult(tuple(
        ImportLine(row.line, row.serial, outcomes[row.line]) if row.line in outcomes else
        ImportLine(row.line, row.serial, None, row.message, row) for row in check.rows))


def _check_row(engine: Engine, row: CsvRow, headers: Mapping[str, str], today: date,
               earlier: Mapping[str, list[PastReading]]) -> RowCheck:
    product = product_queries.product_by_serial(engine, row.serial, today=today)
    if product is None:
        return RowCheck(row.line, row.serial, CSV_UNKNOWN_SERIAL, {"serial": row.serial},
                        f"Line {row.line}: no machine with serial {row.serial} in your fleet.")
    keys = {fold(key): key for key in product.counter_keys}
    unknown = [headers.get(name, name) for name in row.values if fold(name) not in keys]
    if unknown:
        names, counters = ", ".join(unknown), ", ".join(product.counter_keys)
        return RowCheck(row.line, row.serial, CSV_UNKNOWN_COUNTER,
                        {"serial": product.serial, "model": product.model, "names": names, "counters": counters},
                        f"Line {row.line}: {product.serial} ({product.model}) has no counter {names}; "
                        f"its counters are {counters}.", product, row.reading_date)
    values = {keys[fold(name)]: value for name, value in row.values.items()}
    found = check_reading(engine, product.id, row.reading_date, values, today=today,
                         earlier=earlier.get(product.id, ()))
    return RowCheck(row.line, row.serial, message="; ".join(p.message for p in found), product=product,
                    reading_date=row.reading_date, values=values, problems=tuple(found))
