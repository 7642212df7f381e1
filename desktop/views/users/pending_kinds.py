"""An administrator's queued user changes as Pending changes shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.lookup import Lookup
from desktop.models.users import role_label
from desktop.views.pending.kinds import PendingKind
from sync.users.apply import ASSIGN_KIND, CREATE_KIND, UPDATE_KIND

if TYPE_CHECKING:
    from desktop.views.pending.pending_page import PendingPage
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def describe_create(_lookup: Lookup, item: "OutboxItem") -> str:
    return translate("PendingKinds", "New user {name} <{email}>, {role}").format(
        name=item.body.get("name", ""), email=item.body.get("email", ""), role=role_label(str(item.body.get("role"))))


def describe_update(lookup: Lookup, item: "OutboxItem") -> str:
    parts = []
    if "role" in item.body:
        parts.append(translate("PendingKinds", "role {role}").format(role=role_label(str(item.body["role"]))))
    if "active" in item.body:
        parts.append(translate("PendingKinds", "reactivate") if item.body["active"]
                     else translate("PendingKinds", "deactivate"))
    return translate("PendingKinds", "User {who}: {changes}").format(who=_who(lookup, item), changes=", ".join(parts))


def describe_assign(lookup: Lookup, item: "OutboxItem") -> str:
    added, removed = len(item.body.get("assign", ())), len(item.body.get("unassign", ()))
    return translate("PendingKinds", "Machines of {who}: {added} assigned, {removed} taken away").format(
        who=_who(lookup, item), added=added, removed=removed)


def correct_new_user(page: "PendingPage", item: "OutboxItem") -> None:
    """A refused new user (its address taken meanwhile, say) opens in the new user's form to be put right."""
    from desktop.views.users.new_user_dialog import NewUserDialog  # noqa: PLC0415 - opened rarely

    dialog = NewUserDialog(page.ctx, page, correcting=item)
    dialog.accepted.connect(lambda: page.status_message.emit(
        translate("PendingPage", "The corrected user is queued.")))
    dialog.finished.connect(dialog.deleteLater)
    page.resend_dialog = dialog
    dialog.open()


def _who(_lookup: Lookup, item: "OutboxItem") -> str:
    return str(item.body.get("_email") or item.entity_id)


KINDS = (PendingKind(CREATE_KIND, describe_create, edit=correct_new_user), PendingKind(UPDATE_KIND, describe_update),
         PendingKind(ASSIGN_KIND, describe_assign))
