"""`portal-cli cases`: the support cases in the cache, as the app's cases page lists them."""

from __future__ import annotations

from argparse import Namespace

from cli.errors import EXIT_OK
from cli.output import as_json, table
from cli.problem_texts import case_state_text
from cli.session import open_workspace
from sync.cases.queries import CaseQuery, case_page

FILTERS = ("open", "awaiting", "resolved", "all")


def show_cases(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        query = CaseQuery(filter=args.filter, text=args.search or "")
        rows, after = [], None
        while page := case_page(ws.engine, query, after=after, limit=500):
            rows += page
            after = page[-1]
        if args.json:
            as_json([{"id": c.id, "number": c.number, "type": c.type, "serial": c.serial, "category": c.category,
                      "subject": c.subject, "state": c.state, "last_activity_at": c.last_activity_at,
                      "expected_response_at": c.expected_response_at, "unread": c.unread,
                      "sync_status": c.sync_status} for c in rows])
            return EXIT_OK
        table(["Number", "State", "Machine", "Subject", "Last activity", ""],
              [[c.number or "(queued)", case_state_text(c.state), c.serial or "-", c.subject,
                c.last_activity_at, _flag(c)] for c in rows])
        print(f"{len(rows)} case(s).")
    return EXIT_OK


def _flag(row) -> str:
    if row.sync_status == "rejected":
        return "refused"
    if row.sync_status == "pending":
        return "waiting to be sent"
    return "new reply" if row.unread else ""
