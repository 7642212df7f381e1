"""What the orders queries return: frozen rows, no SQL, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ArticleRecord:
    """A supply that fits a machine, with when it was last ordered for that machine (None: never, as far as this
    cache knows; a cancelled order does not count)."""
    id: str
    name_nb: str
    name_en: str
    kind: str
    colour: str | None
    page_yield: int | None
    last_ordered: date | None = None

    def name(self, language: str) -> str:
        return self.name_nb if language == "nb" else self.name_en


@dataclass(frozen=True)
class OrderLineRecord:
    article_id: str
    quantity: int
    name_nb: str = ""            # "" when the article is not in the cached catalogue (any more)
    name_en: str = ""
    colour: str | None = None

    def name(self, language: str) -> str:
        return (self.name_nb if language == "nb" else self.name_en) or self.article_id


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str | None           # None while the order waits in the outbox
    product_id: str
    serial: str | None           # of its machine (None when the machine is no longer cached)
    model: str | None
    state: str
    created_at: datetime
    created_by: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    cancelled_at: datetime | None
    carrier: str | None
    tracking_ref: str | None
    note: str
    delivery: dict
    sync_status: str             # synced | pending (not sent yet) | rejected
    lines: tuple[OrderLineRecord, ...] = ()

    @property
    def not_sent(self) -> bool:
        return self.sync_status == "pending"


@dataclass(frozen=True)
class OrderCounts:
    open: int
    shipped: int
    all: int


@dataclass(frozen=True)
class OrderTarget:
    """What an order form needs to know of a machine: its identity, the contract's limit and whether it is active."""
    product_id: str
    serial: str
    model: str
    site_name: str
    line_limit: int
    active: bool
