"""The words for a request's kind and a removal's reason, in one place (the cases list, the case detail, the machine's
detail and the forms say the same)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate  # a bare name lupdate recognises

_KINDS = {
    "relocation": QT_TRANSLATE_NOOP("RequestLabels", "Relocation"),
    "removal": QT_TRANSLATE_NOOP("RequestLabels", "Removal"),
}
REASON_ORDER = ("lease_ended", "replaced", "not_needed", "other")
_REASONS = {
    "lease_ended": QT_TRANSLATE_NOOP("RequestLabels", "The lease has ended"),
    "replaced": QT_TRANSLATE_NOOP("RequestLabels", "It is being replaced"),
    "not_needed": QT_TRANSLATE_NOOP("RequestLabels", "It is no longer needed"),
    "other": QT_TRANSLATE_NOOP("RequestLabels", "Another reason"),
}


def kind_label(kind: str) -> str:
    text = _KINDS.get(kind)
    return translate("RequestLabels", text) if text else kind


def reason_label(reason: str) -> str:
    text = _REASONS.get(reason)
    return translate("RequestLabels", text) if text else reason
