"""A report on pages: laid out first (every row's height, so the number of pages is known), then painted page by
page on any paged device — a QPdfWriter, a QPrinter, the QPrinter a print preview hands over. A4, portrait or
landscape as the report asks; each page with its header, its part of the table under a repeated header row, and
"page X of Y". A table too wide for the page at 5.5 pt is printed in bands of columns (`paper.bands`). The fleet
summary's chart (made beforehand on the GUI thread by `paper.chart.chart_picture`) goes on the first page under the
header, or on a page of its own when it does not fit.

Any thread: only QPainter, fonts and their metrics are used here. Cancelled between row batches through `progress`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPicture

from paper.bands import Band, banded
from paper.chart import has_values
from paper.empty_note import empty_note, note_height
from paper.formats import Formats
from paper.page_frame import PageFrame
from paper.pagination import paginate
from paper.style import MARGIN_MM, TABLE_PT_STEPS, PageStyle
from paper.table_layout import cell_texts, lay_out_table
from paper.table_paint import TablePainter
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.files import replaced_on_success
from sync.reports.model import Report, Words

PDF_DPI = 300
CREATOR = "Service Portal Desktop"
PROGRESS_EVERY = 200
ORIENTATIONS = {"portrait": QPageLayout.Orientation.Portrait, "landscape": QPageLayout.Orientation.Landscape}


def needs_chart(report: Report) -> bool:
    """Whether a `chart_picture` should be made (on the GUI thread) for this report: not for a chart without a
    single bar (a period without readings), which would be an empty frame."""
    chart = report.chart
    return chart is not None and bool(chart.series) and bool(chart.categories) and has_values(chart)


def page_layout(report: Report) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), ORIENTATIONS[report.orientation], margins,
                       QPageLayout.Unit.Millimeter)


def paint_report(report: Report, words: Words, device: QPagedPaintDevice, *, chart: QPicture | None = None,
                 progress: Progress = NO_PROGRESS) -> int:
    """Lay out and paint `report` on `device`; returns the number of pages. Raises `Cancelled` when `progress`
    asks; the painter is ended either way."""
    device.setPageLayout(page_layout(report))
    formats = Formats(words)
    style, bands = _laid_out(report, formats, device, progress)
    frame = PageFrame(report, formats, style)
    room = frame.body_bottom() - frame.body_top()
    chart_size = _chart_size(chart, style, room) if chart is not None else None
    note = empty_note(report, formats)
    plans = paginate(frame, bands[0].layout, chart_size[1] if chart_size else None, note_height(note, style))
    pages = [(plan, band) for plan in plans for band in (bands if plan.table_top is not None else bands[:1])]
    check(progress)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the page device cannot be painted on (is the file writable?)")
    try:
        painters = {id(band): TablePainter(band.table, band.layout, style, note) for band in bands}
        for number, (plan, band) in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            frame.paint(painter, number, len(pages))
            first_band = band is bands[0]
            if plan.chart_top is not None and chart is not None and first_band:
                _paint_chart(painter, chart, chart_size, plan.chart_top, style)
            if plan.table_top is not None:
                top = plan.table_top if first_band else frame.body_top()
                painters[id(band)].paint(painter, top, plan.first, plan.end)
            check(progress)
            progress.report(plan.end, len(report.table.rows))
    finally:
        painter.end()
    return len(pages)


def write_pdf(report: Report, words: Words, target: Path, *, chart: QPicture | None = None,
              progress: Progress = NO_PROGRESS, title: str | None = None) -> int:
    """`report` as a PDF at `target` (A4, 300 dpi), written to a temporary file renamed once complete: a cancel or
    a failure leaves no file, and an older one of the same name as it was. Returns the number of pages."""
    with replaced_on_success(Path(target)) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title or words.text(report.title))
        writer.setCreator(CREATOR)
        try:
            pages = paint_report(report, words, writer, chart=chart, progress=progress)
        finally:
            del writer   # closes the file before it is renamed or removed
    return pages


def _laid_out(report: Report, formats: Formats, device: QPagedPaintDevice, progress: Progress
              ) -> tuple[PageStyle, list[Band]]:
    """The table at the largest font size at which it fits the page's width with every short text whole; else at
    the smallest size with long texts elided; else cut into bands of columns (`paper.bands`)."""
    texts = cell_texts(report.table, formats, progress)
    tries = [(points, False) for points in TABLE_PT_STEPS] + [(TABLE_PT_STEPS[-1], True)]
    for points, elide in tries:
        style = PageStyle(device, points)
        layout = lay_out_table(report.table, formats, style, style.page_width, texts, elide=elide)
        if layout.width <= style.page_width + 1:
            return style, [Band(report.table, layout)]
        check(progress)
    return style, banded(report.table, formats, style, texts, layout.widths)


def _chart_size(chart: QPicture, style: PageStyle, room: float) -> tuple[float, float]:
    """The picture's size on the device, shrunk to the page's width and the body's height keeping its shape."""
    per_unit = style.dpi / chart.logicalDpiX()
    bounds = chart.boundingRect()
    width, height = bounds.width() * per_unit, bounds.height() * per_unit
    shrink = min(1.0, style.page_width / width, room / height) if width and height else 1.0
    return width * shrink, height * shrink


def _paint_chart(painter: QPainter, chart: QPicture, size: tuple[float, float], top: float, style: PageStyle) -> None:
    """QPainter.drawPicture scales a picture to the device's resolution itself; what is left is the shrink."""
    bounds = chart.boundingRect()
    natural = bounds.width() * style.dpi / chart.logicalDpiX()
    painter.save()
    painter.translate(0, top)
    painter.scale(size[0] / natural, size[0] / natural)
    painter.drawPicture(-bounds.x(), -bounds.y(), chart)
    painter.restore()
