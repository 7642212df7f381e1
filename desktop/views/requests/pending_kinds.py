"""A relocation or removal as Pending changes shows it. A refused one is put right by discarding it and asking again
from the machine's detail (its form checks the new date offline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.views.pending.kinds import PendingKind
from sync.cases.product_requests import RELOCATION_KIND, REMOVAL_KIND

if TYPE_CHECKING:
    from desktop.models.lookup import Lookup
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def _machine(lookup: "Lookup", item: "OutboxItem") -> str:
    product = lookup.product(str(item.body.get("product_id") or ""))
    return product.serial if product is not None else translate("PendingKinds", "(a machine no longer in your list)")


def describe_relocation(lookup: "Lookup", item: "OutboxItem") -> str:
    return translate("PendingKinds", "Move machine {serial}").format(serial=_machine(lookup, item))


def describe_removal(lookup: "Lookup", item: "OutboxItem") -> str:
    return translate("PendingKinds", "Remove machine {serial}").format(serial=_machine(lookup, item))


KINDS = (
    PendingKind(RELOCATION_KIND, describe_relocation),
    PendingKind(REMOVAL_KIND, describe_removal),
)
