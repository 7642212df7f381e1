"""Which rows go on which page, worked out from the rows' heights before anything is painted (so the footer can say
"of Y"): the first page holds the chart under the header when it fits with a few rows below it, else the chart has
page 1 to itself; every page of the table starts with its header row."""

from __future__ import annotations

from dataclasses import dataclass

from paper.page_frame import PageFrame
from paper.table_layout import TableLayout

ROWS_UNDER_CHART = 3
"""The chart shares the first page with the table only if at least this many rows fit under it."""


@dataclass(frozen=True)
class PagePlan:
    first: int                   # the first row (an index into the table's rows)
    end: int                     # one past the last row
    table_top: float | None      # where the table's header row goes; None: no table on this page
    chart_top: float | None = None


def paginate(frame: PageFrame, table: TableLayout, chart_height: float | None, note_height: float = 0.0
             ) -> list[PagePlan]:
    """`note_height`: the line under page 1's header row that says the table has no data rows."""
    top, bottom = frame.body_top(), frame.body_bottom()
    pages: list[PagePlan] = []
    shared_top = None
    if chart_height is not None:
        under = top + chart_height + frame.style.gap
        if under + table.header_height + sum(table.heights[:ROWS_UNDER_CHART]) <= bottom:
            shared_top = under
        else:
            pages.append(PagePlan(0, 0, None, top))
    start = 0
    while start < len(table.heights) or not any(p.table_top is not None for p in pages):
        with_chart = shared_top is not None and not pages
        table_top = shared_top if with_chart else top
        room = bottom - table_top - table.header_height - (note_height if start == 0 else 0.0)
        end = _page_rows(table.heights, start, room)
        pages.append(PagePlan(start, end, table_top, top if with_chart else None))
        start = end
    return pages


def _page_rows(heights: list[float], start: int, room: float) -> int:
    """One past the last row from `start` that fits in `room` (always at least one row, however high)."""
    used, end = 0.0, start
    while end < len(heights) and (used + heights[end] <= room or end == start):
        used += heights[end]
        end += 1
    return end
