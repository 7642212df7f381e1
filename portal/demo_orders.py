"""The demo's supplies desk: a background thread that moves each order on after it waited `delay` seconds in its
state (submitted → confirmed → shipped → delivered), so a shipment can be watched in the app without anyone on the
other side.

It goes through `portal.orders.move`, as the agent route does, so every step bumps the order, writes its feed entry
and stamps its time. Each step is decided again inside the write transaction that takes it, from the order's state
and stamp, so a step is never taken twice.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone

from sqlalchemy import Connection, and_, or_, select

from portal import orders
from portal.background import DemoDesk
from portal.db import orders as order_table

log = logging.getLogger(__name__)

CARRIER = "Bring"
BATCH = 50  # per round, so a big database cannot keep the loop from noticing `stop()`
# state → (the stamp that says since when it is in that state, the step the desk takes)
_STEPS = {"submitted": ("created_at", "confirm"), "confirmed": ("confirmed_at", "ship"),
          "shipped": ("shipped_at", "deliver")}
_IDS = uuid.UUID("1b6f3f9e-8c0d-4a55-9a7e-0f2d6c1e4b21")


class DemoSuppliesDesk(DemoDesk):
    name = "portal-demo-supplies-desk"

    def run_once(self) -> int:
        """Take every step that is due now; returns how many orders it moved."""
        now = self.clock()
        cutoff = _iso(now - self.delay)
        with self.store.read() as conn:
            due = _due(conn, cutoff)
        moved = 0
        for order_id in due:
            try:
                with self.store.write() as conn:
                    moved += _step_if_due(conn, order_id, cutoff, now)
            except Exception:
                log.exception("The demo supplies desk could not move order %s; it will try again", order_id)
        return moved


def tracking_ref(order_id: str) -> str:
    """A carrier-like reference (17 digits), the same for the same order every time."""
    return "7072" + str(uuid.uuid5(_IDS, order_id).int)[-13:].rjust(13, "0")


def _due(conn: Connection, cutoff: str) -> list[str]:
    waiting = or_(*(and_(order_table.c.state == state, order_table.c[stamp] <= cutoff)
                    for state, (stamp, _) in _STEPS.items()))
    return list(conn.execute(select(order_table.c.id).where(waiting)
                             .order_by(order_table.c.created_at).limit(BATCH)).scalars())


def _step_if_due(conn: Connection, order_id: str, cutoff: str, now: datetime) -> int:
    row = conn.execute(select(order_table).where(order_table.c.id == order_id)).one()
    if row.state not in _STEPS or getattr(row, _STEPS[row.state][0]) > cutoff:
        return 0
    action = _STEPS[row.state][1]
    orders.move(conn, order_id, action, now=now, carrier=CARRIER if action == "ship" else None,
                tracking_ref=tracking_ref(order_id) if action == "ship" else None)
    log.info("Demo supplies desk: order %s %s", order_id, action)
    return 1


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")
