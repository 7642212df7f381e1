"""How wide each column of a report's table is on the page: as wide as its longest text (numbers always fit, with
a gap to their left so neighbouring numbers never read as one: `style.NUMBER_GAP_MM`), the title wrapping by words
when the table is tight, wide texts (a location, a message) taking what is left and wrapping, other long texts
elided. Measured with font metrics on a sample of rows plus every subtotal and total row (where the biggest numbers
are), like the XLSX's widths, so a fleet of 10,000 machines is measured in milliseconds."""

from __future__ import annotations

from typing import Sequence

from paper.style import PageStyle
from sync.reports.model import Column, Row

SAMPLE = 400
TEXT_CAP_MM = 42.0
WIDE_CAP_MM = 80.0
WIDE_MIN_MM = 24.0
TEXT_MIN_MM = 12.0
BOX_MM = 16.0


def measured_rows(rows: Sequence[Row]) -> list[int]:
    """The indexes of the rows measured: the first `SAMPLE` and every subtotal or total row, and the sample's
    longest texts are usually the table's."""
    return list(range(min(SAMPLE, len(rows)))) + [i for i in range(SAMPLE, len(rows)) if rows[i].kind != "data"]


def column_widths(columns: Sequence[Column], titles: Sequence[str], rows: Sequence[Row],
                  texts: Sequence[Sequence[str]], style: PageStyle, available: float, *, elide: bool = True
                  ) -> list[float]:
    """Widths in device units, padding included, adding up to at most `available` where the texts allow; without
    `elide`, a short text column (a site, a model) keeps its whole text and only wide ones wrap."""
    pad = 2 * style.pad
    content = [0.0] * len(columns)
    for index in measured_rows(rows):
        fonts = style.bold if rows[index].kind != "data" else style.cell
        for i, text in enumerate(texts[index]):
            if text:
                content[i] = max(content[i], fonts.metrics.horizontalAdvance(text))
    title_full = [style.bold.metrics.horizontalAdvance(t) for t in titles]
    title_word = [max((style.bold.metrics.horizontalAdvance(w) for w in t.split()), default=0.0) for t in titles]
    natural, wrapped_title, floors = [], [], []
    for i, column in enumerate(columns):
        if column.type == "box":
            content[i] = max(content[i], style.mm(BOX_MM) - pad)
        elif column.type == "int" and content[i]:
            content[i] += style.number_gap
        cap = style.mm(WIDE_CAP_MM if column.wide else TEXT_CAP_MM) if column.type == "text" else float("inf")
        fitted = min(content[i], cap)
        natural.append(max(fitted, title_full[i]) + pad)
        wrapped_title.append(max(fitted, title_word[i]) + pad)
        floors.append(max(title_word[i], _floor(column, content[i], style, elide)) + pad)
    return _fitted(natural, [wrapped_title, floors], columns, available)


def _floor(column: Column, content: float, style: PageStyle, elide: bool) -> float:
    """The narrowest a column may get: numbers, dates and codes never lose a character; text may wrap or elide."""
    if column.type == "flag":
        return min(content, style.mm(TEXT_MIN_MM))
    if column.type != "text" or not (elide or column.wide):
        return content
    return min(content, style.mm(WIDE_MIN_MM if column.wide else TEXT_MIN_MM))


def _fitted(widths: list[float], steps: list[list[float]], columns: Sequence[Column], available: float
            ) -> list[float]:
    """Shrink `widths` to `available`: first titles wrap (to their longest word), then wide texts wrap, then other
    texts are elided. A table narrower than the page is widened to it, every column alike."""
    everything = list(range(len(columns)))
    wide = [i for i, c in enumerate(columns) if c.wide]
    rest = [i for i, c in enumerate(columns) if not c.wide]
    excess = sum(widths) - available
    for limits, group in ((steps[0], everything), (steps[1], wide), (steps[1], rest)):
        if excess <= 0:
            break
        excess = _shrink(widths, limits, group, excess)
    if excess < 0 and widths:
        widths = [w - excess / len(widths) for w in widths]   # the spare width to every column alike
    return widths


def _shrink(widths: list[float], floors: list[float], group: list[int], excess: float) -> float:
    """Take `excess` from the columns of `group`, in proportion to what each can give; returns what is still over."""
    room = {i: widths[i] - floors[i] for i in group if widths[i] > floors[i]}
    total = sum(room.values())
    if total <= 0:
        return excess
    taken = min(excess, total)
    for i, can in room.items():
        widths[i] -= taken * can / total
    return excess - taken
