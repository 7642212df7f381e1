"""The fleet summary on paper, read back with pypdf: every machine's rows, the totals (checked against volumes worked
out here from the readings, day by day), the unread machine flagged in words, estimated months in italics with the
legend, the chart on page 1, the header's facts, and both languages' words, dates and numbers."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from cli.report_texts import CliWords
from paper.chart import chart_picture
from paper.render import needs_chart, write_pdf
from sync.reports.due import readings_due
from sync.reports.fleet import LEADING, fleet_summary
from tests.paper.paper_data import grouped, has_row, page_lines
from tests.sync.reports.fleet_data import independent_volume, request

MONTHS = (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))


def _pdf(engine, tmp_path, language: str, *, with_chart: bool = True):
    report = fleet_summary(engine, request())
    words = CliWords(language)
    chart = chart_picture(report.chart, words, width_mm=273, height_mm=70) if with_chart else None
    target = tmp_path / f"fleet-{language}.pdf"
    pages = write_pdf(report, words, target, chart=chart)
    return report, target, pages


def _expected_totals() -> dict[str, list[int]]:
    """The fleet's pages per counter type and month, from the readings (not from the report)."""
    parts = {"bw": [("p-1", "bw"), ("p-2", "total")], "colour": [("p-1", "colour")],
             "large_format": [("p-4", "large_format_m2")]}
    return {kind: [sum(independent_volume(p, c, m) or 0 for p, c in counters) for m in MONTHS]
            for kind, counters in parts.items()}


def test_the_fleet_pdf_holds_every_row_and_totals_that_agree_with_the_readings(engine, tmp_path):
    report, target, pages = _pdf(engine, tmp_path, "nb")
    assert pages == 1 and len(PdfReader(target).pages) == 1
    lines = page_lines(target)[0]
    assert lines[0] == "Flåteoversikt"
    assert has_row(lines, ["Periode:", "01.01.2026 – 31.03.2026"]) and has_row(lines, ["Sted:", "Alle steder"])
    assert has_row(lines, ["Maskiner:", "Alle maskiner"]) and has_row(lines, ["Laget:", "10.04.2026 11:00"])
    assert lines[-1] == "Side 1 av 1" or "Side 1 av 1" in lines
    names = {"bw": "Svart-hvitt", "colour": "Farge", "large_format": "Storformat (m²)"}
    for kind, months in _expected_totals().items():
        assert has_row(lines, ["Sum", names[kind], *[grouped(v) for v in months if v], grouped(sum(months))]), kind
    assert has_row(lines, ["Sum", "Svart-hvitt", "610", "680", "510", "1 800"])   # 300+310, 400+280, 200+310
    for row in report.table.data_rows():
        cells = [str(v) for v in row.cells[:LEADING - 1] if v] + [names[row.cells[LEADING - 1]]]
        cells += [grouped(v) for v in row.cells[LEADING:] if isinstance(v, int) and not isinstance(v, bool)]
        assert has_row(lines, cells + (["Ingen avlesning"] if "no_reading" in row.flags else [])), cells


def test_a_machine_without_a_reading_says_so_in_its_rows(engine, tmp_path):
    _, target, _ = _pdf(engine, tmp_path, "nb")
    lines = page_lines(target)[0]
    for counter in ("Svart-hvitt", "Farge"):
        assert has_row(lines, ["Head office", "SN300", "Bizhub C300i", "2nd floor, copy room", counter,
                               "Ingen avlesning"])
    read = [i for i, line in enumerate(lines) if line == "SN100"]
    assert read and all("Ingen avlesning" not in lines[i:i + 10] for i in read)


def test_in_english_the_words_dates_and_numbers_are_englishs(engine, tmp_path):
    _, target, _ = _pdf(engine, tmp_path, "en")
    lines = page_lines(target)[0]
    assert lines[0] == "Fleet summary" and "Page 1 of 1" in lines
    assert has_row(lines, ["Period:", "01/01/2026 – 31/03/2026"]) and has_row(lines, ["Site:", "All sites"])
    assert has_row(lines, ["Made:", "10/04/2026 11:00"])
    assert has_row(lines, ["Total", "Black/white", "610", "680", "510", "1 800"])
    assert has_row(lines, ["SN300", "Bizhub C300i", "2nd floor, copy room", "Colour", "No reading"])
    assert "Italic: counted from an estimated reading" in lines


def test_estimated_months_are_italic_and_the_legend_says_so(engine, tmp_path):
    report, target, _ = _pdf(engine, tmp_path, "nb", with_chart=False)
    italic: list[str] = []

    def seen(text, _cm, _tm, font, _size):
        name = str(font.get("/BaseFont", "")).lower() if font else ""
        if text.strip() and ("oblique" in name or "italic" in name):
            italic.append(text.strip())
    PdfReader(target).pages[0].extract_text(visitor_text=seen)
    marked = [(row, i) for row in report.table.rows for i, mark in row.marks if mark == "estimated"]
    assert marked
    legend = "Kursiv: regnet fra en estimert avlesning"
    assert legend in page_lines(target)[0]
    cells = [t for t in italic if t.replace("\u00a0", " ").replace(" ", "").isdigit()]
    assert len(cells) == len(marked)
    assert sorted(int(t.replace("\u00a0", "").replace(" ", "")) for t in cells) == sorted(
        row.cells[i] for row, i in marked)


def test_the_chart_is_on_page_one_under_the_header(engine, tmp_path):
    report, target, _ = _pdf(engine, tmp_path, "nb")
    lines = page_lines(target)[0]
    chart_title = lines.index("Sider per måned per sted")
    table_header = lines.index("Serienummer")
    assert lines.index("Laget:") < chart_title < table_header
    assert {"Bergen branch", "Head office"} <= set(lines[chart_title:table_header])   # the legend
    assert "jan. 2026" in lines[chart_title:table_header]                              # the axis
    assert needs_chart(report) and not needs_chart(readings_due(engine, request(period=None)))


def test_a_chart_too_tall_to_share_page_one_has_it_to_itself(engine, tmp_path):
    report = fleet_summary(engine, request())
    words = CliWords("en")
    chart = chart_picture(report.chart, words, width_mm=273, height_mm=160)
    target = tmp_path / "tall.pdf"
    assert write_pdf(report, words, target, chart=chart) == 2
    first, second = page_lines(target)
    assert "Pages per month per site" in first and "Serial" not in first and "Page 1 of 2" in first
    assert "Pages per month per site" not in second and "Serial" in second and "Page 2 of 2" in second
    assert second[0] == "Fleet summary" and has_row(second, ["Site:", "All sites"])
