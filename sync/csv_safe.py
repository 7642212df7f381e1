"""Writing a CSV file that a spreadsheet opens as data, never as formulas.

Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some of them, one
that starts with a tab or a carriage return) as a formula: a machine's location typed as `=HYPERLINK("http://…")` by
one customer would become a live link, or worse, in the export another user opens. Every CSV the app writes goes
through `write_csv` (or `safe_cell` for a writer of its own), which puts an apostrophe before such a text cell: the
spreadsheet shows the text as typed, and reading the file back gives the text with the apostrophe first.

Numbers (int, float) are written as numbers, a negative one included; only text is guarded.
"""

from __future__ import annotations

import csv
from typing import IO, Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
"""What a spreadsheet may take as the start of a formula (the full-width forms too: some spreadsheets fold them)."""

GUARD = "'"


def safe_cell(value: object) -> str | int | float:
    """`value` as a cell no spreadsheet runs: text that starts like a formula gets an apostrophe before it; None is
    empty; numbers stay numbers (bool is written as text)."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return GUARD + text if text.startswith(FORMULA_STARTS) else text


def write_csv(stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], *,
              delimiter: str = ";") -> int:
    """Write `header` and `rows` to `stream` (opened with `newline=""`), every cell through `safe_cell`; returns how
    many rows were written. `;` is the default delimiter: what a Norwegian Excel opens as columns."""
    writer = csv.writer(stream, delimiter=delimiter)
    writer.writerow([safe_cell(name) for name in header])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
        count += 1
    return count
