"""What a report is, for every writer and viewer: a plain, typed structure with no text in any language.

Titles, column names and code-valued cells (a reading's status, a case's state) are keys with parameters; the writer
asks a `Words` for their text in the requested language, as the CLI's tables (`cli.report_texts`) or the
desktop's `tr()` give it. Cells hold typed values (int, date, datetime, str, bool or None), so a spreadsheet gets
numbers and dates, and a renderer formats them for the locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Mapping, Protocol, Union

ColumnType = Literal["text", "int", "date", "datetime", "code", "flag", "box"]
"""text: data as typed (plain text); int: a whole number (right-aligned, grouped); date / datetime (a moment, in the
account's time zone); code: a key the `Words` names (`Column.codes` + "." + value); flag: True or None, named by the
column's own key when set; box: always empty, a box to write in by hand."""

Cell = Union[str, int, date, datetime, bool, None]
RowKind = Literal["data", "subtotal", "total"]


@dataclass(frozen=True)
class Text:
    """A keyed text: `Words.text(key, params)` words it (e.g. "col.month" with {"month": date(2026, 1, 1)})."""
    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Column:
    title: Text
    type: ColumnType
    codes: str = ""          # for a "code" column: the key prefix its values are named under ("status", "case_state")
    wide: bool = False       # long free text (a location, a last message): a renderer may wrap it


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    kind: RowKind = "data"
    flags: frozenset[str] = frozenset()   # of the row: "no_reading", "overdue", "pending" …
    marks: tuple[tuple[int, str], ...] = ()
    """(column index, mark) of single cells: "estimated" (the volume comes from an estimated reading), "partial"
    (readings cover only part of the month), "absent" (the machine has no such counter: a box not to fill in)."""

    def marked(self, column: int, mark: str) -> bool:
        return (column, mark) in self.marks


@dataclass(frozen=True)
class Table:
    title: Text
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def data_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.kind == "data")


@dataclass(frozen=True)
class Series:
    name: str                       # data (a site's name)
    values: tuple[int | None, ...]  # one per category


@dataclass(frozen=True)
class Chart:
    title: Text
    categories: tuple[date, ...]    # the months, first days
    series: tuple[Series, ...]
    unit: Text


@dataclass(frozen=True)
class Fact:
    """One line of the header: "Period: 01.01.2026 – 31.12.2026", "Site: all", "Machines: SN1, SN2"."""
    label: Text
    value: Cell | tuple[Cell, ...] | Text


@dataclass(frozen=True)
class Report:
    kind: str                       # readings | fleet | due | cases | orders
    title: Text
    facts: tuple[Fact, ...]
    table: Table
    chart: Chart | None = None
    orientation: Literal["portrait", "landscape"] = "portrait"


class Words(Protocol):
    """The text of a report's keys in one language: the CLI's tables now, the desktop's catalogue later."""
    language: str                   # "nb" or "en": also how dates and numbers are written

    def text(self, item: Text) -> str: ...
