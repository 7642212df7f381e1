"""What the case detail view and the new-case dialog share: the expected answer time
(from the cache or, for a case still in the outbox, computed offline with the business calendar). The labels and
message lines every view shares are in `desktop.views.widgets`."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from desktop.formatting import format_moment_with_day
from domain import business_hours
from domain.cases import ACCOUNT_QUESTION_RESPONSE_HOURS

translate = QCoreApplication.translate  # the bare name lupdate recognises


def expected_answer_at(*, created_at: datetime, cached: datetime | None, case_type: str,
                       response_time_hours: int | None, now: datetime | None = None) -> datetime | None:
    """The portal's expected answer time when we have it; else (a case not sent yet) the same rule computed offline:
    the product's contract response time, or 16 business hours for an account question, counted from `created_at`
    (or `now`, for a draft). None for a support case whose product is no longer cached."""
    if cached is not None:
        return cached
    hours = ACCOUNT_QUESTION_RESPONSE_HOURS if case_type == "account_question" else response_time_hours
    if hours is None:
        return None
    return business_hours.expected_response_at(now or created_at or datetime.now(timezone.utc), hours)


def expected_answer_text(moment: datetime | None, *, overdue: bool = False) -> str:
    if moment is None:
        return ""
    if overdue:
        return translate("CaseWidgets", "Overdue: the answer was expected by {moment}").format(
            moment=format_moment_with_day(moment))
    return translate("CaseWidgets", "Expected answer by {moment}").format(moment=format_moment_with_day(moment))
