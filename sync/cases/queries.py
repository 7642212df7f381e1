"""Read-side of the cases list: filtered, searched, sorted and keyset-paged in SQL (like `sync.products.queries.product_page`),
plus the per-filter counts the navigation and the filter buttons show — so 50,000 cases stay as quick as 50.

A case still in the outbox (sync_status "pending", no number yet) counts as open whatever state it was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from sqlalchemy import Engine, and_, case, func, literal, or_, select, tuple_
from sqlalchemy.sql import ColumnElement

from domain.cases import OPEN_STATES
from sync.cache.schema import cases, products
from sync.cache.stamps import from_iso, to_iso
from sync.cache.word_search import sort_key, word_conditions

CaseFilter = Literal["open", "awaiting", "resolved", "all"]
CaseSort = Literal["last_activity", "created", "number", "subject", "state", "product"]
CASE_FILTERS: tuple[str, ...] = get_args(CaseFilter)
CASE_SORTS: tuple[str, ...] = get_args(CaseSort)

AWAITING_STATE = "awaiting_customer"
CLOSED_STATES = ("resolved", "closed", "cancelled")
STATE_ORDER: tuple[str, ...] = ("new", "in_progress", "awaiting_customer", "resolved", "closed", "cancelled")
"""The order of a sort by state: a case's life from start to end (not the alphabet)."""
_PENDING_NUMBER = "~"  # sorts after every "CS…" number: a case not sent yet is the newest


@dataclass(frozen=True)
class CaseQuery:
    """What the cases list shows; applied in SQL."""
    filter: CaseFilter = "open"
    text: str = ""
    sort: CaseSort = "last_activity"
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str | None          # None while the case waits in the outbox
    type: str                   # support | account_question
    product_id: str | None
    serial: str | None          # of its product; None for an account question (or a product no longer cached)
    model: str | None
    category: str
    subject: str
    state: str
    created_at: datetime
    last_activity_at: datetime
    expected_response_at: datetime | None
    unread: bool
    sync_status: str            # synced | pending | rejected


@dataclass(frozen=True)
class CaseCounts:
    open: int
    awaiting: int
    resolved: int
    all: int
    unread: int                 # unread cases, whatever their state


_state_rank = case({state: rank for rank, state in enumerate(STATE_ORDER)}, value=cases.c.state,
                   else_=len(STATE_ORDER))
_SORT_COLUMNS: dict[str, ColumnElement] = {
    "last_activity": cases.c.last_activity_at,
    "created": cases.c.created_at,
    "number": func.coalesce(cases.c.number, _PENDING_NUMBER),
    "subject": cases.c.subject.collate("NOCASE"),
    "state": _state_rank,
    "product": func.coalesce(products.c.serial, ""),
}
_base = select(cases.c.id, cases.c.number, cases.c.type, cases.c.product_id, products.c.serial, products.c.model,
               cases.c.category, cases.c.subject, cases.c.state, cases.c.created_at, cases.c.last_activity_at,
               cases.c.expected_response_at, cases.c.unread, cases.c.sync_status).select_from(
    cases.outerjoin(products, products.c.id == cases.c.product_id))


def case_page(engine: Engine, query: CaseQuery, *, after: CaseRow | None = None, limit: int = 200) -> list[CaseRow]:
    """The next `limit` cases in `query`'s order after `after` (None for the first page). Ties on the sort value are
    broken by id, so paging never skips or repeats a case."""
    sort_col = _SORT_COLUMNS[query.sort]
    keys = select(cases.c.id.label("page_id"), sort_col.label("sort_key")).select_from(_joined(query.sort)).where(
        *_conditions(query))
    if after is not None:
        keys = keys.where(_after(query, after))
    page = keys.order_by(*_order(query)).limit(limit).subquery("page")
    # The sort runs over (key, id) pairs only; the wide rows are read for the page's `limit` cases afterwards.
    stmt = select(*_base.selected_columns).select_from(
        page.join(cases, cases.c.id == page.c.page_id).outerjoin(products, products.c.id == cases.c.product_id))
    order = (page.c.sort_key.desc(), page.c.page_id.desc()) if query.descending else (page.c.sort_key,
                                                                                        page.c.page_id)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(*order)).mappings().all()
    return [_case_row(row) for row in rows]


def case_count(engine: Engine, query: CaseQuery) -> int:
    stmt = select(func.count()).select_from(cases).where(*_conditions(query))
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def case_counts(engine: Engine) -> CaseCounts:
    """Every filter's count in one pass over the cases table."""
    stmt = select(count_of(_filter_condition("open")), count_of(_filter_condition("awaiting")),
                  count_of(_filter_condition("resolved")), func.count(), count_of(cases.c.unread != 0))
    with engine.connect() as conn:
        open_, awaiting, resolved, all_, unread = conn.execute(stmt.select_from(cases)).one()
    return CaseCounts(open=open_, awaiting=awaiting, resolved=resolved, all=all_, unread=unread)


@dataclass(frozen=True)
class ProductCases:
    open: int
    all: int


def product_cases(engine: Engine, product_id: str) -> ProductCases:
    """How many cases one machine has, and how many of them are open (its detail pane shows it)."""
    stmt = select(count_of(_filter_condition("open")), func.count()).where(cases.c.product_id == product_id)
    with engine.connect() as conn:
        open_, all_ = conn.execute(stmt).one()
    return ProductCases(open=open_, all=all_)


def case_row(engine: Engine, case_id: str) -> CaseRow | None:
    """One case as the list shows it (for an in-place refresh), None when it is gone."""
    with engine.connect() as conn:
        row = conn.execute(_base.where(cases.c.id == case_id)).mappings().first()
    return _case_row(row) if row else None


def case_position(engine: Engine, query: CaseQuery, case_id: str) -> int | None:
    """How many cases come before `case_id` in `query`'s order, None when the case is not in `query` at all —
    so the list knows how far to page to show it."""
    row = case_row(engine, case_id)
    if row is None:
        return None
    conditions = _conditions(query)
    inside = select(func.count()).select_from(cases).where(cases.c.id == case_id, *conditions)
    before = select(func.count()).select_from(_joined(query.sort)).where(
        *conditions, ~_after(query, row), cases.c.id != case_id)
    with engine.connect() as conn:
        if not conn.execute(inside).scalar_one():
            return None
        return conn.execute(before).scalar_one()


def count_of(condition: ColumnElement) -> ColumnElement:
    """How many rows meet `condition`, counted in the same pass as other counts (0, never NULL, on no rows)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)



def _conditions(query: CaseQuery) -> list[ColumnElement]:
    if query.filter not in CASE_FILTERS:
        raise ValueError(f"unknown case filter {query.filter!r}")
    if query.sort not in CASE_SORTS:
        raise ValueError(f"unknown case sort {query.sort!r}")
    found = [_filter_condition(query.filter)] if query.filter != "all" else []
    return found + word_conditions(cases.c.search_text, query.text)


def _joined(sort: str):
    """`cases`, joined with `products` only when the sort needs the product's serial."""
    if sort == "product":
        return cases.outerjoin(products, products.c.id == cases.c.product_id)
    return cases


def _filter_condition(flt: str) -> ColumnElement:
    if flt == "open":
        return or_(cases.c.state.in_(sorted(OPEN_STATES)), cases.c.sync_status == "pending")
    if flt == "awaiting":
        return and_(cases.c.state == AWAITING_STATE, cases.c.sync_status != "pending")
    if flt == "resolved":
        # Most cases of an old account are closed: walking the sort's own index and skipping the few open ones is
        # quicker than collecting three state ranges of ix_cases_state_activity and sorting them, so `state || ''`
        # keeps the planner off that index.
        return and_(cases.c.state.concat("").in_(CLOSED_STATES), cases.c.sync_status != "pending")
    raise ValueError(f"unknown case filter {flt!r}")


def _sort_key(query: CaseQuery) -> tuple[ColumnElement, ColumnElement]:
    return sort_key(_SORT_COLUMNS[query.sort], cases.c.id, query.text)


def _order(query: CaseQuery) -> tuple[ColumnElement, ColumnElement]:
    sort_col, id_col = _sort_key(query)
    return (sort_col.desc(), id_col.desc()) if query.descending else (sort_col, id_col)


def _after(query: CaseQuery, row: CaseRow) -> ColumnElement:
    """Strictly after `row` in `query`'s order."""
    key = tuple_(*_sort_key(query))
    bound = tuple_(literal(_sort_value(row, query.sort)), literal(row.id))
    return key < bound if query.descending else key > bound


def _sort_value(row: CaseRow, sort: str) -> str | int:
    if sort == "last_activity":
        return to_iso(row.last_activity_at)
    if sort == "created":
        return to_iso(row.created_at)
    if sort == "number":
        return row.number if row.number is not None else _PENDING_NUMBER
    if sort == "subject":
        return row.subject
    if sort == "state":
        return STATE_ORDER.index(row.state) if row.state in STATE_ORDER else len(STATE_ORDER)
    return row.serial or ""


def _case_row(row) -> CaseRow:
    return CaseRow(
        id=row["id"], number=row["number"], type=row["type"], product_id=row["product_id"], serial=row["serial"],
        model=row["model"], category=row["category"], subject=row["subject"], state=row["state"],
        created_at=from_iso(row["created_at"]), last_activity_at=from_iso(row["last_activity_at"]),
        expected_response_at=from_iso(row["expected_response_at"]), unread=bool(row["unread"]),
        sync_status=row["sync_status"])
