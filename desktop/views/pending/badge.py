"""Pending changes' navigation badge: how many changes wait, with a warning when the portal refused some."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.shell.page import Badge
from sync.cache.db import CacheHandle
from sync.outbox import queue as outbox


class PendingBadge(QObject):
    """The translation context of the badge's plural (see `desktop.i18n` on why not `translate`)."""


def pending_badge(engine: CacheHandle) -> Badge:
    counts = outbox.outbox_counts(engine)
    waiting = counts.pending + counts.rejected
    tooltip = PendingBadge.tr("%n rejected by the portal", "", counts.rejected) if counts.rejected else ""
    return Badge(detail=str(waiting) if waiting else "", tooltip=tooltip,
                 icon="warning" if counts.rejected else "pending", count=waiting)
