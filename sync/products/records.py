"""Plain frozen records of products and their sites, and the filter the products list and the meter round share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Mapping

from sync.readings.records import ReadingStatus

ProductSort = Literal["serial", "model", "site", "location", "last_reading"]


@dataclass(frozen=True)
class CounterDef:
    key: str
    label: str


@dataclass(frozen=True)
class OpenRequestRow:
    """The product's relocation or removal that is not done yet, as the portal shows it on the product."""
    case_id: str
    number: str
    kind: Literal["relocation", "removal"]
    desired_date: date


@dataclass(frozen=True)
class ProductRow:
    id: str
    serial: str
    model: str
    family: str
    site_id: str
    site_name: str
    location: str
    """One line: building, floor and room composed (or the free text of a product registered without them)."""
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
    open_request: OpenRequestRow | None = None
    removed_on: date | None = None
    """The day a removal took the machine away: out of the active fleet (lists leave it out unless asked)."""
    building: str = ""
    floor: str = ""
    room: str = ""
    cost_centre: str = ""
    internal_name: str = ""

    @property
    def counter_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.counters)


@dataclass(frozen=True)
class ProductFilter:
    """What the products list and the meter round show; applied in SQL."""
    text: str = ""
    site_id: str | None = None
    due_only: bool = False
    include_removed: bool = False
    """Removed machines too (they have left the active fleet, so lists and the meter round leave them out)."""
    sort: ProductSort = "serial"
    descending: bool = False


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    address: str
    postcode: str
    city: str
