"""The app's writes on support cases. Each is ONE write transaction: the optimistic cache rows and their outbox items
together, so a case, reply or action is either on screen *and* queued for the portal, or neither.

Items of one case share the group key `case:<id>`, so a case's creation, its attachments, replies and actions reach
the portal in the order the user made them, and a rejected one holds the rest until the user acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from sqlalchemy import Engine

from sync.apply import Changed

ALLOWED_ATTACHMENT_SUFFIXES: tuple[str, ...] = (".pdf", ".png", ".jpg", ".jpeg", ".txt", ".log", ".csv")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class CaseDraft:
    type: str                 # "support" | "account_question"
    product_id: str | None    # required for support, None for account_question
    category: str             # domain.cases.CATEGORIES
    subject: str
    description: str
    contact_name: str = ""
    contact_email: str = ""
    email_updates: bool = True


class CaseInputError(ValueError):
    """The draft breaks a rule; `errors` maps each bad field to a clear English message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


def check_case_draft(engine: Engine, draft: CaseDraft) -> dict[str, str]:
    """Every problem with a draft, per field ({} when it can be queued). Offline: the product must be in the cache."""
    raise NotImplementedError


def check_attachment(path: Path) -> str | None:
    """None when the file can be attached, else why not (too large, type not allowed, unreadable, empty)."""
    raise NotImplementedError


def queue_case(engine: Engine, draft: CaseDraft, attachments: Sequence[Path] = (), *, data_dir: Path,
               case_id: str | None = None) -> Changed:
    """Queue a new case and its attachments (copied into the data folder). The new id is the one in changed["cases"].
    Raises CaseInputError."""
    raise NotImplementedError


def queue_reply(engine: Engine, case_id: str, body: str, attachments: Sequence[Path] = (), *,
                data_dir: Path) -> Changed:
    """Queue a reply in the case's thread (and its attachments). Raises CaseInputError."""
    raise NotImplementedError


def queue_case_action(engine: Engine, case_id: str, action: str) -> Changed:
    """Queue "cancel" or "reopen". Raises domain.cases.CaseRuleError when the cached case does not allow it."""
    raise NotImplementedError


def queue_email_updates(engine: Engine, case_id: str, on: bool) -> Changed:
    """Queue the per-case e-mail choice (PATCH with If-Match on the cached version)."""
    raise NotImplementedError


def mark_case_read(engine: Engine, case_id: str) -> Changed:
    """The user looked at the case: unread = 0 (local only, nothing is sent)."""
    raise NotImplementedError
