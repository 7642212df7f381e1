"""Plain frozen records of the outbox: an item as the queue holds it, and the counts per state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Mapping

OutboxState = Literal["queued", "sending", "sent", "rejected"]
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
    wait_code: str | None = None
    """Why a queued item waits after a failed attempt, as a code (`sync.api.errors`: portal.unreachable,
    portal.server_error…) for the app to word; `last_error` is the English sentence for the log and the CLI."""
    wait_params: Mapping[str, object] = field(default_factory=dict)

    @property
    def product_id(self) -> str | None:
        """The machine the item is about when its group is a machine's (a reading), else None."""
        return self._group_id("product")

    @property
    def case_id(self) -> str | None:
        """The case the item belongs to when its group is a case's (the case, a reply, an action...), else None."""
        return self._group_id("case")

    def _group_id(self, prefix: str) -> str | None:
        head, _, rest = self.group_key.partition(":")
        return rest if head == prefix and rest else None

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


class LocalProblem(Exception):
    """An item cannot be sent as it stands (e.g. its attachment's copy is gone): the push rejects it here, like a 4xx,
    with this problem (`status` 0: it never reached the portal). `code` and `params` are what the desktop words;
    `title` and `detail` are English for the log and the command line."""

    def __init__(self, code: str, title: str, detail: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(detail)
        self.code, self.title, self.detail = code, title, detail
        self.params = dict(params or {})

    def problem(self) -> dict[str, object]:
        return {"type": "about:blank", "title": self.title, "status": 0, "detail": self.detail, "code": self.code,
                "params": self.params, "errors": []}
