"""The Reports page with real widgets over a seeded cache: each report and period is built off the UI thread and
previewed on paper; a reversed range is refused where it is typed, an unknown machine where machines are chosen;
saving as XLSX, CSV and PDF writes files that open with the rows the report holds; a cancelled save leaves no file
and a folder that cannot be written is said plainly; Print… paints on the printer the user chose."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.formatting import format_number
from desktop.views.reports import printer_choice, report_output
from desktop.views.reports import reports_page as reports_page_module
from desktop.views.reports.reports_page import ReportsPage
from desktop.views.widgets.progress_dialog import ProgressDialog
from tests.desktop.pages_fixtures import TODAY

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BUILD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(qtbot, seeded_ctx, english_ui):
    widget = ReportsPage(seeded_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def build(qtbot, page: ReportsPage):
    with qtbot.waitSignal(page.report_built, timeout=BUILD_TIMEOUT_MS) as built:
        page.preview_button.click()
    return built.args[0]


@pytest.mark.parametrize("kind, preset, rows", [
    ("fleet", "this_year", None),
    ("fleet", "last_month", None),
    ("readings", "this_month", None),
    ("readings", "last_year", None),
    ("cases", "this_month", 5),
    ("orders", "this_month", 1),
])
def test_each_report_and_period_is_built_and_previewed(qtbot, page, kind, preset, rows):
    page.form.choose(kind, preset)
    report = build(qtbot, page)
    assert report.kind == kind
    data = report.table.data_rows()
    assert data, "the report has rows"
    if kind == "cases":
        assert len(data) == rows
    if kind == "orders":
        assert [r.cells[0] for r in data] == ["OR0001001"]
    facts = {f.label.key: f.value for f in report.facts}
    assert facts["fact.period"] == (page.form.period().first, page.form.period().last)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=BUILD_TIMEOUT_MS)
    assert page.preview.report is report
    assert all(b.isEnabled() for b in (page.print_button, *page.save_buttons.values()))
    count = len(data)
    assert page.message.text() == (f"{format_number(count)} rows in the report." if count > 1
                                   else "1 row in the report.")


def test_the_periods_cover_what_they_say(page):
    form = page.form
    form.choose("fleet", "last_month")
    assert (form.period().first, form.period().last) == (date(2026, 10, 1), date(2026, 10, 31))
    form.choose(preset="this_year")
    assert (form.period().first, form.period().last) == (date(2026, 1, 1), date(2026, 12, 31))
    assert not form.from_edit.isEnabled()
    form.choose(preset="range", first=date(2026, 3, 1), last=date(2026, 5, 31))
    assert form.from_edit.isEnabled() and form.period().last == date(2026, 5, 31)
    assert form.file_stem() == "fleet-2026-03-01--2026-05-31"


def test_readings_due_on_a_chosen_day(qtbot, page):
    page.form.choose("due")
    assert page.form.day() == TODAY and page.form.day_edit.isVisible() and not page.form.period_row.isVisible()
    report = build(qtbot, page)
    serials = [r.cells[2] for r in report.table.data_rows()]
    assert "SN00001" in serials and "SN00000" not in serials  # machine 0 was read in the window already
    assert page.form.file_stem() == "due-2026-11-27"


def test_a_range_that_ends_before_it_starts_is_refused_where_it_is_typed(qtbot, page):
    page.form.choose("readings", "range", first=date(2026, 6, 30), last=date(2026, 6, 1))
    assert page.form.period_error.isVisible()
    assert page.form.period_error.text() == "The period ends (01/06/2026) before it starts (30/06/2026)."
    assert not page.preview_button.isEnabled()
    with qtbot.assertNotEmitted(page.report_built, wait=200):
        page.build_report()
    page.form.choose(last=date(2026, 7, 1))
    assert not page.form.period_error.isVisible() and page.preview_button.isEnabled()


def test_machines_chosen_on_the_products_page_and_one_the_cache_does_not_know(qtbot, page):
    page.choose_machines(("SN00003", "SN00004"))
    assert page.form.machines_combo.currentText() == "2 machines chosen on the Products page"
    page.form.choose("readings", "this_year")
    report = build(qtbot, page)
    assert {r.cells[0] for r in report.table.data_rows()} == {"SN00003", "SN00004"}
    page.choose_machines(("SN00003", "NOPE"))
    with qtbot.assertNotEmitted(page.report_built, wait=0):
        page.build_report()
        qtbot.waitUntil(page.form.machines_error.isVisible, timeout=BUILD_TIMEOUT_MS)
    assert page.form.machines_error.text() == "No machine with serial NOPE in your fleet."
    page.form.choose(site="Bergen office")
    assert not page.form.machines_error.isVisible()
    report = build(qtbot, page)
    assert {f.label.key: f.value for f in report.facts}["fact.site"] == "Bergen office"


def test_a_changed_choice_takes_the_old_report_off_the_buttons(qtbot, page):
    page.form.choose("orders", "this_month")
    build(qtbot, page)
    page.form.choose(preset="last_month")
    assert page.report is None and not page.save_buttons["csv"].isEnabled()
    assert page.preview.hint.text() == "The choices changed: press Preview to see the new report."


def save(qtbot, page, fmt, target, save_to, *, written=None):
    offered = save_to(target)
    with qtbot.waitSignal(page.saved, timeout=BUILD_TIMEOUT_MS) as saved:
        page.save_buttons[fmt].click()
    assert saved.args[0] == (written or target)
    return offered


def test_saving_as_xlsx_writes_the_reports_rows_with_numbers(qtbot, page, tmp_path, save_to):
    from openpyxl import load_workbook
    page.form.choose("fleet", "last_month")
    report = build(qtbot, page)
    offered = save(qtbot, page, "xlsx", tmp_path / "fleet.xlsx", save_to)
    assert Path(offered[0][1]).name == "fleet-2026-10.xlsx" and "*.xlsx" in offered[0][2]
    sheet = load_workbook(tmp_path / "fleet.xlsx", read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 1 + len(report.table.rows)
    serials = [row[1] for row in values[1:] if row[1]]
    assert {r.cells[1] for r in report.table.data_rows()} == set(serials)
    sn4 = next(r for r in report.table.data_rows() if r.cells[1] == "SN00004")
    assert next(row for row in values if row[1] == "SN00004")[6] == sn4.cells[6] > 0  # a number, as in the report
    assert page.save_message.text() == f"Saved {tmp_path / 'fleet.xlsx'}."


def test_saving_as_csv_in_english_uses_commas(qtbot, page, tmp_path, save_to):
    page.form.choose("readings", "this_year")
    page.choose_machines(("SN00000",))
    report = build(qtbot, page)
    save(qtbot, page, "csv", tmp_path / "readings", save_to, written=tmp_path / "readings.csv")  # added
    with open(tmp_path / "readings.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["Serial", "Model"]
    assert len(rows) == 1 + len(report.table.data_rows()) and {r[0] for r in rows[1:]} == {"SN00000"}


def test_saving_as_pdf_writes_the_pages_the_preview_shows(qtbot, page, tmp_path, save_to):
    pypdf = pytest.importorskip("pypdf")
    page.form.choose("cases", "this_month")
    build(qtbot, page)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=BUILD_TIMEOUT_MS)
    save(qtbot, page, "pdf", tmp_path / "cases.pdf", save_to)
    pdf = pypdf.PdfReader(tmp_path / "cases.pdf")
    assert len(pdf.pages) == page.preview.page_count()
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "CS1000" in text and "CS1004" in text and "CS1005" not in text  # a resolved case is not open


def test_a_cancelled_save_leaves_no_file(qtbot, page, tmp_path, save_to, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    page.form.choose("fleet", "this_year")
    build(qtbot, page)
    save(qtbot, page, "xlsx", tmp_path / "first.xlsx", save_to)  # the same save, not cancelled, writes
    assert (tmp_path / "first.xlsx").is_file()
    started, release = threading.Event(), threading.Event()
    real = report_output.write_report

    def held(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(report_output, "write_report", held)  # where the save calls it
    save_to(tmp_path / "second.xlsx")
    page.save_buttons["xlsx"].click()
    assert started.wait(10)
    with qtbot.waitSignal(page.save_ended, timeout=BUILD_TIMEOUT_MS) as ended:
        page.findChildren(ProgressDialog)[-1].reject()
        release.set()
    assert ended.args == ["cancelled"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.xlsx"]  # nor a temporary file
    assert page.save_message.text() == "Not saved: you cancelled it."


def test_a_folder_that_cannot_be_written_is_said_plainly(qtbot, page, tmp_path, save_to, monkeypatch):
    page.form.choose("orders", "this_month")
    build(qtbot, page)
    gone = tmp_path / "gone"
    save_to(gone / "orders.csv")
    with qtbot.waitSignal(page.save_ended, timeout=BUILD_TIMEOUT_MS):
        page.save_buttons["csv"].click()
    assert page.save_message.text() == f"Cannot save orders.csv: the folder {gone} does not exist."
    from sync.reports import files

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    save_to(tmp_path / "orders.csv")
    with qtbot.waitSignal(page.save_ended, timeout=BUILD_TIMEOUT_MS):
        page.save_buttons["csv"].click()
    assert page.save_message.text() == (f"Cannot save orders.csv: files cannot be written in the folder {tmp_path}. "
                                        "Choose another folder.")
    assert not (tmp_path / "orders.csv").exists()


def test_print_paints_the_report_on_the_chosen_printer(qtbot, page, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    page.form.choose("cases", "this_month")
    build(qtbot, page)
    chosen = []

    def to_file(parent, title, orientation, stem):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        chosen.append((title, orientation, stem))
        return printer
    monkeypatch.setattr(printer_choice, "choose_printer", to_file)
    with qtbot.waitSignal(page.printed, timeout=BUILD_TIMEOUT_MS) as printed:
        page.print_page()
    assert chosen == [("Open cases", "landscape", "cases-2026-11")]
    assert printed.args[0] >= 1 and len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == printed.args[0]


def test_print_before_a_preview_says_what_to_do(qtbot, page, monkeypatch):
    monkeypatch.setattr(printer_choice, "choose_printer", lambda *a: pytest.fail("no printer without a report"))
    with qtbot.waitSignal(page.status_message) as said:
        page.print_page()
    assert said.args == ["Press Preview first: then Print sends the report you see."]


def test_a_cancelled_build_shows_no_report(qtbot, page, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = reports_page_module.BUILDERS["fleet"]

    def held(engine, request, progress):
        started.set()
        assert release.wait(10)
        return real(engine, request, progress)
    monkeypatch.setitem(reports_page_module.BUILDERS, "fleet", held)
    page.form.choose("fleet", "this_year")
    with qtbot.assertNotEmitted(page.report_built, wait=0):
        page.preview_button.click()
        assert started.wait(10)
        page.findChildren(ProgressDialog)[-1].reject()
        release.set()
        qtbot.waitUntil(lambda: page.message.text() == "The report was not made: you cancelled it.",
                        timeout=BUILD_TIMEOUT_MS)
    assert page.report is None and not page.save_buttons["pdf"].isEnabled() and page.preview.report is None


def test_in_norwegian_the_csv_has_semicolons_and_the_dates_are_norwegian(qtbot, seeded_ctx, norwegian_ui, tmp_path,
                                                                         save_to):
    page = ReportsPage(seeded_ctx)
    qtbot.addWidget(page)
    page.form.choose("readings", "last_month")
    assert page.form.period_combo.currentText() == "Forrige måned"
    page.choose_machines(("SN00002",))
    report = build(qtbot, page)
    assert page.message.text() == "1 rad i rapporten."
    offered = save(qtbot, page, "csv", tmp_path / "avlesninger.csv", save_to)
    assert Path(offered[0][1]).name == "avlesninger-2026-10.csv" and offered[0][0] == "Lagre rapporten som CSV"
    with open(tmp_path / "avlesninger.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][:3] == ["Serienummer", "Modell", "Sted"]
    assert rows[1][0] == "SN00002" and rows[1][4] == "25.10.2026" and rows[1][5] == "Godkjent"
    assert len(rows) == 1 + len(report.table.data_rows())


def test_in_norwegian_a_reversed_range_is_refused_in_norwegian(qtbot, seeded_ctx, norwegian_ui):
    page = ReportsPage(seeded_ctx)
    qtbot.addWidget(page)
    page.show()
    page.form.choose("orders", "range", first=date(2026, 11, 20), last=date(2026, 11, 2))
    assert page.form.period_error.text() == "Perioden slutter (02.11.2026) før den begynner (20.11.2026)."
    assert page.form.period_error.isVisible() and not page.preview_button.isEnabled()


def test_a_long_report_previews_every_page_and_saves_the_same_pdf(qtbot, big_ctx, english_ui, tmp_path, save_to):
    """1,200 machines: the preview is the whole PDF (every page), and Save as PDF of the previewed report writes
    that same file (copied, not laid out again)."""
    pypdf = pytest.importorskip("pypdf")
    page = ReportsPage(big_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.form.choose("fleet", "this_year")
    with qtbot.waitSignal(page.preview.loaded, timeout=BUILD_TIMEOUT_MS) as loaded:
        build(qtbot, page)
    previewed = page.preview.shown_file()
    pages = len(pypdf.PdfReader(previewed).pages)
    assert loaded.args[0] == pages == page.preview.page_count() and pages > 21  # the old preview stopped at 21
    save(qtbot, page, "pdf", tmp_path / "fleet.pdf", save_to)
    assert (tmp_path / "fleet.pdf").read_bytes() == previewed.read_bytes()
    assert f"Page 1 of {pages}" in " ".join(pypdf.PdfReader(tmp_path / "fleet.pdf").pages[0].extract_text().split())


def test_a_site_a_sync_brings_is_offered_and_the_choice_stays(qtbot, page, seeded_ctx):
    from sqlalchemy import insert

    from sync.cache.db import writer
    from sync.cache.schema import sites
    page.choose_machines(("SN00001",))
    page.form.choose(site="Bergen office")
    with writer(seeded_ctx.engine).begin() as conn:
        conn.execute(insert(sites).values(id="alta", name="Alta depot", address="", postcode="9510", city="Alta"))
    seeded_ctx.notify_changed("site")
    combo = page.form.machines_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All machines", "Site: Alta depot", "Site: Bergen office", "Site: Oslo HQ", "Site: Trondheim office",
        "1 machine chosen on the Products page"]
    assert page.form.site() == "Bergen office"


def test_a_second_preview_replaces_the_first_without_a_word_about_it(qtbot, page, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = reports_page_module.BUILDERS["orders"]

    def held(engine, request, progress):
        started.set()
        assert release.wait(10)
        return real(engine, request, progress)
    monkeypatch.setitem(reports_page_module.BUILDERS, "orders", held)
    page.form.choose("orders", "this_month")
    page.preview_button.click()
    assert started.wait(10)
    page.form.choose("cases")
    with qtbot.waitSignal(page.report_built, timeout=BUILD_TIMEOUT_MS) as built:
        page.preview_button.click()
        release.set()
    assert built.args[0].kind == "cases" and page.report.kind == "cases"
    qtbot.wait(100)
    assert page.report.kind == "cases" and page.message.text() == "5 rows in the report."


def test_the_fleets_pdf_has_its_chart_drawn_from_a_copy_of_the_previews(qtbot, page, tmp_path, save_to):
    pypdf = pytest.importorskip("pypdf")
    page.form.choose("fleet", "this_year")
    build(qtbot, page)
    chart = page.preview.chart()
    assert chart is not None and not chart.boundingRect().isEmpty()
    from desktop.views.reports.report_jobs import own_copy
    copy = own_copy(chart)
    assert copy is not chart and copy.boundingRect() == chart.boundingRect() and bytes(copy.data()) == bytes(
        chart.data())
    save(qtbot, page, "pdf", tmp_path / "fleet.pdf", save_to)
    text = " ".join(pypdf.PdfReader(tmp_path / "fleet.pdf").pages[0].extract_text().split())
    assert "Pages per month per site" in text


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false", "does not support propagateSizeHints")
def test_a_printer_that_cannot_be_used_is_said_on_the_page(qtbot, page, tmp_path, monkeypatch):
    page.form.choose("orders", "this_month")
    build(qtbot, page)

    def unwritable(parent, title, orientation, stem):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "printed.pdf"))
        return printer
    monkeypatch.setattr(printer_choice, "choose_printer", unwritable)
    with qtbot.assertNotEmitted(page.printed, wait=0):
        page.print_page()
        qtbot.waitUntil(lambda: page.message.text().startswith("The report was not printed"), timeout=BUILD_TIMEOUT_MS)
    assert page.message.text() == ("The report was not printed: the printer could not be used. If you print to a "
                                   "file, choose a file name in a folder you can write to.")
    assert "(" not in page.message.text()  # Qt's English reason is in the log, not here
