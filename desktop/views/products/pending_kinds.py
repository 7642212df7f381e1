"""A queued edit of a machine's data as Pending changes shows it. Put right: a conflict (someone else changed the
machine meanwhile) opens the conflict dialog; another refusal opens the edit form with the values the portal
refused, and saving it replaces the refused edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.views.pending.kinds import PendingKind
from desktop.views.products.product_fields import field_label
from sync.products.edits import PRODUCT_EDIT

if TYPE_CHECKING:
    from desktop.models.lookup import Lookup
    from desktop.views.pending.pending_page import PendingPage
    from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises


def describe_edit(lookup: "Lookup", item: "OutboxItem") -> str:
    """E.g. "Data of machine SN00001: Room, Cost centre"."""
    product = lookup.product(item.entity_id)
    serial = product.serial if product is not None else translate("PendingKinds", "(a machine no longer in your list)")
    names = ", ".join(field_label(name) for name in item.body if not name.startswith("_"))
    return translate("PendingKinds", "Data of machine {serial}: {fields}").format(serial=serial, fields=names)


def put_right(page: "PendingPage", item: "OutboxItem") -> None:
    from desktop.views.conflicts.conflict_dialog import open_conflict  # noqa: PLC0415 - opened rarely
    from desktop.views.products.product_edit_dialog import ProductEditDialog  # noqa: PLC0415
    from sync.edits.rows import is_conflict  # noqa: PLC0415
    from sync.products import queries as product_queries  # noqa: PLC0415

    if is_conflict(item.problem):
        page.edit_dialog = open_conflict(page.ctx, item.seq, page)
        return
    product = product_queries.product(page.ctx.engine, item.entity_id, today=page.ctx.today())
    if product is None:
        return
    initial = {name: str(value) for name, value in item.body.items() if not name.startswith("_")}
    dialog = ProductEditDialog(page.ctx, product, page, initial=initial, replacing=item.seq)
    page.edit_dialog = dialog
    dialog.open()


KINDS = (PendingKind(PRODUCT_EDIT.kind, describe_edit, edit=put_right,
                     edit_label=lambda: translate("PendingKinds", "&Resolve…")),)
