"""The account's fields in the user's words: the form's labels, and what a queued edit of the account changes in
Pending changes. One table, so both say the same."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AccountLabels"

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("AccountLabels", "Name"),
    "org_number": QT_TRANSLATE_NOOP("AccountLabels", "Organisation number"),
    "billing_street": QT_TRANSLATE_NOOP("AccountLabels", "Billing address"),
    "billing_postcode": QT_TRANSLATE_NOOP("AccountLabels", "Billing postcode"),
    "billing_city": QT_TRANSLATE_NOOP("AccountLabels", "Billing city"),
    "visiting_street": QT_TRANSLATE_NOOP("AccountLabels", "Visiting address"),
    "visiting_postcode": QT_TRANSLATE_NOOP("AccountLabels", "Visiting postcode"),
    "visiting_city": QT_TRANSLATE_NOOP("AccountLabels", "Visiting city"),
    "phone": QT_TRANSLATE_NOOP("AccountLabels", "Phone"),
    "main_contact": QT_TRANSLATE_NOOP("AccountLabels", "Main contact"),
    "invoice_email": QT_TRANSLATE_NOOP("AccountLabels", "Invoice e-mail"),
}


def field_label(field: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIELD_LABELS[field]) if field in FIELD_LABELS else field


def value_text(_ctx, _field: str, value: object) -> str:
    return str(value) if value not in (None, "") else QCoreApplication.translate("AccountLabels", "(empty)")


def account_title(ctx, _account_id: str) -> str:
    """The account as the conflict dialog names it: its name."""
    from sync.account import queries  # noqa: PLC0415 - only the dialog asks

    account = queries.current_account(ctx.engine)
    return account.name if account is not None else QCoreApplication.translate("AccountLabels", "The account")


def account_edit_fields():
    """The account's words for the conflict dialog (`desktop.features.EDIT_FIELDS`)."""
    from desktop.views.conflicts.edit_fields import EditFields  # noqa: PLC0415 - the dialog's own shape

    return EditFields(label=field_label, value_text=value_text, title=account_title)
