"""Numbers in neighbouring columns never read as one number: in a demo-like fleet (a year of months, six-figure
bold totals) the blank between a number and the next column's is several group separators wide in every row, the
bold totals included, at whatever size the table is laid out; and a page of it as a PNG for a person to look at."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QPdfWriter

from cli.report_texts import CliWords
from paper.formats import Formats
from paper.render import PDF_DPI, _laid_out, page_layout, write_pdf
from sync.progress import NO_PROGRESS
from tests.paper.paper_data import LEAD_COPIES, grouped, has_row, page_lines
from tests.paper.wide_fleet import wide_fleet

SEPARATORS = 4
"""The blank between two numbers is at least this many of the font's group separators (a no-break space)."""


def _narrowest_gap(report, tmp_path) -> tuple[float, float]:
    """The narrowest blank between two numbers in adjacent columns, and the bold group separator's width."""
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(report))
    style, bands = _laid_out(report, Formats(CliWords("nb")), writer, NO_PROGRESS)
    narrowest = float("inf")
    for band in bands:
        layout, columns = band.layout, band.table.columns
        for r, row in enumerate(band.table.rows):
            metrics = (style.bold if row.kind != "data" else style.cell).metrics
            for i in range(len(columns) - 1):
                if columns[i].type == columns[i + 1].type == "int" and layout.texts[r][i + 1]:
                    blank = layout.widths[i + 1] - metrics.horizontalAdvance(layout.texts[r][i + 1])
                    narrowest = min(narrowest, blank)   # the pads either side and the column's spare width
    return narrowest, style.bold.metrics.horizontalAdvance("\u00a0")


def test_adjacent_numbers_have_a_clear_gap_even_in_bold_totals(qapp, tmp_path):
    gap, separator = _narrowest_gap(wide_fleet(), tmp_path)
    assert gap >= SEPARATORS * separator, (gap, separator)


def test_two_years_of_months_keep_the_gap_too(qapp, tmp_path):
    gap, separator = _narrowest_gap(wide_fleet(months=24), tmp_path)
    assert gap >= SEPARATORS * separator, (gap, separator)


def test_the_wide_fleet_still_prints_every_number(qapp, tmp_path):
    report = wide_fleet()
    target = tmp_path / "wide-fleet.pdf"
    assert write_pdf(report, CliWords("nb"), target) == 2
    out = tmp_path / "wide-fleet-p2"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "2", "-l", "2", "-singlefile", str(target), str(out)],
                   check=True, capture_output=True, timeout=60)
    LEAD_COPIES.mkdir(parents=True, exist_ok=True)
    shutil.copy(out.with_suffix(".png"), LEAD_COPIES / "wide-fleet-p2-100dpi.png")
    total = report.table.rows[-1]
    numbers = [grouped(v) for v in total.cells[6:-1]]
    assert has_row(page_lines(target)[-1], ["Sum", "Svart-hvitt", *numbers])
