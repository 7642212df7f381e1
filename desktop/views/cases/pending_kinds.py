"""A case's queued requests as Pending changes shows them — a new case, a reply, an attachment, a cancel or reopen,
the e-mail choice — and what a rejected case or reply can become."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop.models.lookup import Lookup
from desktop.views.pending.kinds import PendingKind
from sync.cases.requests import ACTION_KIND, ATTACHMENT_KIND, CASE_KIND, MESSAGE_KIND, PATCH_KIND

if TYPE_CHECKING:
    from desktop.views.pending.pending_page import PendingPage
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises
FIRST_LINE_CHARS = 60


def _title(lookup: Lookup, item: "OutboxItem") -> str:
    """The case as the user knows it: "CS0001234: Paper jam in tray 2", or just its subject before it has a number."""
    case = lookup.case(item.case_id)
    if case is None:
        return translate("PendingKinds", "(a case no longer in your list)")
    return f"{case.number}: {case.subject}" if case.number else case.subject


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= FIRST_LINE_CHARS else line[:FIRST_LINE_CHARS - 1] + "…"


def describe_new_case(_lookup: Lookup, item: "OutboxItem") -> str:
    return translate("PendingKinds", "New case: {subject}").format(subject=str(item.body.get("subject") or ""))


def describe_reply(lookup: Lookup, item: "OutboxItem") -> str:
    return translate("PendingKinds", "Reply on case {case}: {text}").format(
        case=_title(lookup, item), text=_first_line(str(item.body.get("body") or "")))


def describe_attachment(lookup: Lookup, item: "OutboxItem") -> str:
    return translate("PendingKinds", "Attachment {file} for case {case}").format(
        file=str(item.body.get("file_name") or ""), case=_title(lookup, item))


def describe_action(lookup: Lookup, item: "OutboxItem") -> str:
    if item.body.get("action") == "reopen":
        return translate("PendingKinds", "Reopen case {case}").format(case=_title(lookup, item))
    return translate("PendingKinds", "Cancel case {case}").format(case=_title(lookup, item))


def describe_email_choice(lookup: Lookup, item: "OutboxItem") -> str:
    if item.body.get("email_updates"):
        return translate("PendingKinds", "E-mail updates on for case {case}").format(case=_title(lookup, item))
    return translate("PendingKinds", "E-mail updates off for case {case}").format(case=_title(lookup, item))


def correct_case(page: "PendingPage", item: "OutboxItem") -> None:
    from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - opened rarely

    dialog = NewCaseDialog(page.ctx, page, correcting=item)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.case_queued.connect(lambda _case_id: page.status_message.emit(
        translate("PendingPage", "The corrected case is queued.")))
    page.resend_dialog = dialog
    dialog.open()


def reply_as_new_case(page: "PendingPage", item: "OutboxItem") -> None:
    """A refused reply (its case was closed meanwhile, say) goes in a new case about the same machine; once that is
    queued the refused reply is discarded, as the user chose to send its text this way."""
    from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - opened rarely

    case = Lookup(page.ctx).case(item.case_id)
    text = str(item.body.get("body") or "")
    if case is not None:
        text = translate("PendingPage", "Follow-up to case {case}:").format(case=case.number or case.subject) \
            + "\n\n" + text
    dialog = NewCaseDialog(page.ctx, page, product_id=case.product_id if case else None,
                           category=case.category if case else None, subject=case.subject if case else "",
                           description=text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.case_queued.connect(lambda _case_id: page.discard_now(item, message=translate(
        "PendingPage", "The reply is queued as a new case.")))
    page.resend_dialog = dialog
    dialog.open()


KINDS = (
    PendingKind(CASE_KIND, describe_new_case, edit=correct_case),
    PendingKind(MESSAGE_KIND, describe_reply, edit=reply_as_new_case,
                edit_label=lambda: translate("PendingPage", "Send as a &new case…")),
    PendingKind(ATTACHMENT_KIND, describe_attachment),
    PendingKind(ACTION_KIND, describe_action),
    PendingKind(PATCH_KIND, describe_email_choice),
)
