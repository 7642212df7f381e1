"""The open cases report: the support cases and account questions made in the period that are still open (new, in
progress, awaiting the customer), oldest first, with their machine, state, age in days, the expected answer and
whether it is overdue (`domain.cases.is_overdue`, as the case's page says it), and the last message."""

from __future__ import annotations

from sqlalchemy import Engine, select

from domain.cases import OPEN_STATES, is_overdue
from sync.cache.schema import case_messages, cases, products
from sync.cache.stamps import from_iso
from sync.progress import NO_PROGRESS, Progress, check
from sync.reports.header import header_facts
from sync.reports.model import Column, Report, Row, Table, Text
from sync.reports.period_sql import moment_bounds
from sync.reports.request import ReportRequest
from sync.reports.request import check as check_request


def _last_message(column):
    return (select(column).where(case_messages.c.case_id == cases.c.id)
            .order_by(case_messages.c.created_at.desc(), case_messages.c.id.desc()).limit(1)
            .correlate(cases).scalar_subquery())


def open_cases(engine: Engine, request: ReportRequest, progress: Progress = NO_PROGRESS) -> Report:
    selection = check_request(engine, request, needs_period=True, kind="cases")
    start, end = moment_bounds(request.period)
    stmt = (select(cases.c.number, products.c.serial, cases.c.subject, cases.c.state, cases.c.created_at,
                   cases.c.expected_response_at, cases.c.sync_status,
                   _last_message(case_messages.c.created_at).label("message_at"),
                   _last_message(case_messages.c.body).label("message"))
            .select_from(cases.outerjoin(products, products.c.id == cases.c.product_id))
            .where(cases.c.state.in_(sorted(OPEN_STATES)), cases.c.created_at >= start, cases.c.created_at < end,
                   *selection.conditions())
            .order_by(cases.c.created_at, cases.c.id))
    rows = []
    with engine.connect() as conn:
        for found in conn.execution_options(yield_per=2000).execute(stmt):
            check(progress)
            rows.append(_row(found, request))
    columns = (Column(Text("col.case_number"), "text"), Column(Text("col.serial"), "text"),
               Column(Text("col.subject"), "text", wide=True), Column(Text("col.state"), "code", "case_state"),
               Column(Text("col.created"), "datetime"), Column(Text("col.age_days"), "int"),
               Column(Text("col.expected_answer"), "datetime"), Column(Text("flag.overdue"), "flag"),
               Column(Text("col.last_message_at"), "datetime"), Column(Text("col.last_message"), "text", wide=True))
    return Report(kind="cases", title=Text("report.cases"), facts=header_facts(engine, request, selection),
                  table=Table(Text("table.cases"), columns, tuple(rows)), orientation="landscape")


def _row(found, request: ReportRequest) -> Row:
    created, expected = from_iso(found.created_at), from_iso(found.expected_response_at)
    overdue = is_overdue(found.state, expected, request.now)
    flags = {"overdue"} if overdue else set()
    if found.sync_status != "synced":
        flags.add("not_sent" if found.sync_status == "pending" else "refused")
    message = found.message or ""
    return Row((found.number, found.serial, found.subject, found.state, created, (request.now - created).days,
                expected, True if overdue else None, from_iso(found.message_at), message),
               flags=frozenset(flags))
