"""The orders report: every supplies order made in the period, oldest first, with its machine, state, lines (the
catalogue's name in the report's language, or the article number) and its carrier and tracking reference."""

from __future__ import annotations

import json

from sqlalchemy import Engine, func, select

from sync.cache.schema import articles, order_lines, orders, products
from sync.cache.stamps import from_iso
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.header import header_facts
from sync.reports.model import Column, Report, Row, Table, Text
from sync.reports.period_sql import moment_bounds
from sync.reports.request import ReportRequest
from sync.reports.request import check as check_request

_lines = (select(func.json_group_array(func.json_array(order_lines.c.position, order_lines.c.quantity,
                                                       order_lines.c.article_id, articles.c.name_nb,
                                                       articles.c.name_en)))
          .select_from(order_lines.outerjoin(articles, articles.c.id == order_lines.c.article_id))
          .where(order_lines.c.order_id == orders.c.id).correlate(orders).scalar_subquery())


def orders_report(engine: Engine, request: ReportRequest, progress: Progress = NO_PROGRESS) -> Report:
    selection = check_request(engine, request, needs_period=True, kind="orders")
    start, end = moment_bounds(request.period)
    stmt = (select(orders.c.number, orders.c.created_at, products.c.serial, products.c.model, orders.c.state,
                   _lines.label("lines"), orders.c.carrier, orders.c.tracking_ref, orders.c.delivered_at,
                   orders.c.sync_status)
            .select_from(orders.outerjoin(products, products.c.id == orders.c.product_id))
            .where(orders.c.created_at >= start, orders.c.created_at < end, *selection.conditions())
            .order_by(orders.c.created_at, orders.c.id))
    rows = []
    with engine.connect() as conn:
        for found in conn.execution_options(yield_per=2000).execute(stmt):
            check(progress)
            rows.append(_row(found, request.language))
    columns = (Column(Text("col.order_number"), "text"), Column(Text("col.created"), "datetime"),
               Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
               Column(Text("col.state"), "code", "order_state"), Column(Text("col.lines"), "text", wide=True),
               Column(Text("col.carrier"), "text"), Column(Text("col.tracking"), "text"),
               Column(Text("col.delivered"), "datetime"))
    return Report(kind="orders", title=Text("report.orders"), facts=header_facts(engine, request, selection),
                  table=Table(Text("table.orders"), columns, tuple(rows)), orientation="landscape")


def _row(found, language: str) -> Row:
    lines = sorted(json.loads(found.lines or "[]"))
    text = "; ".join(f"{quantity} × {(name_nb if language == 'nb' else name_en) or article}"
                     for _, quantity, article, name_nb, name_en in lines)
    flags = frozenset() if found.sync_status == "synced" else frozenset(
        {"not_sent" if found.sync_status == "pending" else "refused"})
    return Row((found.number, from_iso(found.created_at), found.serial, found.model, found.state, text, found.carrier,
                found.tracking_ref, from_iso(found.delivered_at)), flags=flags)
