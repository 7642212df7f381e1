"""Take the portal's change feed from our saved cursor. Each page and its cursor go into the cache in ONE
transaction, so a crash or a dropped connection between pages resumes exactly where it stopped.

At the feed's end after a reset, the machines the user lost are settled in the last page's transaction: their unsent
changes are refused (`sync.engine.access`).

Notices (an agent's reply or state change) are written only once the cache has caught up with the feed (read it to
its end once): the first full sync, and a reset with all its pages, bring the whole history, which is not news.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from pydantic import ValidationError
from sqlalchemy import Engine

from sync.api import BadAnswer, PortalClient
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.cache.state import get_state, read_state, set_state
from sync.engine import access
from sync.engine.feed import apply_page

DEFAULT_PAGE_SIZE = 500
CAUGHT_UP = "caught_up"
FEED_KINDS = "feed_kinds"
FEED_KINDS_VERSION = "3"
"""Bumped when this client starts caching kinds of the feed it used to skip (2: cases, their messages and events;
3: a product's data in parts, its cost centre and internal name).
A cache whose cursor was taken by an older version reads the feed again from the start once, or it would never see
the entities it skipped before; upserts are idempotent, and the re-read is quiet (no notices)."""


@dataclass
class PullResult:
    pulled: int = 0
    changed: Changed = field(default_factory=dict)
    machines_lost: int = 0
    """Machines the user no longer has access to, found at the end of a reset (`sync.engine.access`)."""


def pull(engine: Engine, client: PortalClient, *, page_size: int = DEFAULT_PAGE_SIZE,
         progress: Callable[[str, int, int], None], cancelled: Callable[[], bool]) -> PullResult:
    result = PullResult()
    cursor = get_state(engine, "cursor")
    if cursor is not None and get_state(engine, FEED_KINDS) != FEED_KINDS_VERSION:
        cursor = None
        with writer(engine).begin() as conn:
            set_state(conn, CAUGHT_UP, None)
    while not cancelled():
        page = client.changes(cursor, limit=page_size)
        try:
            with writer(engine).begin() as conn:
                caught_up = read_state(conn, CAUGHT_UP) == "1" and not page.reset
                changed = apply_page(conn, page, notify=caught_up)
                if not page.has_more:
                    lost, settled = access.settle(conn)
                    result.machines_lost += lost
                    merge_changed(changed, settled)
                set_state(conn, "cursor", page.cursor)
                set_state(conn, FEED_KINDS, FEED_KINDS_VERSION)
                set_state(conn, CAUGHT_UP, "1" if caught_up or not page.has_more else None)
        except ValidationError as exc:
            raise BadAnswer(f"The portal's change feed holds an item of the wrong shape ({exc.errors()[0]['loc']}: "
                            f"{exc.errors()[0]['msg']}) (from {client.base_url}/v1/changes)") from exc
        result.pulled += len(page.changes)
        merge_changed(result.changed, changed)
        progress("pull", result.pulled, result.pulled + (page_size if page.has_more else 0))
        if not page.has_more or (page.cursor == cursor and not page.changes):
            break
        cursor = page.cursor
    return result
