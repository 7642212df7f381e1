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
    """The account as the Account page shows it: the portal's, with an edit of ours still waiting laid over it."""
    id: str
    name: str
    org_number: str
    time_zone: str
    billing_street: str = ""
    billing_postcode: str = ""
    billing_city: str = ""
    visiting_street: str = ""
    visiting_postcode: str = ""
    visiting_city: str = ""
    phone: str = ""
    main_contact: str = ""
    invoice_email: str = ""
    version: int = 0
