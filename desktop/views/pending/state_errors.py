"""The user's words for a change that moved on while they acted on it (`sync.outbox.queue.OutboxStateError`): sync
says the state the item is in now (None: no longer in the queue); this says what that means for the user."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.outbox.queue import OutboxStateError

CONTEXT = "OutboxState"

TEXTS: dict[str | None, str] = {
    None: QT_TRANSLATE_NOOP("OutboxState", "This change is no longer waiting here: it was sent or discarded "
                                           "meanwhile."),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "This change is being sent right now, so it can no longer be "
                                                "changed."),
    "sent": QT_TRANSLATE_NOOP("OutboxState", "This change was sent meanwhile, so it can no longer be changed."),
    "queued": QT_TRANSLATE_NOOP("OutboxState", "This change was already corrected; it waits to be sent."),
    "rejected": QT_TRANSLATE_NOOP("OutboxState", "The portal refused this change meanwhile; put it right or "
                                                 "discard it in Pending changes."),
}
_OTHER = QT_TRANSLATE_NOOP("OutboxState", "This change was changed meanwhile; look at it again.")


def outbox_state_text(error: OutboxStateError) -> str:
    """Why the change could not be changed, from the state it is in now."""
    return QCoreApplication.translate(CONTEXT, TEXTS.get(error.state, _OTHER))
