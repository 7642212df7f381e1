"""catalogue, orders add, orders: what fits a machine, queue an order (offline too) and then try a sync so a script
learns the portal's verdict at once, and the orders in the cache as the app's orders page lists them."""

from __future__ import annotations

import sys
from argparse import Namespace

from cli.errors import EXIT_OK, EXIT_REFUSED, CliError
from cli.output import as_json, table
from cli.password import given_password
from cli.problem_texts import (
    order_problem_text,
    order_state_text,
    plain_reason,
    sentences,
)
from cli.session import open_workspace, run_sync, sync_failure
from domain import consumables
from domain.clock import today
from sync.orders import queries
from sync.orders.operations import OrderInputError, queue_order
from sync.orders.queries import OrderQuery
from sync.orders.records import ArticleRecord, OrderRow
from sync.outbox import queue as outbox
from sync.session.workspace import Workspace

FILTERS = ("open", "shipped", "all")


def show_catalogue(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        product_id = _product(ws, args.serial)
        found = queries.fitting_articles(ws.engine, product_id)
        if args.json:
            as_json([{"article": a.id, "name_en": a.name_en, "name_nb": a.name_nb, "kind": a.kind,
                      "colour": a.colour, "page_yield": a.page_yield, "last_ordered": a.last_ordered}
                     for a in found])
            return EXIT_OK
        target = queries.order_target(ws.engine, product_id)
        assert target is not None
        print(f"{target.serial}  {target.model}  (at most {target.line_limit} of one article per order)")
        table(["Article", "Name", "Colour", "Pages", "Last ordered"],
              [[a.id, a.name_en, (a.colour or "").replace("_", " "), a.page_yield, a.last_ordered] for a in found])
    return EXIT_OK


def add(args: Namespace) -> int:
    password = given_password(args)
    with open_workspace(args.data_dir) as ws:
        product_id = _product(ws, args.serial)
        lines = [(article, consumables.parse_quantity(text) or text) for article, text in args.lines]
        _warn_reorders(ws, product_id, [a for a, _ in lines])
        try:
            written = queue_order(ws.engine, product_id, lines, note=args.note or "")
        except OrderInputError as exc:
            reasons = sentences(order_problem_text(p.code, p.params) for found in exc.problems.values()
                                for p in found)
            raise CliError(f"Order refused: {reasons}", EXIT_REFUSED) from exc
        item = outbox.item_for_entity(ws.engine, "order", written.value)
        assert item is not None
        print(f"Queued: {item.summary}")
        failure = _verdict(ws, item.seq, password)
        if failure:
            raise failure
    return EXIT_OK


def show_orders(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        rows = queries.all_orders(ws.engine, OrderQuery(filter=args.filter, text=args.search or ""))
        if args.json:
            as_json([_order_json(o) for o in rows])
            return EXIT_OK
        table(["Number", "State", "Machine", "Ordered", "Lines", "Tracking", ""],
              [[o.number or "(queued)", order_state_text(o.state), o.serial or "-", o.created_at,
                ", ".join(f"{line.quantity} × {line.article_id}" for line in o.lines),
                " ".join(filter(None, (o.carrier, o.tracking_ref))), _flag(o)] for o in rows])
        print(f"{len(rows)} order(s).")
    return EXIT_OK


def _warn_reorders(ws: Workspace, product_id: str, article_ids: list[str]) -> None:
    """The 30-day warning (never a block): the same article was ordered for this machine within 30 days."""
    day = today()
    known: dict[str, ArticleRecord] = {a.id: a for a in queries.fitting_articles(ws.engine, product_id)}
    for article_id in article_ids:
        article = known.get(article_id)
        if article is not None and consumables.ordered_recently(article.last_ordered, day):
            print(f"Warning: {article_id} was already ordered for this machine on "
                  f"{article.last_ordered:%d.%m.%Y}.", file=sys.stderr)


def _verdict(ws: Workspace, seq: int, password: str | None) -> CliError | None:
    report = run_sync(ws, password=password)
    item = outbox.outbox_item(ws.engine, seq)
    if item is not None and item.state == "rejected":
        return CliError(f"The portal refused the order: {plain_reason(item.reason)}", EXIT_REFUSED)
    if item is not None and item.state != "sent":
        failure = sync_failure(report, "The order stays queued and is sent at the next sync.")
        if failure:
            return failure
    print("Accepted by the portal.")
    return None


def _product(ws: Workspace, serial: str) -> str:
    product_id = queries.product_by_serial(ws.engine, serial)
    if product_id is None:
        raise CliError(f"No machine with serial {serial} in your fleet (run portal-cli sync if it is new).",
                       EXIT_REFUSED)
    return product_id


def _flag(row: OrderRow) -> str:
    if row.sync_status == "rejected":
        return "refused"
    return "waiting to be sent" if row.sync_status == "pending" else ""


def _order_json(o: OrderRow) -> dict:
    return {"id": o.id, "number": o.number, "state": o.state, "serial": o.serial, "model": o.model,
            "created_at": o.created_at, "created_by": o.created_by, "shipped_at": o.shipped_at,
            "delivered_at": o.delivered_at, "carrier": o.carrier, "tracking_ref": o.tracking_ref, "note": o.note,
            "lines": [{"article": line.article_id, "quantity": line.quantity} for line in o.lines],
            "sync_status": o.sync_status}
