"""A table too wide for the page even in its smallest font (a fleet summary over two years: 24 months of numbers)
cut into bands of columns, the way printed ledgers do it: each band repeats the row's identity (the columns before
the first number: site, serial, model …) and takes as many of the other columns as fit; each group of rows is
printed once per band, one page after the other, so a machine's months stay on facing pages."""

from __future__ import annotations

from dataclasses import dataclass

from paper.formats import Formats
from paper.style import PageStyle
from paper.table_layout import TableLayout, lay_out_table
from sync.reports.model import Row, Table

NUMBERS = ("int", "box")


@dataclass
class Band:
    table: Table           # the band's columns only, rows' marks re-indexed to them
    layout: TableLayout


def identity_count(table: Table) -> int:
    """The leading columns every band repeats: those before the first number or box (at least one)."""
    for index, column in enumerate(table.columns):
        if column.type in NUMBERS:
            return max(1, index)
    return 1


def banded(table: Table, formats: Formats, style: PageStyle, texts: list[list[str]], widths: list[float]
           ) -> list[Band]:
    """The bands of `table` given each column's narrowest `widths`; every row as high in each band as in the
    highest, so the bands' pages break at the same rows."""
    bands = []
    for columns in _groups(widths, identity_count(table), style.page_width):
        part = _part(table, columns)
        part_texts = [[cells[i] for i in columns] for cells in texts]
        bands.append(Band(part, lay_out_table(part, formats, style, style.page_width, part_texts)))
    heights = [max(band.layout.heights[r] for band in bands) for r in range(len(table.rows))]
    for band in bands:
        band.layout.heights = heights
    return bands


def _groups(widths: list[float], identity: int, available: float) -> list[list[int]]:
    """As few bands as fit, with the columns shared out evenly among them (not a full band and a stub)."""
    lead = list(range(identity))
    room = available - sum(widths[:identity])
    rest = list(range(identity, len(widths)))
    if not rest:
        return [lead]
    greedy = _greedy(rest, widths, room)
    size = -(-len(rest) // len(greedy))
    even = [rest[i:i + size] for i in range(0, len(rest), size)]
    chosen = even if all(sum(widths[i] for i in group) <= room for group in even) else greedy
    return [lead + group for group in chosen]


def _greedy(rest: list[int], widths: list[float], room: float) -> list[list[int]]:
    groups: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for index in rest:
        if current and used + widths[index] > room:
            groups.append(current)
            current, used = [], 0.0
        current.append(index)
        used += widths[index]
    return groups + [current]


def _part(table: Table, columns: list[int]) -> Table:
    where = {column: i for i, column in enumerate(columns)}
    rows = tuple(Row(tuple(row.cells[i] for i in columns), row.kind, row.flags,
                     tuple((where[i], mark) for i, mark in row.marks if i in where)) for row in table.rows)
    return Table(table.title, tuple(table.columns[i] for i in columns), rows)
