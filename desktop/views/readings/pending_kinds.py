"""A queued meter reading as Pending changes shows it, and its correction when the portal refused it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.counter_names import counter_name, counter_names
from desktop.formatting import format_date, format_number
from desktop.models.lookup import Lookup
from desktop.views.pending.kinds import PendingKind
from sync.readings.operations import READING_KIND

if TYPE_CHECKING:
    from desktop.views.pending.pending_page import PendingPage
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def describe_reading(lookup: Lookup, item: "OutboxItem") -> str:
    """E.g. "Meter reading SN123 (bizhub C300i), 25.11.2026: Total 12 345, Colour 2 001", in the user's locale."""
    product = lookup.product(item.product_id)
    body = item.body
    try:
        when = format_date(date.fromisoformat(str(body["reading_date"])))
        raw_values = {str(k): int(v) for k, v in dict(body["values"]).items()}  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return translate("OutboxModel", "Meter reading")
    order = [c.key for c in product.counters if c.key in raw_values] if product else []
    order += [k for k in raw_values if k not in order]
    labels = counter_names(product)
    values = ", ".join(f"{labels.get(k) or counter_name(k)} {format_number(raw_values[k])}" for k in order)
    if product:
        return translate("OutboxModel", "Meter reading {serial} ({model}), {date}: {values}").format(
            serial=product.serial, model=product.model, date=when, values=values)
    return translate("OutboxModel", "Meter reading, {date}: {values}").format(date=when, values=values)


def correct_reading(page: "PendingPage", item: "OutboxItem") -> None:
    from desktop.views.readings.resend_reading_dialog import ResendReadingDialog  # noqa: PLC0415 - opened rarely

    product = Lookup(page.ctx).product(item.product_id)
    if product is None:
        QMessageBox.information(page, translate("PendingPage", "Cannot edit this reading"), translate(
            "PendingPage", "The machine of this reading is no longer in your list, so the reading cannot be "
            "corrected. You can discard it."))
        return
    dialog = ResendReadingDialog(page.ctx, item, product, page)
    dialog.resent.connect(lambda _item: page.status_message.emit(
        translate("PendingPage", "The corrected reading is queued.")))
    dialog.finished.connect(dialog.deleteLater)
    page.resend_dialog = dialog
    dialog.open()


KINDS = (PendingKind(READING_KIND, describe_reading, edit=correct_reading),)
