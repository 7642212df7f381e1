"""The delta feed: an append-only change log, read page by page from an opaque cursor.

Every data change appends `(seq, account, entity, id, product, op)` in the same transaction as the change itself, so a
committed change is always in the log and the log never names an uncommitted one. A page lists the visible changes
after the cursor, each with the entity as its GET returns it *now* (so repeats within a page collapse to one).

Ordering assumption: `seq` is handed out in commit order. That holds because writers are serialised (`Store.write`:
one in-process lock plus SQLite's single writer under `BEGIN IMMEDIATE`), so a transaction that commits later always
draws a higher seq and a reader can never see seq 7 while seq 6 is still uncommitted. On a database with concurrent
writers (e.g. PostgreSQL sequences) this would not hold, and the log would need a commit-ordered counter.

Cursor: `v1.<scope>.<epoch>.<seq>`. `scope` ties it to this database, this user and their role (so a role change,
however it is made, starts their feed over); `epoch` is the user's visibility epoch (bumped whenever what they may
see changes, e.g. products assigned or unassigned), `seq` the last change delivered. A cursor from another scope or epoch, beyond the log's end, or not parseable at all, gets `reset: true` and
the feed from the start: the client drops its cache and takes the pages as everything.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Iterable, Literal

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from domain.wire import Change, ChangePage
from portal import case_entities, catalogue, entities, order_entities
from portal.auth import Principal
from portal.db import assignments, change_log, feed_meta, sites, users

CURSOR_VERSION = "v1"
DEFAULT_LIMIT, MAX_LIMIT = 500, 1000

Op = Literal["upsert", "delete"]


@dataclass(frozen=True)
class ChangeRecord:
    account_id: str
    entity: str
    entity_id: str
    product_id: str | None = None
    op: Op = "upsert"


@dataclass(frozen=True)
class Cursor:
    scope: str
    epoch: int
    seq: int


def record(conn: Connection, changes: Iterable[ChangeRecord]) -> None:
    """Append changes to the log. Call inside the transaction that makes them."""
    rows = [{"account_id": c.account_id, "entity": c.entity, "entity_id": c.entity_id, "product_id": c.product_id,
             "op": c.op} for c in changes]
    if rows:
        conn.execute(insert(change_log), rows)


def bump_visibility(conn: Connection, user_ids: Iterable[str]) -> None:
    """Mark that what these users may see changed: their next feed page starts over with a reset."""
    ids = list(user_ids)
    if ids:
        conn.execute(update(users).where(users.c.id.in_(ids)).values(visibility_epoch=users.c.visibility_epoch + 1))


def ensure_feed_id(conn: Connection) -> str:
    """This database's feed identity (made once, at start-up): a cursor made by another database (a recreated demo,
    say) is never trusted."""
    found = conn.execute(select(feed_meta.c.value).where(feed_meta.c.key == "feed_id")).scalar()
    if found is None:
        found = uuid.uuid4().hex
        conn.execute(insert(feed_meta).values(key="feed_id", value=found))
    return found


def read_page(conn: Connection, principal: Principal, cursor: str | None, limit: int = DEFAULT_LIMIT) -> ChangePage:
    """One page of the caller's feed. Run it in one read transaction: the page is then one consistent snapshot."""
    scope = _scope(conn, principal)
    epoch = conn.execute(select(users.c.visibility_epoch).where(users.c.id == principal.user_id)).scalar_one()
    last_seq = conn.execute(select(func.coalesce(func.max(change_log.c.seq), 0))).scalar_one()
    after, reset = 0, False
    if cursor is not None:
        parsed = parse_cursor(cursor)
        if parsed is None or parsed.scope != scope or parsed.epoch != epoch or parsed.seq > last_seq:
            reset = True
        else:
            after = parsed.seq
    rows = conn.execute(select(change_log).where(change_log.c.seq > after, _visible(principal))
                        .order_by(change_log.c.seq).limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    # With nothing more to see, jump to the log's end: the invisible changes in between need no second look.
    next_seq = rows[-1].seq if has_more else max(after, last_seq)
    return ChangePage(cursor=format_cursor(Cursor(scope, epoch, next_seq)), has_more=has_more, reset=reset,
                      changes=_materialise(conn, principal, rows))


def format_cursor(cursor: Cursor) -> str:
    return f"{CURSOR_VERSION}.{cursor.scope}.{cursor.epoch}.{cursor.seq}"


def parse_cursor(text: str) -> Cursor | None:
    parts = text.split(".")
    if len(parts) != 4 or parts[0] != CURSOR_VERSION:
        return None
    _, scope, epoch, seq = parts
    if not (epoch.isascii() and epoch.isdigit() and seq.isascii() and seq.isdigit()) or len(seq) > 18:
        return None
    return Cursor(scope, int(epoch), int(seq))


def _scope(conn: Connection, principal: Principal) -> str:
    """What the cursor must have been made for: this database, this user, and the role that decided what they saw."""
    feed_id = conn.execute(select(feed_meta.c.value).where(feed_meta.c.key == "feed_id")).scalar_one()
    return hashlib.sha256(f"{feed_id}:{principal.user_id}:{principal.role}".encode()).hexdigest()[:16]


def _visible(principal: Principal):
    shared = change_log.c.entity.in_(("account", "site"))
    own_me = and_(change_log.c.entity == "me", change_log.c.entity_id == principal.user_id)
    if principal.is_admin:  # everything of the account but other users' own preferences
        return and_(change_log.c.account_id == principal.account_id, or_(change_log.c.entity != "me", own_me))
    assigned = select(assignments.c.product_id).where(assignments.c.user_id == principal.user_id)
    return and_(change_log.c.account_id == principal.account_id, or_(
        shared,
        own_me,
        and_(change_log.c.entity == "user", change_log.c.entity_id == principal.user_id),
        and_(change_log.c.entity.in_(("product", "meter_reading")), change_log.c.product_id.in_(assigned)),
        and_(change_log.c.entity.in_(case_entities.CASE_ENTITIES), or_(
            change_log.c.product_id.in_(assigned),
            change_log.c.entity_id.in_(case_entities.own_account_question_entity_ids(principal)))),
        order_entities.feed_visibility(assigned),
        and_(change_log.c.entity == "article", change_log.c.entity_id.in_(catalogue.visible_article_ids(principal))),
    ))


def _materialise(conn: Connection, principal: Principal, rows) -> list[Change]:
    latest: dict[tuple[str, str], object] = {}
    for row in rows:  # a later change of the same entity replaces the earlier one and takes its place in the order
        latest.pop((row.entity, row.entity_id), None)
        latest[(row.entity, row.entity_id)] = row
    wanted: dict[str, list[str]] = {}
    for (entity, entity_id), row in latest.items():
        if row.op == "upsert":
            wanted.setdefault(entity, []).append(entity_id)
    found = _load(conn, principal, wanted)
    changes = []
    for (entity, entity_id), row in latest.items():
        data = found.get(entity, {}).get(entity_id) if row.op == "upsert" else None
        # An upsert whose entity is gone (or no longer visible) by now is, for this reader, a delete.
        changes.append(Change(entity=entity, op="upsert" if data is not None else "delete", id=entity_id, data=data))
    return changes


def _load(conn: Connection, principal: Principal, wanted: dict[str, list[str]]) -> dict[str, dict[str, dict]]:
    found: dict[str, dict[str, dict]] = {}
    if ids := wanted.get("product"):
        found["product"] = _dump(entities.products_by_id(conn, principal, ids).values())
    if ids := wanted.get("meter_reading"):
        found["meter_reading"] = _dump(entities.readings_by_id(conn, principal, ids).values())
    if ids := wanted.get("site"):
        found["site"] = _dump(entities.sites_where(conn, principal, sites.c.id.in_(ids)))
    if ids := wanted.get("user"):
        found["user"] = _dump(entities.users_where(conn, principal, users.c.id.in_(ids)))
    if wanted.get("account"):
        account = entities.account_of(conn, principal)
        found["account"] = {account.id: account.model_dump(mode="json")}
    if principal.user_id in wanted.get("me", ()):
        found["me"] = {principal.user_id: entities.me_of(conn, principal).model_dump(mode="json")}
    found.update(case_entities.load_for_feed(conn, principal, wanted))
    if ids := wanted.get("article"):
        found["article"] = catalogue.load_for_feed(conn, principal, ids)
    if ids := wanted.get("order"):
        found["order"] = order_entities.load_for_feed(conn, principal, ids)
    return found


def _dump(models) -> dict[str, dict]:
    return {m.id: m.model_dump(mode="json") for m in models}
