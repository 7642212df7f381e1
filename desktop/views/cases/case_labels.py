"""The words the app shows for a case's state, category and department — one place, so the list, the detail view,
the new-case dialog and the tray messages all say the same thing in both languages.

The English texts are marked with QT_TRANSLATE_NOOP under the context "CaseLabels" and translated when asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.cases import REQUEST_TYPES

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")

_STATES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CaseLabels", "New"),
    "in_progress": QT_TRANSLATE_NOOP("CaseLabels", "In progress"),
    "awaiting_customer": QT_TRANSLATE_NOOP("CaseLabels", "Awaiting your reply"),
    "resolved": QT_TRANSLATE_NOOP("CaseLabels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("CaseLabels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("CaseLabels", "Cancelled"),
}
_SYNC_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("CaseLabels", "Waiting to be sent"),
    "rejected": QT_TRANSLATE_NOOP("CaseLabels", "Rejected by the portal"),
}

CATEGORY_ORDER: tuple[str, ...] = ("error_code", "print_quality", "paper_jam", "scan_send", "network", "supplies",
                                   "invoice", "contract", "address", "other")
"""Every category in the order a user picks from (the machine's problems first, then the account's); the new-case
form offers those of the case's type (`domain.cases.SUPPORT_CATEGORIES`, `ACCOUNT_CATEGORIES`)."""

_CATEGORIES: dict[str, str] = {
    "error_code": QT_TRANSLATE_NOOP("CaseLabels", "Error code on the display"),
    "print_quality": QT_TRANSLATE_NOOP("CaseLabels", "Print quality"),
    "paper_jam": QT_TRANSLATE_NOOP("CaseLabels", "Paper jam"),
    "scan_send": QT_TRANSLATE_NOOP("CaseLabels", "Scanning and sending"),
    "network": QT_TRANSLATE_NOOP("CaseLabels", "Network and printing from PCs"),
    "supplies": QT_TRANSLATE_NOOP("CaseLabels", "Toner and supplies"),
    "invoice": QT_TRANSLATE_NOOP("CaseLabels", "Invoice"),
    "contract": QT_TRANSLATE_NOOP("CaseLabels", "Contract"),
    "address": QT_TRANSLATE_NOOP("CaseLabels", "Address"),
    "other": QT_TRANSLATE_NOOP("CaseLabels", "Other"),
}
_DEPARTMENTS: dict[str, str] = {
    "technical_support": QT_TRANSLATE_NOOP("CaseLabels", "Technical support"),
    "it_integration": QT_TRANSLATE_NOOP("CaseLabels", "IT integration"),
    "supplies": QT_TRANSLATE_NOOP("CaseLabels", "Supplies"),
    "finance": QT_TRANSLATE_NOOP("CaseLabels", "Finance"),
    "customer_service": QT_TRANSLATE_NOOP("CaseLabels", "Customer service"),
    "logistics": QT_TRANSLATE_NOOP("CaseLabels", "Logistics"),
}


def state_label(state: str, sync_status: str | None = None) -> str:
    """What a case's state reads as. A case still in the outbox or refused by the portal says so instead, because
    its portal state means nothing yet. An unknown state (a newer portal) is shown as it came."""
    if sync_status in _SYNC_STATUSES:
        return translate("CaseLabels", _SYNC_STATUSES[sync_status])
    return _label(_STATES, state)


def category_label(category: str) -> str:
    """A category's words; a relocation's or removal's kind (its type, as it has no category) reads as the kind."""
    if category in REQUEST_TYPES:
        from desktop.views.requests.request_labels import kind_label  # noqa: PLC0415 - the requests' own words
        return kind_label(category)
    return _label(_CATEGORIES, category)


def department_label(department: str) -> str:
    return _label(_DEPARTMENTS, department)


def _label(names: dict[str, str], key: str) -> str:
    text = names.get(key)
    return translate("CaseLabels", text) if text else key
