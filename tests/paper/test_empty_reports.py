"""A report without data rows says so under its header row, in the report's language and per kind (readings due
names its day), so "nothing to list" does not look like "something broke"; a report with rows prints no such line."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from cli.report_texts import CliWords
from paper.render import write_pdf
from sync.reports.cases import open_cases
from sync.reports.due import readings_due
from sync.reports.model import Table
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from sync.reports.request import Period
from tests.paper.paper_data import first_page_png, page_lines
from tests.sync.reports.fleet_data import request

LONG_AGO = Period(date(1990, 1, 1), date(1990, 12, 31))
EMPTY = {("readings", "en"): "No readings in this period for this selection.",
         ("cases", "nb"): "Ingen saker fra denne perioden er fortsatt åpne.",
         ("orders", "en"): "No supplies orders in this period for this selection.",
         ("orders", "nb"): "Ingen rekvisitabestillinger i denne perioden for dette utvalget."}
BUILDERS = {"readings": meter_readings, "cases": open_cases, "orders": orders_report}


def _under_header_row(report, words, lines: list[str]) -> list[str]:
    """What the page printed after its header row (the table comes last in the page's text): the lines after the
    last title's last line, whose last word is the last title's last word (titles wrap)."""
    last_word = words.text(report.table.columns[-1].title).split()[-1]
    at = max(i for i, line in enumerate(lines) if line.endswith(last_word))
    return lines[at + 1:]


@pytest.mark.parametrize(("kind", "language"), sorted(EMPTY))
def test_a_report_of_a_period_without_rows_says_so_under_its_header_row(engine, tmp_path, kind, language):
    report = BUILDERS[kind](engine, request(period=LONG_AGO))
    assert report.table.rows == ()
    words = CliWords(language)
    target = tmp_path / f"{kind}-{language}.pdf"
    assert write_pdf(report, words, target) == 1
    lines = page_lines(target)[0]
    assert _under_header_row(report, words, lines) == [EMPTY[kind, language]]


@pytest.mark.parametrize(("language", "line"), [("nb", "Ingen maskiner skal leses av 01.06.2030."),
                                                ("en", "No machines are due on 01/06/2030.")])
def test_readings_due_with_nothing_due_names_the_day(engine, tmp_path, language, line):
    report = readings_due(engine, request(today=date(2030, 6, 1)))
    assert report.table.rows == ()
    words = CliWords(language)
    target = tmp_path / f"due-{language}.pdf"
    write_pdf(report, words, target)
    assert _under_header_row(report, words, page_lines(target)[0]) == [line]
    first_page_png(target, tmp_path, f"due-empty-{language}")


def test_a_printed_list_without_rows_says_so_in_its_own_words(engine, tmp_path):
    report = dataclasses.replace(readings_due(engine, request(today=date(2030, 6, 1))), kind="product_list")
    target = tmp_path / "list.pdf"
    write_pdf(report, CliWords("en"), target)
    assert "Nothing to list for this filter and search." in page_lines(target)[0]


def test_a_report_with_rows_prints_no_empty_line(engine, tmp_path):
    report = readings_due(engine, request())
    assert report.table.data_rows()
    target = tmp_path / "due.pdf"
    write_pdf(report, CliWords("en"), target)
    assert not any(line.startswith("No machines are due") for page in page_lines(target) for line in page)


def test_only_total_rows_still_say_there_is_no_data_row(engine, tmp_path):
    report = readings_due(engine, request())
    totals = tuple(dataclasses.replace(row, kind="total") for row in report.table.rows[:1])
    report = dataclasses.replace(report, table=Table(report.table.title, report.table.columns, totals))
    target = tmp_path / "totals.pdf"
    write_pdf(report, CliWords("en"), target)
    assert any(line.startswith("No machines are due on") for line in page_lines(target)[0])
