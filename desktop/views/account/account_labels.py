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
