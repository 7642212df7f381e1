"""outbox and products listings."""

from __future__ import annotations

from argparse import Namespace

from cli.errors import EXIT_OK
from cli.output import as_json, table
from cli.problem_texts import local_dates, plain_reason
from cli.session import open_workspace
from domain.clock import today
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem
from sync.products import queries as product_queries
from sync.products.records import ProductFilter


def show_outbox(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        items = outbox.outbox_items(ws.engine, None if args.all else outbox.UNSENT_STATES)
        held = outbox.held_seqs(items)
        if args.json:
            as_json([_item_json(i, i.seq in held) for i in items])
            return EXIT_OK
        if not items:
            print("Nothing waiting to be sent.")
            return EXIT_OK
        table(["#", "State", "Tries", "What", "Why / next try"],
              [[i.seq, "held" if i.seq in held else i.state, i.attempts, local_dates(i.summary), _why(i, i.seq in held)]
               for i in items])
    return EXIT_OK


def show_products(args: Namespace) -> int:
    day = today()
    with open_workspace(args.data_dir) as ws:
        flt = ProductFilter(text=args.search or "")
        rows, after = [], None
        while page := product_queries.product_page(ws.engine, flt, today=day, after=after, limit=500):
            rows += page
            after = page[-1]
        if args.json:
            as_json([{"id": p.id, "serial": p.serial, "model": p.model, "site": p.site_name, "location": p.location,
                      "counters": list(p.counter_keys), "last_reading_date": p.last_reading_date,
                      "last_values": p.last_values, "last_status": p.last_status, "reading_due": p.reading_due}
                     for p in rows])
            return EXIT_OK
        table(["Serial", "Model", "Site", "Location", "Last reading", "Due"],
              [[p.serial, p.model, p.site_name, p.location, p.last_reading_date, p.reading_due] for p in rows])
        print(f"{len(rows)} product(s).")
    return EXIT_OK


def _why(item: OutboxItem, held: bool) -> str:
    if held:
        return "waits for an earlier refused item of the same machine"
    if item.state == "rejected":
        return plain_reason(item.reason)
    if item.next_attempt_at:
        return f"{plain_reason(item.last_error)} (next try {item.next_attempt_at.astimezone():%H:%M:%S})".strip()
    return plain_reason(item.last_error)


def _item_json(item: OutboxItem, held: bool) -> dict:
    return {"seq": item.seq, "state": item.state, "held": held, "kind": item.kind, "summary": item.summary,
            "attempts": item.attempts, "entity_id": item.entity_id, "group_key": item.group_key,
            "idempotency_key": item.idempotency_key, "next_attempt_at": item.next_attempt_at,
            "last_error": item.last_error, "problem": item.problem, "created_at": item.created_at,
            "sent_at": item.sent_at}
