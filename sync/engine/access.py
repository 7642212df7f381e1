"""When what the user may see shrinks: a machine is un-assigned from them, or they are no longer an administrator.

The portal says so by starting the user's feed over (`reset`); the reset's pages bring only what they may see now, so
the machines they lost simply do not come back, and with them their readings, cases and orders leave the cache. What
the user made for those machines and has not sent yet can never be sent: it is refused here, with the local code
`local.access_lost` and the machine's serial and model, so Pending changes says why and the user discards it on
purpose. Nothing is dropped silently, and nothing for a lost machine goes to the portal:

- `feed_starts_over` is a one-change look at the feed before a round's push, when something is due to be sent; on a
  reset the round pulls first, so the refusal comes before any of it is sent.
- `remember` runs in the reset page's transaction, before the replica is emptied: the ids of the machines cached then,
  and the machine each unsent item is about (the default below, or its feature's `item_product` hook, e.g. a reply's
  case) with its serial and model.
- `settle` runs in the transaction of the feed's last page: the machines remembered that did not come back are lost;
  their unsent items are refused, and one notice says how many machines and changes.

Drafts of forms (a half-typed case or reading for a lost machine) are kept: they are the user's typing, never the
portal's data, they are only offered in the machine's own forms, and they come back if the machine is assigned again.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection, Engine, select

from domain import problems
from sync.api import PortalClient, PortalError
from sync.cache.changed import Changed, merge_changed
from sync.cache.schema import products
from sync.cache.state import get_state, read_state, set_state
from sync.features import FEATURES, request_kind
from sync.notices import add_notice
from sync.outbox import queue
from sync.outbox.records import LocalProblem, OutboxItem

REMEMBERED = "access_before_reset"
"""sync_state key: what the cache held when a reset began, until the feed's end settles it."""


def feed_starts_over(engine: Engine, client: PortalClient, now: datetime) -> bool:
    """Whether the next pull is a reset or finishes one that stopped between its pages; the portal is asked only
    when an item is due to be sent (one small request then). A look that fails says no: the push meets the same
    failure and handles it per item as it always did (wait codes, backoff, sign-in)."""
    due = queue.next_due_at(engine)
    cursor = get_state(engine, "cursor")
    if due is None or due > now or cursor is None:
        return False
    if get_state(engine, REMEMBERED) is not None:
        return True
    try:
        return client.changes(cursor, limit=1).reset
    except PortalError:
        return False


def remember(conn: Connection) -> None:
    """Keep the machines cached now and what each unsent item is about; an earlier reset not yet settled (the pull
    stopped between its pages) keeps what it remembered, which is what the user had before."""
    kept = _remembered(conn) or {"products": [], "items": {}, "names": {}}
    kept["products"] = sorted(set(kept["products"]) | set(conn.execute(select(products.c.id)).scalars()))
    for item in _unsent(conn):
        if (product_id := item_product(conn, item)) is not None:
            kept["items"].setdefault(str(item.seq), product_id)
    named = set(kept["items"].values()) - set(kept["names"])
    for row in conn.execute(select(products.c.id, products.c.serial, products.c.model)
                            .where(products.c.id.in_(named))):
        kept["names"][row.id] = [row.serial, row.model]
    set_state(conn, REMEMBERED, json.dumps(kept))


def settle(conn: Connection) -> tuple[int, Changed]:
    """After the feed's last page: refuse the unsent items of machines that did not come back. Returns how many
    machines were lost, and what changed."""
    kept = _remembered(conn)
    if kept is None:
        return 0, {}
    set_state(conn, REMEMBERED, None)
    lost = set(kept["products"]) - set(conn.execute(select(products.c.id)).scalars())
    if not lost:
        return 0, {}
    changed: Changed = {"product": None}
    refused = []
    for item in _unsent(conn):
        product_id = kept["items"].get(str(item.seq))
        if product_id in lost:
            merge_changed(changed, _refuse(conn, item, *kept["names"].get(product_id, ["", ""])))
            refused.append(item.seq)
    add_notice(conn, "access_lost", "outbox", str(refused[0]) if refused else "", "",
               json.dumps({"machines": len(lost), "changes": len(refused)}))
    return len(lost), merge_changed(changed, {"notice": None})


def item_product(conn: Connection, item: OutboxItem) -> str | None:
    """The machine an unsent item is about: its group's (a reading), its body's (a new case or order), or what its
    feature says (a reply: its case's machine); None when it is about no machine (an account question)."""
    found = item.product_id or item.body.get("product_id")
    if isinstance(found, str) and found:
        return found
    for feature in FEATURES:
        if feature.item_product is not None and (found := feature.item_product(conn, item)):
            return found
    return None


def access_lost_problem(serial: str, model: str) -> LocalProblem:
    return LocalProblem(problems.LOCAL_ACCESS_LOST, "No access to the machine any more",
                        f"You no longer have access to the machine {serial} ({model}), so this change cannot be "
                        "sent. Discard it, or ask your administrator to assign the machine to you again.",
                        {"serial": serial, "model": model})


def _refuse(conn: Connection, item: OutboxItem, serial: str, model: str) -> Changed:
    problem = access_lost_problem(serial, model).problem()
    queue.mark_rejected(conn, item, problem)
    refused = replace(item, state="rejected", problem=problem)
    return merge_changed(request_kind(item.kind).rows.rejected(conn, item.entity_id, refused),
                         {"outbox": {str(item.seq)}})


def _unsent(conn: Connection) -> list[OutboxItem]:
    return queue.items_in(conn, ("queued", "rejected"))


def _remembered(conn: Connection) -> dict | None:
    text = read_state(conn, REMEMBERED)
    return json.loads(text) if text else None
