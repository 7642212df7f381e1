"""What a feature declares to Pending changes for each kind of request it queues: how the change reads in the user's
words, and how a rejected one is put right ("Edit and send again…"). Features declare them in
`desktop/views/<feature>/pending_kinds.py`; `desktop.features` lists them once, beside `sync.features`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from desktop.models.lookup import Lookup

if TYPE_CHECKING:
    from desktop.views.pending.pending_page import PendingPage
    from sync.outbox.records import OutboxItem


@dataclass(frozen=True)
class PendingKind:
    name: str
    """The outbox kind (`sync.features`)."""
    describe: Callable[[Lookup, "OutboxItem"], str]
    """The change in the user's words and locale (from the item's kind and body and the cache; never its summary)."""
    edit: Callable[["PendingPage", "OutboxItem"], None] | None = None
    """Put a rejected one right; None: it can only be discarded."""
    edit_label: Callable[[], str] | None = None
    """The edit button's text when it is not "Edit and send again…"."""
