"""A queued change of the user's own preferences, and an administrator's edit of the account, as Pending changes
shows them. A conflicting edit of the account is answered in the conflict dialog (keep mine, take the portal's, or
per field); another refusal is shown on the Account page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.lookup import Lookup
from desktop.views.account.account_labels import FIELD_LABELS, field_label
from desktop.views.pending.kinds import PendingKind
from sync.account.preferences import ME_PATCH_KIND
from sync.account.queries import ACCOUNT_EDIT_KIND

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
    """What an `account.edit` changes, by the fields' names: "Account: Invoice e-mail, Phone"."""
    fields = ", ".join(field_label(field) for field in FIELD_LABELS if field in item.body)
    return translate("PendingKinds", "Account: {fields}").format(fields=fields)


def _put_right(page, item: "OutboxItem") -> None:
    """A conflict (someone else changed the account meanwhile) opens the conflict dialog; another refusal, the
    Account page, which says why and offers to discard it."""
    from desktop.views.conflicts.conflict_dialog import open_conflict  # noqa: PLC0415 - opened rarely
    from sync.edits.rows import is_conflict  # noqa: PLC0415

    if is_conflict(item.problem):
        page.edit_dialog = open_conflict(page.ctx, item.seq, page)
    else:
        page.nav.show_page("account")


def _put_right_label() -> str:
    return translate("PendingKinds", "&Resolve…")


KINDS = (PendingKind(ME_PATCH_KIND, describe_preferences),
         PendingKind(ACCOUNT_EDIT_KIND, describe_account_edit, edit=_put_right, edit_label=_put_right_label))
