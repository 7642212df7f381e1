"""The reads of the Users page and its assignment picker: the users with their state, and the products on either
side of the picker, filtered and paged in SQL (keyset on serial and id), so 10,000 machines filter as fast as 40."""

from __future__ import annotations

from sqlalchemy import Engine, and_, exists, func, select, tuple_

from sync.cache.schema import me, outbox, products, sites, user_products, users
from sync.cache.word_search import sort_key, word_conditions
from sync.users.records import ManagedUser, PickerFilter, PickerProduct

PAGE = 200


def managed_users(engine: Engine) -> list[ManagedUser]:
    """Every cached user but the vendor's, by name (an account has tens, not thousands: one read)."""
    counts = (select(user_products.c.user_id, func.count().label("n")).group_by(user_products.c.user_id)
              .subquery())
    unsent = (select(outbox.c.entity_id, func.max(outbox.c.state == "rejected").label("refused"))
              .where(outbox.c.entity == "user", outbox.c.state.in_(("queued", "sending", "rejected")))
              .group_by(outbox.c.entity_id).subquery())
    stmt = (select(users, func.coalesce(counts.c.n, 0).label("n"), unsent.c.refused)
            .outerjoin(counts, counts.c.user_id == users.c.id).outerjoin(unsent, unsent.c.entity_id == users.c.id)
            .where(users.c.role != "agent").order_by(func.lower(users.c.name), users.c.id))
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [ManagedUser(id=r.id, email=r.email, name=r.name, role=r.role, active=bool(r.active),
                        invitation_pending=bool(r.invitation_pending), version=r.version, assigned_count=r.n,
                        sync_state="synced" if r.refused is None else ("rejected" if r.refused else "pending"))
            for r in rows]


def is_admin(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(me.c.role).where(me.c.id == 1)).scalar() == "admin"


def picker_page(engine: Engine, user_id: str, *, assigned: bool, flt: PickerFilter = PickerFilter(),
                after: PickerProduct | None = None, limit: int = PAGE) -> list[PickerProduct]:
    """One page of the products assigned to the user (`assigned`) or not, matching `flt`, by serial."""
    owned = exists().where(user_products.c.user_id == user_id, user_products.c.product_id == products.c.id)
    conditions = [owned if assigned else ~owned, *_filter(flt)]
    key = sort_key(products.c.serial, products.c.id, flt.text)
    if after is not None:
        conditions.append(tuple_(*key) > tuple_(after.serial, after.id))
    stmt = (select(products.c.id, products.c.serial, products.c.model, products.c.site_name, products.c.location)
            .where(and_(*conditions)).order_by(*key).limit(limit))
    with engine.connect() as conn:
        return [PickerProduct(*row) for row in conn.execute(stmt)]


def picker_counts(engine: Engine, user_id: str, flt: PickerFilter = PickerFilter()) -> tuple[int, int]:
    """How many machines match `flt` on each side (not assigned, assigned): all that match, and the assigned ones
    found from the user's (few) assignments rather than by a look-up for every machine of the fleet."""
    matching = select(func.count()).select_from(products).where(*_filter(flt))
    assigned = (select(func.count()).select_from(user_products.join(products, products.c.id == user_products.c.product_id))
                .where(user_products.c.user_id == user_id, *_filter(flt)))
    with engine.connect() as conn:
        total, mine = conn.execute(matching).scalar_one(), conn.execute(assigned).scalar_one()
    return total - mine, mine


def matching_ids(engine: Engine, user_id: str, *, assigned: bool, flt: PickerFilter) -> list[str]:
    """Every product id on one side that matches `flt` ("all that match" → across: one query, no paging)."""
    owned = exists().where(user_products.c.user_id == user_id, user_products.c.product_id == products.c.id)
    stmt = select(products.c.id).where(owned if assigned else ~owned, *_filter(flt))
    with engine.connect() as conn:
        return list(conn.execute(stmt).scalars())


def picker_choices(engine: Engine) -> tuple[list[tuple[str, str]], list[str]]:
    """The filter's choices: the sites (id, name) and the models of the cached products."""
    with engine.connect() as conn:
        site_rows = [(r.id, r.name) for r in conn.execute(select(sites.c.id, sites.c.name).order_by(sites.c.name))]
        models = list(conn.execute(select(products.c.model).distinct().order_by(products.c.model)).scalars())
    return site_rows, models


def _filter(flt: PickerFilter) -> list:
    found = word_conditions(products.c.search_text, flt.text)
    if flt.site_id:
        found.append(products.c.site_id == flt.site_id)
    if flt.model:
        found.append(products.c.model == flt.model)
    return found
