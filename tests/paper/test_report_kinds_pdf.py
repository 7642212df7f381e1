"""The other reports on paper: readings due with an empty box per counter to write in (none where the machine has
no such counter), open cases with the overdue one flagged in words and a long last message wrapped, not cut, the
orders and the meter readings with their rows; and page 1 of every report in both languages as a PNG (copied to
/tmp/paper-png for a person to look at)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from cli.report_texts import CliWords
from paper.chart import chart_picture
from paper.render import needs_chart, write_pdf
from paper.style import WIDE_LINES
from sync.reports.cases import open_cases
from sync.reports.due import readings_due
from sync.reports.fleet import fleet_summary
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from tests.paper.paper_data import LONG_MESSAGE, first_page_png, has_row, page_lines
from tests.sync.reports.fleet_data import request

BUILDERS = {"readings": meter_readings, "fleet": fleet_summary, "due": readings_due, "cases": open_cases,
            "orders": orders_report}
RECTANGLE = re.compile(rb"\bre\b")


def _rectangles(path) -> int:
    return len(RECTANGLE.findall(PdfReader(path).pages[0].get_contents().get_data()))


def test_readings_due_has_an_empty_box_per_counter_but_none_for_a_counter_the_machine_lacks(engine, tmp_path):
    report = readings_due(engine, request(period=None))
    boxes = [i for i, c in enumerate(report.table.columns) if c.type == "box"]
    absent = sum(1 for row in report.table.rows for i in boxes if row.marked(i, "absent"))
    assert boxes and 0 < absent < len(report.table.rows) * len(boxes)
    write_pdf(report, CliWords("nb"), tmp_path / "due.pdf")
    as_text = dataclasses.replace(report, table=dataclasses.replace(report.table, columns=tuple(
        dataclasses.replace(c, type="text") if c.type == "box" else c for c in report.table.columns)))
    write_pdf(as_text, CliWords("nb"), tmp_path / "unboxed.pdf")
    drawn = _rectangles(tmp_path / "due.pdf") - _rectangles(tmp_path / "unboxed.pdf")
    empty_boxes = len(report.table.rows) * len(boxes) - absent
    assert drawn == empty_boxes + absent   # a box drawn for each, a shade (a filled rectangle) for each absent one
    lines = page_lines(tmp_path / "due.pdf")[0]
    assert lines[0] == "Avlesninger som forfaller" and has_row(lines, ["Forfaller den:", "10.04.2026"])
    header = lines.index("Sted")
    assert {"Totalt nå", "Svart-hvitt", "Farge nå"} <= set(lines[header:header + 30])
    for row in report.table.rows:
        assert row.cells[2] in lines   # every machine to read, by serial
    assert has_row(lines, ["Head office", "2nd floor, copy room", "SN100", "Bizhub C300i", "24.04.2026",
                           "30.04.2026", "01.04.2026", "Estimert", "2 400", "1 700", "700"])


def test_open_cases_flag_the_overdue_one_in_words_and_wrap_a_long_message(engine, tmp_path):
    write_pdf(open_cases(engine, request()), CliWords("en"), tmp_path / "cases.pdf")
    lines = page_lines(tmp_path / "cases.pdf")[0]
    assert has_row(lines, ["CS0000001", "SN100", "Paper jam in tray 2 (CS0000001)", "In progress"])
    overdue = lines.index("CS0000001")
    assert "Overdue" in lines[overdue:overdue + 12]
    waiting = lines.index("CS0000002")
    assert "Overdue" not in lines[waiting:waiting + 10]
    start = next(i for i, line in enumerate(lines) if len(line) > 10 and LONG_MESSAGE.startswith(line))
    spans = [" ".join(lines[start:start + n]) for n in range(2, WIDE_LINES + 1)]
    assert LONG_MESSAGE in spans   # wrapped over two lines or more, every word kept


def test_orders_and_readings_list_their_rows(engine, tmp_path):
    write_pdf(orders_report(engine, request()), CliWords("nb"), tmp_path / "orders.pdf")
    lines = page_lines(tmp_path / "orders.pdf")[0]
    assert has_row(lines, ["OR0001001", "10.02.2026 09:00", "SN100", "Bizhub C300i", "Sendt", "2 × BK-1", "Bring",
                           "70701"])
    assert has_row(lines, ["11.02.2026 09:00", "SN200", "Bizhub 4750i", "Sendt inn", "3 × ST-1"])
    write_pdf(meter_readings(engine, request()), CliWords("nb"), tmp_path / "readings.pdf")
    lines = page_lines(tmp_path / "readings.pdf")[0]
    assert has_row(lines, ["SN100", "Bizhub C300i", "Head office", "2nd floor, copy room", "20.03.2026",
                           "Ikke sendt ennå", "2 300", "200", "1 640", "140", "660", "60"])


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("kind", list(BUILDERS))
def test_page_one_of_every_report_renders_to_a_png(engine, tmp_path, kind, language):
    report = BUILDERS[kind](engine, request(period=None) if kind == "due" else request())
    words = CliWords(language)
    chart = chart_picture(report.chart, words, width_mm=273, height_mm=70) if needs_chart(report) else None
    write_pdf(report, words, tmp_path / f"{kind}.pdf", chart=chart)
    image = QImage(str(first_page_png(tmp_path / f"{kind}.pdf", tmp_path, f"{kind}-{language}")))
    landscape = report.orientation == "landscape"
    assert (image.width() > image.height()) == landscape and image.width() in (818, 819, 578, 579)
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 200   # a title, a header and rows, not a blank page
