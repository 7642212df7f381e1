"""A report as an XLSX workbook: the table on its own sheet with typed cells (numbers and dates, never text), number
formats, a frozen header row, an autofilter and columns as wide as their text; the chart's series on a second sheet
with a bar chart; the header facts on a third. Subtotal and total rows are values in bold, the same numbers as the
report's; a month counted from an estimated reading is italic (the facts sheet says so, when there is one).

Written with openpyxl's write-only mode (rows stream to the file, so 10,000 machines take little memory), into a
temporary file that becomes the target only when complete.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.cells import cell_text, local_moment
from sync.reports.files import replaced_on_success
from sync.reports.model import Cell, Column, Fact, Report, Row, Table, Text, Words

NUMBER_FORMAT = "#,##0"
DATE_FORMATS = {"nb": "dd.mm.yyyy", "en": "yyyy-mm-dd"}
MONTH_FORMATS = {"nb": "mm.yyyy", "en": "yyyy-mm"}
WIDTH_SAMPLE = 300
"""Rows measured for the column widths (and every subtotal or total row): enough to see the long texts."""
MAX_WIDTH = 60
PROGRESS_EVERY = 500
BOLD, ITALIC, BOLD_ITALIC = Font(bold=True), Font(italic=True), Font(bold=True, italic=True)
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def write_report_xlsx(report: Report, words: Words, target: Path, progress: Progress = NO_PROGRESS) -> None:
    """Write `report` to `target` (only once complete; a `Cancelled` from `progress` leaves no file)."""
    book = Workbook(write_only=True)
    try:
        _table_sheet(book, report.table, words, progress)
        if report.chart is not None:
            _chart_sheet(book, report, words)
        _facts_sheet(book, report, words)
        check(progress)
    except BaseException:
        _discard(book)
        raise
    with replaced_on_success(target) as temporary:
        book.save(temporary)


def _discard(book: Workbook) -> None:
    """Close and delete the sheets' temporary files of a workbook that will not be saved: left to the garbage
    collector, openpyxl's row writers wrote into files already closed (and the files stayed until exit)."""
    for sheet in book.worksheets:
        sheet.close()
        if sheet._writer is not None:  # noqa: SLF001 - openpyxl offers no public way to drop an unsaved sheet
            sheet._writer.cleanup()  # noqa: SLF001


def sheet_name(text: str) -> str:
    """What Excel takes as a sheet's name: at most 31 characters, none of []:*?/\\."""
    return _NOT_IN_SHEET_NAMES.sub(" ", text).strip()[:31] or "Sheet"


def _table_sheet(book: Workbook, table: Table, words: Words, progress: Progress) -> None:
    sheet = book.create_sheet(sheet_name(words.text(table.title)))
    titles = [words.text(c.title) for c in table.columns]
    for index, width in enumerate(_widths(table, titles, words), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{len(table.rows) + 1}"
    sheet.append([_styled(sheet, title, BOLD) for title in titles])
    formats = [_format(c, words.language) for c in table.columns]
    for done, row in enumerate(table.rows):
        if done % PROGRESS_EVERY == 0:
            check(progress)
            progress.report(done, len(table.rows))
        cells = [_cell(sheet, column, value, fmt, row, i, words)
                 for i, (column, value, fmt) in enumerate(zip(table.columns, row.cells, formats))]
        if row.kind == "total" and row.cells[0] is None:
            cells[0] = _styled(sheet, words.text(Text("col.total")), BOLD)  # the overall total's label
        sheet.append(cells)
    progress.report(len(table.rows), len(table.rows))


def _cell(sheet, column: Column, value: Cell, fmt: str | None, row: Row, index: int, words: Words):
    if column.type in ("code", "flag", "box") or isinstance(value, bool):
        value = cell_text(column, value, words) or None
    elif isinstance(value, datetime):
        value = local_moment(value)
    bold = row.kind != "data"
    italic = bool(row.marks) and row.marked(index, "estimated")
    plain_text = isinstance(value, str) and not value.startswith("=")
    if value is None or (plain_text and not bold):
        return value
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str):
        cell.data_type = "s"   # text as typed: a location "=1+1" is not a formula
    elif fmt:
        cell.number_format = fmt
    if bold or italic:
        cell.font = BOLD_ITALIC if bold and italic else BOLD if bold else ITALIC
    return cell


def _format(column: Column, language: str) -> str | None:
    if column.type == "int":
        return NUMBER_FORMAT
    if column.type == "date":
        return DATE_FORMATS.get(language, DATE_FORMATS["en"])
    if column.type == "datetime":
        return DATE_FORMATS.get(language, DATE_FORMATS["en"]) + " hh:mm"
    return None


def _widths(table: Table, titles: list[str], words: Words) -> list[float]:
    """Each column as wide as its title and the longest text of the sampled rows (numbers as Excel groups them)."""
    sample = list(table.rows[:WIDTH_SAMPLE]) + [r for r in table.rows[WIDTH_SAMPLE:] if r.kind != "data"]
    widths = [len(t) for t in titles]
    for row in sample:
        for i, (column, value) in enumerate(zip(table.columns, row.cells)):
            widths[i] = max(widths[i], len(cell_text(column, value, words, group=True)))
    return [min(MAX_WIDTH, w + 2) for w in widths]


def _styled(sheet, value: Cell, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str):
        cell.data_type = "s"
    cell.font = font
    return cell


def _chart_sheet(book: Workbook, report: Report, words: Words) -> None:
    chart = report.chart
    sheet = book.create_sheet(sheet_name(words.text(chart.title)))
    sheet.column_dimensions["A"].width = 14
    sheet.append([_styled(sheet, words.text(Text("col.month_plain")), BOLD),
                  *[_styled(sheet, series.name, BOLD) for series in chart.series]])
    month_format = MONTH_FORMATS.get(words.language, MONTH_FORMATS["en"])
    for i, month in enumerate(chart.categories):
        first = WriteOnlyCell(sheet, month)
        first.number_format = month_format
        values = []
        for series in chart.series:
            cell = WriteOnlyCell(sheet, series.values[i])
            cell.number_format = NUMBER_FORMAT
            values.append(cell)
        sheet.append([first, *values])
    if chart.series and chart.categories:
        bars = BarChart()
        bars.title = words.text(chart.title)
        bars.y_axis.title = words.text(chart.unit)
        last = len(chart.categories) + 1
        bars.add_data(Reference(sheet, min_col=2, max_col=len(chart.series) + 1, min_row=1, max_row=last),
                      titles_from_data=True)
        bars.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        bars.width, bars.height = 24, 12
        sheet.add_chart(bars, f"{get_column_letter(len(chart.series) + 3)}2")


def _facts_sheet(book: Workbook, report: Report, words: Words) -> None:
    sheet = book.create_sheet(sheet_name(words.text(Text("sheet.about"))))
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 14
    sheet.append([_styled(sheet, words.text(report.title), BOLD)])
    for fact in report.facts:
        sheet.append([words.text(fact.label), *_fact_cells(sheet, fact, words)])
    if any(mark == "estimated" for row in report.table.rows for _, mark in row.marks):
        sheet.append([])
        sheet.append([_styled(sheet, words.text(Text("legend.estimated")), ITALIC)])


def _fact_cells(sheet, fact: Fact, words: Words) -> list:
    value = fact.value
    if isinstance(value, Text):
        return [words.text(value)]
    if isinstance(value, tuple) and all(isinstance(v, date) for v in value):
        return [_dated(sheet, v, words.language) for v in value]
    if isinstance(value, tuple):
        return [", ".join(str(v) for v in value)]
    if isinstance(value, date):
        return [_dated(sheet, value, words.language)]
    return [value]


def _dated(sheet, value: date, language: str) -> WriteOnlyCell:
    is_moment = isinstance(value, datetime)
    cell = WriteOnlyCell(sheet, local_moment(value) if is_moment else value)
    cell.number_format = DATE_FORMATS.get(language, DATE_FORMATS["en"]) + (" hh:mm" if is_moment else "")
    return cell
