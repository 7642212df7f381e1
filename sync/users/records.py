"""Plain frozen records of the users an administrator manages and of the products the assignment picker lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SyncState = Literal["synced", "pending", "rejected"]


@dataclass(frozen=True)
class ManagedUser:
    id: str
    email: str
    name: str
    role: str
    active: bool
    invitation_pending: bool
    version: int
    assigned_count: int
    sync_state: SyncState
    """Whether a change of this user still waits for the portal ("pending") or was refused ("rejected")."""


@dataclass(frozen=True)
class PickerFilter:
    """What the assignment picker's filter row holds: words (serial, model, site, location), a site, a model."""
    text: str = ""
    site_id: str = ""
    model: str = ""


@dataclass(frozen=True)
class PickerProduct:
    id: str
    serial: str
    model: str
    site_name: str
    location: str
