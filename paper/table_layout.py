"""A report's table laid out before anything is painted: every cell's text once, the columns' widths, the header
row's wrapped titles and every row's height, so pages can be counted ("page 1 of 3") before page 1 is drawn."""

from __future__ import annotations

from dataclasses import dataclass, field

from paper.columns import column_widths
from paper.formats import Formats
from paper.style import BOX_ROW_MM, WIDE_LINES, PageStyle
from paper.wrapping import elided, wrapped
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.model import Column, Row, Table, Text

PROGRESS_EVERY = 500
FIT_SLACK = 0.5
"""Device units a text may overrun its width by float rounding (the width was measured from the same text)."""
TITLE_LINES = 4


@dataclass
class TableLayout:
    widths: list[float]
    titles: list[list[str]]          # each column's title as wrapped lines
    header_height: float
    texts: list[list[str]]           # each row's cells as printed (elided where they would not fit)
    heights: list[float]
    lines: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    """(row, column) → lines, for a wide text that wraps: the rest are one line each."""

    @property
    def width(self) -> float:
        return sum(self.widths)


def cell_texts(table: Table, formats: Formats, progress: Progress = NO_PROGRESS) -> list[list[str]]:
    """Every cell as printed, worked out once for however many layouts are tried."""
    return [_row_texts(table, row, formats) for row in _checked(table.rows, progress)]


def lay_out_table(table: Table, formats: Formats, style: PageStyle, available: float,
                  texts: list[list[str]], *, elide: bool = True) -> TableLayout:
    """The layout in `style`'s fonts; `texts` (from `cell_texts`) are copied where they must be shortened. Without
    `elide` only wide texts give way (they wrap): the layout may then be wider than `available`."""
    texts = [list(cells) for cells in texts]
    titles = [formats.text(c.title) for c in table.columns]
    widths = column_widths(table.columns, titles, table.rows, texts, style, available, elide=elide)
    wrapped_titles = [wrapped(t, style.bold.metrics, w - 2 * style.pad + FIT_SLACK, TITLE_LINES)
                      for t, w in zip(titles, widths)]
    header_height = max((len(t) for t in wrapped_titles), default=1) * style.line + 2 * style.row_pad
    layout = TableLayout(widths, wrapped_titles, header_height, texts, [])
    single = style.line + 2 * style.row_pad
    if any(c.type == "box" for c in table.columns):
        single = max(single, style.mm(BOX_ROW_MM))
    fits = [w - 2 * style.pad + FIT_SLACK for w in widths]
    wide = [i for i, c in enumerate(table.columns) if wraps(c)]
    plain = [i for i, c in enumerate(table.columns) if c.type == "text" and not c.wide]
    for r, row in enumerate(table.rows):
        metrics = (style.bold if row.kind != "data" else style.cell).metrics
        cells = texts[r]
        lines = 1
        for i in plain:
            if cells[i] and metrics.horizontalAdvance(cells[i]) > fits[i]:
                cells[i] = elided(cells[i], metrics, fits[i])
        for i in wide:
            if cells[i] and metrics.horizontalAdvance(cells[i]) > fits[i]:
                found = layout.lines[(r, i)] = wrapped(cells[i], metrics, fits[i], WIDE_LINES)
                lines = max(lines, len(found))
        layout.heights.append(max(single, lines * style.line + 2 * style.row_pad))
    return layout


def wraps(column: Column) -> bool:
    """A wide text wraps, and so does a flag's word ("No reading") under its wrapped title."""
    return column.wide or column.type == "flag"


def _checked(rows: tuple[Row, ...], progress: Progress):
    for done, row in enumerate(rows):
        if done % PROGRESS_EVERY == 0:
            check(progress)
        yield row


def _row_texts(table: Table, row: Row, formats: Formats) -> list[str]:
    texts = [formats.cell(column, value) for column, value in zip(table.columns, row.cells)]
    if row.kind == "total" and row.cells[0] is None:
        texts[0] = formats.text(Text("col.total"))   # the overall total's label, as the XLSX writes it
    return texts
