"""Plain frozen records of meter readings, as the cache hands them to the app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Mapping

ReadingStatus = Literal["pending", "accepted", "rejected", "estimated"]
@dataclass(frozen=True)
class ReadingRow:
    id: str
    product_id: str
    reading_date: date
    values: Mapping[str, int]
    status: ReadingStatus
    submitted_at: datetime | None
    submitted_by: str

