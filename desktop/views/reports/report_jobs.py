"""The reports' work off the UI thread: which builder makes each report, which writer saves each format, and the
chart picture a paper needs (made on the UI thread, before the job starts, as `paper.chart` requires). Paper is
imported when first used, so the page opens without loading the layout code."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.cases import open_cases
from sync.reports.csv_file import write_report_csv
from sync.reports.due import readings_due
from sync.reports.files import replaced_on_success
from sync.reports.fleet import fleet_summary
from sync.reports.model import Report, Words
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from sync.reports.xlsx import write_report_xlsx

BUILDERS: dict[str, Callable[..., Report]] = {"readings": meter_readings, "fleet": fleet_summary, "due": readings_due,
                                              "cases": open_cases, "orders": orders_report}
FORMATS = ("pdf", "xlsx", "csv")
CHART_MM = {"landscape": (250.0, 110.0), "portrait": (180.0, 110.0)}
"""The chart's size on paper: the page's width inside its margins, and about a third of its height."""


def chart_for(report: Report, words: Words):
    """The report's chart as a QPicture when its paper shows one (UI thread only), else None."""
    from paper.render import needs_chart  # noqa: PLC0415 - paper loads when a report is first shown
    if report.chart is None or not needs_chart(report):
        return None
    from paper.chart import chart_picture  # noqa: PLC0415
    width, height = CHART_MM[report.orientation]
    return chart_picture(report.chart, words, width_mm=width, height_mm=height)


def own_copy(picture):
    """A picture of its own for a worker: QPicture plays from a buffer it shares between copies, so a worker and the
    preview replaying one picture at the same time would race on its read position."""
    if picture is None:
        return None
    from PySide6.QtGui import QPicture  # noqa: PLC0415 - only the desktop's jobs make pictures
    copy = QPicture()
    copy.setData(bytes(picture.data()))
    copy.setBoundingRect(picture.boundingRect())  # paper sizes the chart by it; the data keeps only what was drawn
    return copy


def write_report(fmt: str, report: Report, words: Words, target: Path, *, chart=None,
                 progress: Progress = NO_PROGRESS) -> Path:
    """Write `report` as `fmt` to `target` (any thread); the writers rename a complete file into place, so a cancel
    or a failure leaves none. Returns the target."""
    if fmt == "xlsx":
        write_report_xlsx(report, words, target, progress)
    elif fmt == "csv":
        write_report_csv(report, words, target, progress)
    elif fmt == "pdf":
        from paper.render import write_pdf  # noqa: PLC0415
        write_pdf(report, words, target, chart=chart, progress=progress, title=words.text(report.title))
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    return target


def print_report(report: Report, words: Words, printer, *, chart=None, progress: Progress = NO_PROGRESS) -> int:
    """Paint `report` on a chosen printer (any thread: QPainter paints on a QPrinter outside the UI thread)."""
    from paper.render import paint_report  # noqa: PLC0415
    return paint_report(report, words, printer, chart=chart, progress=progress)


def copy_pdf(source: Path, target: Path, *, progress: Progress = NO_PROGRESS) -> Path:
    """The previewed PDF saved at `target` (any thread): the same bytes Save would write again, copied through a
    temporary file renamed once complete, so a failure leaves no file. Returns the target."""
    check(progress)
    with replaced_on_success(Path(target)) as temporary:
        shutil.copyfile(source, temporary)
    progress.report(1, 1)
    return target
