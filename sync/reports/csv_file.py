"""A report's table as a CSV file a spreadsheet opens right: for nb `;` between cells (Norwegian Excel), for other
languages `,`; UTF-8 with a BOM (so Excel reads ø as ø), dates as the locale writes them, numbers without grouping
(so the spreadsheet takes them as numbers). Text cells go through `sync.csv_safe` (never run as a formula).

The CSV holds the machines' rows only: subtotal and total rows are left out, so a sum or a pivot table over the
file counts each page once (the XLSX and the PDF show them).
"""

from __future__ import annotations

from pathlib import Path

from sync.csv_safe import write_csv
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.cells import cell_text
from sync.reports.files import replaced_on_success
from sync.reports.model import Report, Words

DELIMITERS = {"nb": ";"}
DEFAULT_DELIMITER = ","
PROGRESS_EVERY = 500


def delimiter_for(language: str) -> str:
    return DELIMITERS.get(language, DEFAULT_DELIMITER)


def write_report_csv(report: Report, words: Words, target: Path, progress: Progress = NO_PROGRESS) -> int:
    """Write the table's data rows to `target` (only once complete); returns how many rows were written."""
    table = report.table
    rows = table.data_rows()

    def cells():
        for done, row in enumerate(rows):
            if done % PROGRESS_EVERY == 0:
                check(progress)
                progress.report(done, len(rows))
            yield [value if column.type == "int" and value is not None else cell_text(column, value, words)
                   for column, value in zip(table.columns, row.cells)]

    with replaced_on_success(target) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
            count = write_csv(stream, [words.text(c.title) for c in table.columns], cells(),
                              delimiter=delimiter_for(words.language))
        check(progress)
    progress.report(count, count)
    return count
