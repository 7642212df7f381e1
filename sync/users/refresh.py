"""The refresh at the end of each sync: the signed-in user's own role from `/v1/me` (so a role changed by an
administrator shows, or hides, the Users page at once), and for an administrator the whole user list (`/v1/users`),
which also fills a cache made before users carried their assignments."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update

from domain.wire import User
from sync.api.errors import Rejected
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.cache.schema import me
from sync.users.apply import replace_users

if TYPE_CHECKING:
    from sync.api.client import PortalClient

log = logging.getLogger(__name__)


def refresh_users(engine: Engine, client: "PortalClient") -> Changed:
    """A portal that refuses either read (too old to list users, say) leaves the cache as the feed made it."""
    try:
        who = client.me().user
        listed = client.get("/users", list[User]) if who.role == "admin" else []
    except Rejected as exc:
        log.info("The portal refused the users' refresh (%s); the cache keeps what the feed brought", exc)
        return {}
    changed: Changed = {}
    with writer(engine).begin() as conn:
        mine = conn.execute(select(me.c.role, me.c.name, me.c.email).where(me.c.id == 1)).first()
        if mine is not None and (mine.role, mine.name, mine.email) != (who.role, who.name, who.email):
            conn.execute(update(me).where(me.c.id == 1).values(role=who.role, name=who.name, email=who.email))
            changed["me"] = {"1"}
        if who.role == "admin":
            merge_changed(changed, replace_users(conn, listed, who.id))
    return changed
