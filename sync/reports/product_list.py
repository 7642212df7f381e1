"""The products list as a report (Ctrl+P on the products page): the machines the list shows under its filter, in its
sort order, with its columns, read a page at a time through the list's own query (`sync.products.queries`), so
paper and screen never disagree about which machines are in it. The header says which filter was in effect."""

from __future__ import annotations

from sqlalchemy import Engine, select

from sync.cache.schema import sites
from sync.products.queries import product_page
from sync.products.records import ProductFilter, ProductRow
from sync.progress import NO_PROGRESS, Progress
from sync.reports.every_page import every_row
from sync.reports.header import header_facts
from sync.reports.model import Column, Fact, Report, Row, Table, Text
from sync.reports.request import ReportRequest, Selection

COLUMNS = (Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"), Column(Text("col.site"), "text"),
           Column(Text("col.location"), "text", wide=True), Column(Text("col.last_reading"), "date"),
           Column(Text("col.last_total"), "int"), Column(Text("flag.due"), "flag"))


def product_list(engine: Engine, request: ReportRequest, flt: ProductFilter,
                 progress: Progress = NO_PROGRESS) -> Report:
    """Every machine `flt` lets through (not only the pages the list has loaded), as the list orders them."""
    rows = [_row(product) for product in every_row(
        lambda after, limit: product_page(engine, flt, today=request.today, after=after, limit=limit), progress)]
    return Report(kind="product_list", title=Text("report.product_list"), facts=_facts(engine, request, flt),
                  table=Table(Text("table.product_list"), COLUMNS, tuple(rows)), orientation="landscape")


def _row(product: ProductRow) -> Row:
    flags = frozenset({"pending"}) if product.last_status == "pending" else frozenset()
    return Row((product.serial, product.model, product.site_name, product.location, product.last_reading_date,
                product.last_values.get("total"), True if product.reading_due else None), flags=flags)


def _facts(engine: Engine, request: ReportRequest, flt: ProductFilter) -> tuple[Fact, ...]:
    """The usual header with the list's filter in place of a report's selection: the site, the search, "due only"."""
    with engine.connect() as conn:
        site_name = conn.execute(select(sites.c.name).where(sites.c.id == flt.site_id)).scalar() \
            if flt.site_id else None
    facts = [f for f in header_facts(engine, request, Selection(flt.site_id, site_name, ()))
             if f.label.key != "fact.machines"]
    shown = [Fact(Text("fact.search"), flt.text)] if flt.text else []
    if flt.due_only:
        shown.append(Fact(Text("fact.filter"), Text("filter.due_only")))
    at = next(i for i, f in enumerate(facts) if f.label.key == "fact.site") + 1
    return tuple(facts[:at] + shown + facts[at:])
