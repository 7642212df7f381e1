"""A queued change of the user's own preferences as Pending changes shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.lookup import Lookup
from desktop.views.pending.kinds import PendingKind
from sync.account.preferences import ME_PATCH_KIND

if TYPE_CHECKING:
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def describe_email_default(_lookup: Lookup, item: "OutboxItem") -> str:
    if item.body.get("email_updates_default"):
        return translate("PendingKinds", "New cases: e-mail updates on")
    return translate("PendingKinds", "New cases: e-mail updates off")


KINDS = (PendingKind(ME_PATCH_KIND, describe_email_default),)
