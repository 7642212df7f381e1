"""Pending changes' navigation badge: how many changes wait, with a warning when the portal refused some."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.shell.page import Badge
from sync.cache.db import CacheHandle
from sync.outbox import queue as outbox

translate = QCoreApplication.translate  # the bare name lupdate recognises


def pending_badge(engine: CacheHandle) -> Badge:
    counts = outbox.outbox_counts(engine)
    waiting = counts.pending + counts.rejected
    tooltip = translate("MainWindow", "%n rejected by the portal", "", counts.rejected) if counts.rejected else ""
    return Badge(detail=str(waiting) if waiting else "", tooltip=tooltip,
                 icon="warning" if counts.rejected else "pending")
