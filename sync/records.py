"""Plain frozen records the cache hands to callers (the Qt models, the CLI). No SQLAlchemy rows leak out of `sync`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Mapping

OutboxState = Literal["queued", "sending", "sent", "rejected"]
ReadingStatus = Literal["pending", "accepted", "rejected", "estimated"]
ProductSort = Literal["serial", "model", "site", "location", "last_reading"]


@dataclass(frozen=True)
class CounterDef:
    key: str
    label: str


@dataclass(frozen=True)
class ProductRow:
    id: str
    serial: str
    model: str
    family: str
    site_id: str
    site_name: str
    location: str
    contact_name: str
    contact_email: str
    counters: tuple[CounterDef, ...]
    contract_number: str
    response_time_hours: int
    billing_cycle: Literal["monthly", "quarterly"]
    reading_window_days: int
    normal_monthly_volume: int
    version: int
    last_reading_date: date | None = None
    last_values: Mapping[str, int] = field(default_factory=dict)
    last_status: ReadingStatus | None = None
    reading_due: bool = False

    @property
    def counter_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.counters)


@dataclass(frozen=True)
class ProductFilter:
    """What the products list and the meter round show; applied in SQL."""
    text: str = ""
    site_id: str | None = None
    due_only: bool = False
    sort: ProductSort = "serial"
    descending: bool = False


@dataclass(frozen=True)
class ReadingRow:
    id: str
    product_id: str
    reading_date: date
    values: Mapping[str, int]
    status: ReadingStatus
    submitted_at: datetime | None
    submitted_by: str


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    address: str
    postcode: str
    city: str


@dataclass(frozen=True)
class UserRow:
    id: str
    email: str
    name: str
    role: Literal["admin", "customer"]
    account_id: str


@dataclass(frozen=True)
class AccountRow:
    id: str
    name: str
    org_number: str
    time_zone: str


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    idempotency_key: str
    kind: str
    method: str
    path: str
    body: Mapping[str, object]
    entity: str
    entity_id: str
    group_key: str
    summary: str
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    problem: Mapping[str, object] | None
    created_at: datetime
    sent_at: datetime | None

    @property
    def reason(self) -> str:
        """The portal's words for a rejection, or the last transient error; empty when there is neither."""
        if self.problem:
            errors = self.problem.get("errors") or []
            details = "; ".join(str(e.get("message", "")) for e in errors if isinstance(e, dict))
            return details or str(self.problem.get("detail") or self.problem.get("title") or "")
        return self.last_error or ""


@dataclass(frozen=True)
class OutboxCounts:
    queued: int = 0
    sending: int = 0
    sent: int = 0
    rejected: int = 0

    @property
    def pending(self) -> int:
        return self.queued + self.sending


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: datetime | None
    cursor: str | None
    last_error: str | None
