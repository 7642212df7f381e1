"""The "Remove this machine…" form: why it is to go, where it is picked up, on a business day, and whether its disk is wiped
(with a certificate: an accountant's machine has scanned payslips on it)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.context import AppContext
from desktop.views.requests.request_dialog import RequestDialog
from desktop.views.requests.request_labels import REASON_ORDER, reason_label
from domain.product_requests import Removal
from sync.cases import product_requests as operations
from sync.products import queries as product_queries
from sync.products.records import ProductRow


class RemovalDialog(RequestDialog):
    FIELDS = ("desired_date", "reason", "reason_note", "pickup_address", "note")

    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, product, parent)
        self.setWindowTitle(self.tr("Remove this machine"))
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        self.reason_combo.addItem(self.tr("Choose a reason…"), "")
        for reason in REASON_ORDER:
            self.reason_combo.addItem(reason_label(reason), reason)
        self.add_row(self.tr("&Reason:"), self.reason_combo, "reason")
        self.reason_note_edit = QLineEdit()
        self.reason_note_edit.setPlaceholderText(self.tr("In a few words (needed for another reason)"))
        self.add_row(self.tr("&Why:"), self.reason_note_edit, "reason_note")
        self.pickup_edit = QLineEdit(self._site_address(ctx, product))
        self.add_row(self.tr("&Pickup address:"), self.pickup_edit, "pickup_address")
        self.wipe_check = QCheckBox(self.tr("Wipe the machine's disk and send a certificate of it"))
        self.wipe_check.setChecked(True)
        self.form.addRow("", self.wipe_check)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Anything the driver should know (access, lift, opening hours)"))
        self.note_edit.setMaximumHeight(80)
        self.add_row(self.tr("&Note:"), self.note_edit, "note")
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.reason_note_edit.textChanged.connect(lambda _t: self.touched("reason_note"))
        self.pickup_edit.textChanged.connect(lambda _t: self.touched("pickup_address"))
        self.note_edit.textChanged.connect(lambda: self.touched("note"))
        self.validate()

    def _reason_changed(self) -> None:
        if self.reason_combo.currentData() == "other":  # it now needs a word of why: say so at once
            self._touched.add("reason_note")
        self.touched("reason")

    @staticmethod
    def _site_address(ctx: AppContext, product: ProductRow) -> str:
        site = next((s for s in product_queries.sites_list(ctx.engine) if s.id == product.site_id), None)
        return f"{site.address}, {site.postcode} {site.city}" if site else ""

    def ok_text(self) -> str:
        return self.tr("&Ask for the removal")

    def request(self) -> Removal:
        return Removal(product_id=self.product.id, desired_date=self.date_edit.date(),
                       reason=self.reason_combo.currentData() or "", reason_note=self.reason_note_edit.text(),
                       pickup_address=self.pickup_edit.text(), wipe_disk=self.wipe_check.isChecked(),
                       note=self.note_edit.toPlainText())

    def check(self, request: Removal):
        return operations.check_removal(self._ctx.engine, request, today=self._ctx.today())

    def queue_operation(self):
        return operations.queue_removal

    def subject(self) -> str:
        return self.tr("Remove {model} ({serial})").format(model=self.product.model, serial=self.product.serial)
