"""A queued change of the user's own preferences, and an administrator's edit of the account, as Pending changes
shows them. A refused edit of the account is put right on the Account page (which shows why it was refused and
offers to send it again on the portal's newest version), or discarded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.lookup import Lookup
from desktop.views.account.account_labels import FIELD_LABELS, field_label
from desktop.views.pending.kinds import PendingKind
from sync.account.account_edits import ACCOUNT_PATCH_KIND
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


def describe_account_edit(_lookup: Lookup, item: "OutboxItem") -> str:
    """What an `account.patch` changes, by the fields' names: "Account: Invoice e-mail, Phone"."""
    fields = ", ".join(field_label(field) for field in FIELD_LABELS if field in item.body)
    return translate("PendingKinds", "Account: {fields}").format(fields=fields)


def _open_account_page(page, _item: "OutboxItem") -> None:
    page.nav.show_page("account")


def _open_label() -> str:
    return translate("PendingKinds", "Open the Account page…")


KINDS = (PendingKind(ME_PATCH_KIND, describe_preferences),
         PendingKind(ACCOUNT_PATCH_KIND, describe_account_edit, edit=_open_account_page, edit_label=_open_label))
