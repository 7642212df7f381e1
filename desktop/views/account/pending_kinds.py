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


def describe_preferences(_lookup: Lookup, item: "OutboxItem") -> str:
    """What a `me.patch` changes: the e-mail updates default, the service desk's language, or both."""
    parts = []
    if "email_updates_default" in item.body:
        parts.append(translate("PendingKinds", "New cases: e-mail updates on") if item.body["email_updates_default"]
                     else translate("PendingKinds", "New cases: e-mail updates off"))
    if "language" in item.body:
        name = _language_name(str(item.body["language"]))
        parts.append(translate("PendingKinds", "The service desk writes to you in {language}").format(language=name))
    return "; ".join(parts)


def _language_name(code: str) -> str:
    if code == "nb":
        return translate("PendingKinds", "Norwegian bokmål")
    if code == "en":
        return translate("PendingKinds", "English")
    return code


KINDS = (PendingKind(ME_PATCH_KIND, describe_preferences),)
