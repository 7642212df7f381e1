"""Plain frozen records of the account: the signed-in user and the account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
