"""The cases list as a report (Ctrl+P on the cases page): the cases the list shows under its filter and search, in
its sort order, with its columns, read a page at a time through the list's own query (`sync.cases.queries`). The
header says which filter and search were in effect."""

from __future__ import annotations

from sqlalchemy import Engine

from sync.cases.queries import CaseQuery, CaseRow, case_page
from sync.progress import NO_PROGRESS, Progress
from sync.reports.every_page import every_row
from sync.reports.header import header_facts
from sync.reports.model import Column, Fact, Report, Row, Table, Text
from sync.reports.request import ReportRequest, Selection

COLUMNS = (Column(Text("col.case_number"), "text"), Column(Text("col.subject"), "text", wide=True),
           Column(Text("col.serial"), "text"), Column(Text("col.model"), "text"),
           Column(Text("col.category"), "code", "case_category"), Column(Text("col.state"), "code", "case_state"),
           Column(Text("col.last_activity"), "datetime"), Column(Text("col.expected_answer"), "datetime"))


def case_list(engine: Engine, request: ReportRequest, query: CaseQuery, progress: Progress = NO_PROGRESS) -> Report:
    """Every case `query` lets through (not only the pages the list has loaded), as the list orders them."""
    rows = [_row(case) for case in every_row(
        lambda after, limit: case_page(engine, query, after=after, limit=limit), progress)]
    return Report(kind="case_list", title=Text("report.case_list"), facts=_facts(engine, request, query),
                  table=Table(Text("table.case_list"), COLUMNS, tuple(rows)), orientation="landscape")


def _row(case: CaseRow) -> Row:
    flags = {"not_sent"} if case.sync_status == "pending" else {"refused"} if case.sync_status == "rejected" else set()
    if case.unread:
        flags.add("unread")
    return Row((case.number, case.subject, case.serial, case.model, case.category or case.type, case.state,
                case.last_activity_at, case.expected_response_at), flags=frozenset(flags))


def _facts(engine: Engine, request: ReportRequest, query: CaseQuery) -> tuple[Fact, ...]:
    """The usual header with the list's filter and search in place of a report's selection."""
    facts = [f for f in header_facts(engine, request, Selection(None, None, ()))
             if f.label.key not in ("fact.site", "fact.machines")]
    shown = [Fact(Text("fact.filter"), Text(f"case_filter.{query.filter}"))]
    if query.text:
        shown.append(Fact(Text("fact.search"), query.text))
    return tuple(facts[:1] + shown + facts[1:])
