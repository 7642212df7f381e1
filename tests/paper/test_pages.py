"""Pages: a table longer than a page breaks with its header row repeated and "Page X of Y" on every page, the header
facts on every page, a QPrinter gets the same pages as a QPdfWriter (and the report's orientation), a cancel leaves
no file and keeps an older one, an empty table still makes a page."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from cli.report_texts import CliWords
from paper.render import paint_report, write_pdf
from sync.progress import Cancelled
from sync.reports.model import Column, Fact, Report, Row, Table, Text
from tests.paper.paper_data import grouped, has_row, page_lines

ROWS = 140
"""About 55 rows fit on a portrait page in the table's font: 140 take three pages (and would with 47 to 69)."""
TITLES = ["Serial", "Model", "Location", "Date", "Total"]


def _long_report(rows: int = ROWS, orientation: str = "portrait") -> Report:
    columns = (Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
               Column(Text("col.location"), "text", wide=True), Column(Text("col.date"), "date"),
               Column(Text("col.total"), "int"))
    table = Table(Text("table.readings"), columns, tuple(
        Row((f"SN{i:04d}", "Bizhub C300i", f"Building {i % 7}, floor {i % 5}", date(2026, 1, 1 + i % 28),
             1_000_000 + i)) for i in range(rows)))
    facts = (Fact(Text("fact.account"), "Nordlys Regnskap AS"),
             Fact(Text("fact.period"), (date(2026, 1, 1), date(2026, 1, 31))),
             Fact(Text("fact.made"), datetime(2026, 2, 1, 12, 30, tzinfo=timezone.utc)))
    return Report(kind="readings", title=Text("report.readings"), facts=facts, table=table, orientation=orientation)


class CancelAfter:
    """A progress that asks to stop once `reports` reports have come in."""

    def __init__(self, reports: int) -> None:
        self.left = reports
        self.seen: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


def test_a_table_over_three_pages_repeats_its_header_row_and_counts_its_pages(qapp, tmp_path):
    target = tmp_path / "long.pdf"
    assert write_pdf(_long_report(), CliWords("en"), target) == 3
    pages = page_lines(target)
    assert len(pages) == len(PdfReader(target).pages) == 3
    serials = []
    for number, lines in enumerate(pages, start=1):
        assert lines[0] == "Meter readings"
        assert has_row(lines, ["Account:", "Nordlys Regnskap AS"]) and has_row(lines, ["Made:", "01/02/2026 13:30"])
        assert f"Page {number} of 3" in lines
        header = lines.index("Serial")
        assert lines[header:header + len(TITLES)] == TITLES
        serials += [line for line in lines[header:] if line.startswith("SN")]
    assert serials == [f"SN{i:04d}" for i in range(ROWS)]   # each row once, in order, none lost at a break
    assert has_row(pages[2], ["SN0139", "Bizhub C300i", "Building 6, floor 4", "28/01/2026", grouped(1_000_139)])


def test_a_printer_gets_the_same_pages_in_the_reports_orientation(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(_long_report(orientation="landscape"), CliWords("nb"), printer)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert pages == len(PdfReader(tmp_path / "printed.pdf").pages) >= 3
    box = PdfReader(tmp_path / "printed.pdf").pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595   # A4 landscape in points
    assert f"Side 1 av {pages}" in page_lines(tmp_path / "printed.pdf")[0]


def test_a_cancelled_pdf_leaves_no_file_and_keeps_an_older_one(qapp, tmp_path):
    target = tmp_path / "long.pdf"
    with pytest.raises(Cancelled):
        write_pdf(_long_report(), CliWords("en"), target, progress=CancelAfter(1))
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the older report")
    progress = CancelAfter(2)
    with pytest.raises(Cancelled):
        write_pdf(_long_report(), CliWords("en"), target, progress=progress)
    assert progress.seen and progress.seen[0][1] == ROWS   # it reported rows done of all rows before it stopped
    assert [p.name for p in tmp_path.iterdir()] == ["long.pdf"] and target.read_bytes() == b"the older report"


def test_progress_reaches_every_row(qapp, tmp_path):
    progress = CancelAfter(10_000)
    write_pdf(_long_report(), CliWords("en"), tmp_path / "long.pdf", progress=progress)
    assert progress.seen[-1] == (ROWS, ROWS)
    assert [done for done, _ in progress.seen] == sorted(done for done, _ in progress.seen)


def test_an_empty_table_is_one_page_with_its_header_row(qapp, tmp_path):
    target = tmp_path / "empty.pdf"
    assert write_pdf(_long_report(rows=0), CliWords("en"), target) == 1
    lines = page_lines(target)[0]
    assert lines[lines.index("Serial"):][:len(TITLES)] == TITLES and "Page 1 of 1" in lines


def test_the_pdf_is_titled_and_signed(qapp, tmp_path):
    target = tmp_path / "long.pdf"
    write_pdf(_long_report(rows=3), CliWords("nb"), target)
    assert PdfReader(target).metadata.title == "Måleravlesninger"
    write_pdf(_long_report(rows=3), CliWords("nb"), target, title="Avlesninger januar")
    meta = PdfReader(target).metadata
    assert meta.title == "Avlesninger januar" and meta.creator == "Service Portal Desktop"


def _wide_report(months: int = 30, rows: int = 70) -> Report:
    columns = (Column(Text("col.site"), "text"), Column(Text("col.serial"), "text"),
               *[Column(Text("col.month", {"month": date(2024 + m // 12, m % 12 + 1, 1)}), "int")
                 for m in range(months)])
    table = Table(Text("table.fleet"), columns, tuple(
        Row(("Head office", f"SN{i:04d}", *[10_000_000 + i * 1000 + m for m in range(months)]),
            marks=((2, "estimated"),) if i == 0 else ()) for i in range(rows)))
    return Report(kind="fleet", title=Text("report.fleet"), facts=(), table=table, orientation="landscape")


def test_a_table_too_wide_for_the_page_is_printed_in_bands_that_repeat_the_rows_identity(qapp, tmp_path):
    target = tmp_path / "wide.pdf"
    report = _wide_report()
    pages = write_pdf(report, CliWords("en"), target)
    lines = page_lines(target)
    serials = [[line for line in page if line.startswith("SN")] for page in lines]
    bands = sum(1 for rows in serials if rows == serials[0])
    assert pages == len(lines) and bands >= 2 and pages % bands == 0 and pages // bands >= 2
    months = [CliWords("en").text(c.title) for c in report.table.columns[2:]]
    for number, page in enumerate(lines, start=1):
        assert f"Page {number} of {pages}" in page
        header = page.index("Site")
        assert page[header + 1] == "Serial" and "Head office" in page[header:]   # the identity, on every band
    for chunk in range(0, pages, bands):
        group = lines[chunk:chunk + bands]
        assert sorted(m for page in group for m in months if m in page) == sorted(months)   # every month once
        assert all(serials[chunk + b] == serials[chunk] for b in range(bands))   # the same rows in each band
    assert [s for rows in serials[::bands] for s in rows] == [f"SN{i:04d}" for i in range(70)]


def test_a_long_selection_of_machines_is_shown_whole_in_every_pages_header(qapp, tmp_path):
    serials = tuple(f"SN{i:04d}" for i in range(60))
    report = dataclasses.replace(_long_report(), facts=(
        Fact(Text("fact.site"), Text("fact.all_sites")), Fact(Text("fact.machines"), serials)))
    target = tmp_path / "chosen.pdf"
    assert write_pdf(report, CliWords("en"), target) == 3
    for lines in page_lines(target):
        header = " ".join(lines[:lines.index("Serial")])
        assert "Site: All sites" in header and "Machines: " + ", ".join(serials) in header   # wrapped, not cut
    many = dataclasses.replace(report, facts=(Fact(Text("fact.machines"), tuple(f"SN{i:04d}" for i in range(900))),))
    write_pdf(many, CliWords("en"), target)
    header = " ".join(page_lines(target)[0][:page_lines(target)[0].index("Serial")])
    assert header.startswith("Meter readings Machines: SN0000, SN0001") and "…" in header and "SN0899" not in header


def test_a_pdf_is_written_off_the_gui_thread(qapp, tmp_path):
    """The desktop writes a PDF on a worker thread: only fonts, metrics and QPainter, which Qt allows there."""
    found: dict[str, object] = {}

    def work():
        try:
            found["pages"] = write_pdf(_long_report(), CliWords("nb"), tmp_path / "worker.pdf")
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            found["error"] = exc
    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert "error" not in found, found.get("error")
    assert found["pages"] == 3 == len(PdfReader(tmp_path / "worker.pdf").pages)
