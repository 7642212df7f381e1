"""A queued order and a queued cancel as Pending changes shows them. A refused order can only be discarded: the
order form starts afresh from the machine's catalogue as it now is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import current_language
from desktop.models.lookup import Lookup
from desktop.views.pending.kinds import PendingKind
from sync.orders.apply import CANCEL_KIND, ORDER_KIND

if TYPE_CHECKING:
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def describe_order(lookup: Lookup, item: "OutboxItem") -> str:
    """E.g. "Supplies for SN123 (bizhub C300i): 2 × Toner black, 1 × Drum unit", names in the user's language."""
    product = lookup.product(str(item.body.get("product_id") or "")) if item.body.get("product_id") else None
    row = lookup.order(item.entity_id)
    language = current_language()
    if row is not None and row.lines:
        lines = ", ".join(f"{line.quantity} × {line.name(language)}" for line in row.lines)
    else:
        lines = ", ".join(f"{line.get('quantity')} × {line.get('article')}" for line in item.body.get("lines") or ()
                          if isinstance(line, dict))
    if product is None:
        return translate("PendingKinds", "Supplies order: {lines}").format(lines=lines)
    return translate("PendingKinds", "Supplies for {serial} ({model}): {lines}").format(
        serial=product.serial, model=product.model, lines=lines)


def describe_cancel(lookup: Lookup, item: "OutboxItem") -> str:
    row = lookup.order(item.entity_id)
    if row is not None and row.number:
        return translate("PendingKinds", "Cancel order {number}").format(number=row.number)
    return translate("PendingKinds", "Cancel a supplies order not sent yet")


KINDS = (
    PendingKind(ORDER_KIND, describe_order),
    PendingKind(CANCEL_KIND, describe_cancel),
)
