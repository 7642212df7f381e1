"""The XLSX and CSV writers: typed cells, formats, frozen header and autofilter, totals equal to the report's; CSV
round-trips under both separators; a cancelled build leaves no file; the CLI's words cover every key in both
languages."""

from __future__ import annotations

import csv
import os
import stat
from datetime import date, datetime

import openpyxl
import pytest

from cli.report_texts import EN, NB, CliWords
from sync.progress import Cancelled
from sync.reports.cases import open_cases
from sync.reports.csv_file import write_report_csv
from sync.reports.due import readings_due
from sync.reports.files import replaced_on_success
from sync.reports.fleet import LEADING, fleet_summary
from sync.reports.model import Text
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from sync.reports.xlsx import sheet_name, write_report_xlsx
from tests.sync.reports.fleet_data import request, seeded_cache

BUILDERS = (meter_readings, fleet_summary, open_cases, orders_report)


@pytest.fixture
def engine(tmp_path):
    engine = seeded_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def test_the_fleet_xlsx_has_typed_cells_formats_a_frozen_filtered_header_and_the_reports_totals(engine, tmp_path):
    report = fleet_summary(engine, request())
    target = tmp_path / "fleet.xlsx"
    write_report_xlsx(report, CliWords("nb"), target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Volum", "Sider per måned per sted", "Om rapporten"]
    sheet = book["Volum"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:K{len(report.table.rows) + 1}"
    header = [c.value for c in sheet[1]]
    assert header[:LEADING + 1] == ["Sted", "Serienummer", "Modell", "Plassering", "Koststed", "Telleverktype",
                                    "jan. 2026"]
    assert header[-2:] == ["Sum", "Ingen avlesning"]
    for row, cells in zip(report.table.rows, sheet.iter_rows(min_row=2)):
        months = cells[LEADING:LEADING + 4]
        assert [c.value for c in months] == list(row.cells[LEADING:LEADING + 4])
        assert all(isinstance(c.value, int) and c.number_format == "#,##0" for c in months if c.value is not None)
        assert cells[LEADING - 1].font.bold == (row.kind != "data")
    total_bw = next(r for r in report.table.rows if r.kind == "total" and r.cells[LEADING - 1] == "bw")
    listed = list(sheet.iter_rows(min_row=2, values_only=True))
    assert ("Sum", "Svart-hvitt", *total_bw.cells[LEADING:LEADING + 4]) in [
        (r[0], r[LEADING - 1], *r[LEADING:LEADING + 4]) for r in listed]
    assert sheet.column_dimensions["D"].width >= len("2nd floor, copy room")
    estimated = next(r for r in report.table.data_rows() if r.marked(LEADING + 2, "estimated"))
    row_number = report.table.rows.index(estimated) + 2
    assert sheet.cell(row_number, LEADING + 3).font.italic
    about = {r[0]: r[1:] for r in book["Om rapporten"].iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert about["Periode"][:2] == (datetime(2026, 1, 1), datetime(2026, 3, 31))
    assert about["Sted"][0] == "Alle steder"
    chart = book["Sider per måned per sted"]
    assert [c.value for c in chart[1]] == ["Måned", "Bergen branch", "Head office"]
    assert [r[0] for r in chart.iter_rows(min_row=2, values_only=True)] == [datetime(2026, m, 1) for m in (1, 2, 3)]


def test_dates_and_moments_are_date_cells(engine, tmp_path):
    target = tmp_path / "readings.xlsx"
    write_report_xlsx(meter_readings(engine, request()), CliWords("en"), target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["E1"].value == "Date" and sheet["E2"].is_date and sheet["E2"].number_format == "yyyy-mm-dd"
    assert sheet["F2"].value == "Accepted" and sheet["G1"].value == "Total"
    assert sheet["H1"].value == "Total since previous"


def test_a_text_that_looks_like_a_formula_stays_text(tmp_path):
    from sync.cache.db import open_cache  # noqa: PLC0415
    from tests.sync import factories  # noqa: PLC0415
    engine = open_cache(tmp_path / "c.sqlite")
    factories.seed(engine, factories.product("p-9", "SN900", location="=HYPERLINK(\"http://x\")"))
    target = tmp_path / "due.xlsx"
    write_report_xlsx(readings_due(engine, request(period=None, today=date(2026, 3, 26))), CliWords("en"), target)
    cell = openpyxl.load_workbook(target).active["B2"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    engine.dispose()


@pytest.mark.parametrize(("language", "delimiter", "first_date"), [("nb", ";", "01.01.2026"),
                                                                   ("en", ",", "2026-01-01")])
def test_the_csv_round_trips_with_the_languages_separator(engine, tmp_path, language, delimiter, first_date):
    report = meter_readings(engine, request())
    target = tmp_path / "readings.csv"
    assert write_report_csv(report, CliWords(language), target) == len(report.table.rows)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=delimiter))
    assert rows[0] == [CliWords(language).text(c.title) for c in report.table.columns]
    assert len(rows) == len(report.table.rows) + 1 and all(len(r) == len(rows[0]) for r in rows)
    first = dict(zip(rows[0], rows[1]))
    assert first[rows[0][4]] == first_date and rows[1][6] == "1000"   # no grouping: a spreadsheet reads a number
    pending = [i for i, row in enumerate(report.table.rows, start=1) if row.cells[5] == "pending"]
    assert [rows[i][5] for i in pending] == [CliWords(language).text(Text("status.pending"))]


def test_the_fleet_csv_holds_the_machines_rows_only(engine, tmp_path):
    report = fleet_summary(engine, request())
    target = tmp_path / "fleet.csv"
    write_report_csv(report, CliWords("nb"), target)
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))[1:]
    assert len(rows) == len(report.table.data_rows())
    assert sum(int(r[LEADING]) for r in rows if r[LEADING]) == sum(
        r.cells[LEADING] for r in report.table.rows if r.kind == "total" and r.cells[LEADING] is not None)


class _CancelAfter:
    def __init__(self, checks: int) -> None:
        self.left = checks

    def report(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        self.left -= 1
        return self.left < 0


@pytest.mark.parametrize("write", [write_report_xlsx, write_report_csv])
def test_a_cancelled_write_leaves_no_file_and_an_older_one_untouched(engine, tmp_path, write):
    report = fleet_summary(engine, request())
    target = tmp_path / "out" / ("fleet.xlsx" if write is write_report_xlsx else "fleet.csv")
    target.parent.mkdir()
    with pytest.raises(Cancelled):
        write(report, CliWords("en"), target, _CancelAfter(0))
    assert list(target.parent.iterdir()) == []
    target.write_text("last month's")
    with pytest.raises(Cancelled):
        write(report, CliWords("en"), target, _CancelAfter(1))
    assert list(target.parent.iterdir()) == [target] and target.read_text() == "last month's"


def _keys(report) -> set[str]:
    keys = {report.title.key, report.table.title.key, "sheet.about", "legend.estimated", "value.yes"}
    keys |= {f.label.key for f in report.facts} | {f.value.key for f in report.facts if isinstance(f.value, Text)}
    for column in report.table.columns:
        keys.add(column.title.key)
        keys |= {f"counter.{column.title.params['counter']}"} if "counter" in column.title.params else set()
        if column.type == "code":
            keys |= {f"{column.codes}.{row.cells[i]}" for i in [report.table.columns.index(column)]
                     for row in report.table.rows if row.cells[i] is not None}
    if report.chart:
        keys |= {report.chart.title.key, report.chart.unit.key, "col.month_plain"}
    return keys


def test_the_words_cover_every_key_the_reports_use_in_both_languages(engine):
    used = set().union(*(_keys(build(engine, request())) for build in BUILDERS),
                       _keys(readings_due(engine, request(period=None, today=date(2026, 3, 20)))))
    assert used - EN.keys() == set() and used - NB.keys() == set()
    assert EN.keys() == NB.keys()
    assert all(NB[k] != EN[k] for k in NB if not k.startswith("col.month") and k not in ("col.counter", "col.status"))


def test_sheet_names_excel_takes():
    assert sheet_name("Sider per måned/sted [alle]: *?") == "Sider per måned sted  alle"
    assert len(sheet_name("x" * 40)) == 31


def test_a_counters_name_inside_a_title_starts_in_lower_case():
    nb, en = CliWords("nb"), CliWords("en")
    assert nb.text(Text("col.last_value", {"counter": "bw"})) == "Siste svart-hvitt"
    assert nb.text(Text("col.new_value", {"counter": "bw"})) == "Svart-hvitt nå"
    assert en.text(Text("col.volume", {"counter": "total"})) == "Total since previous"
    assert en.text(Text("col.last_value", {"counter": "A3_sheets"})) == "Last A3_sheets"
    assert nb.text(Text("col.month", {"month": date(2026, 5, 1)})) == "mai 2026"


@pytest.mark.skipif(os.name != "posix", reason="permission bits beyond read-only are POSIX's")
def test_a_written_report_is_readable_as_a_new_file_would_be_and_a_replaced_one_keeps_its_mode(tmp_path):
    """A new-user tryout found every saved report at 0600 (the temporary file's mode), and a shared monthly file
    replaced by a cron job became unreadable to the people it was for."""
    new = tmp_path / "new.csv"
    with replaced_on_success(new) as temporary:
        temporary.write_text("a;b\n", encoding="utf-8")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask
    shared = tmp_path / "shared.csv"
    shared.write_text("old\n", encoding="utf-8")
    shared.chmod(0o664)
    with replaced_on_success(shared) as temporary:
        temporary.write_text("new\n", encoding="utf-8")
    assert shared.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
