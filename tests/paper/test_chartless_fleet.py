"""A fleet summary of a period without readings (1990) has no bar to draw: its chart is left out (no empty frame
on page 1) and drawing one anyway gives a sane axis without a word from Qt (whose NaN warnings on stderr would break
the CLI's one line for cron jobs)."""

from __future__ import annotations

from datetime import date

from cli.report_texts import CliWords
from paper.chart import chart_picture, has_values
from paper.render import needs_chart, write_pdf
from sync.reports.fleet import fleet_summary
from sync.reports.request import Period
from tests.paper.paper_data import first_page_png, page_lines
from tests.sync.reports.fleet_data import request

LONG_AGO = Period(date(1990, 1, 1), date(1990, 12, 31))


def test_a_fleet_without_a_single_volume_has_no_chart(engine, tmp_path):
    report = fleet_summary(engine, request(period=LONG_AGO))
    assert report.chart is not None and report.chart.series and not has_values(report.chart)
    assert not needs_chart(report)
    target = tmp_path / "fleet-1990.pdf"
    write_pdf(report, CliWords("en"), target)
    lines = page_lines(target)[0]
    assert "Pages per month per site" not in lines and "Fleet summary" in lines
    first_page_png(target, tmp_path, "fleet-1990-en")


def test_a_fleet_with_volumes_still_has_its_chart(engine):
    assert needs_chart(fleet_summary(engine, request()))


def test_an_empty_chart_drawn_anyway_warns_nothing(engine, qtlog):
    report = fleet_summary(engine, request(period=LONG_AGO))
    picture = chart_picture(report.chart, CliWords("nb"), width_mm=273, height_mm=70)
    assert not picture.boundingRect().isEmpty()
    assert [record.message for record in qtlog.records] == []
