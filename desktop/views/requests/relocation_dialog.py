"""The "Move this machine…" form: to another site of the account or a new address, to a building, floor and room there, on a
business day, with someone on site to ask."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.context import AppContext
from desktop.views.requests.request_dialog import RequestDialog
from domain.product_requests import Relocation
from sync.cases import product_requests as operations
from sync.products import queries as product_queries
from sync.products.records import ProductRow


class RelocationDialog(RequestDialog):
    FIELDS = ("desired_date", "site_id", "address", "postcode", "city", "building", "floor", "room", "contact_name",
              "contact_phone", "note")

    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, product, parent)
        self.setWindowTitle(self.tr("Move this machine"))
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Move to"))
        for site in product_queries.sites_list(ctx.engine):
            self.site_combo.addItem(f"{site.name} ({site.address}, {site.city})", site.id)
        self.site_combo.addItem(self.tr("A new address…"), None)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(product.site_id)))
        self.add_row(self.tr("Move &to:"), self.site_combo, "site_id")
        self.address_edit, self.postcode_edit, self.city_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.add_row(self.tr("&Address:"), self.address_edit, "address")
        self.add_row(self.tr("&Postcode:"), self.postcode_edit, "postcode")
        self.add_row(self.tr("Cit&y:"), self.city_edit, "city")
        self.building_edit, self.floor_edit, self.room_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("e.g. Building B"))
        self.floor_edit.setPlaceholderText(self.tr("e.g. 2nd floor"))
        self.room_edit.setPlaceholderText(self.tr("e.g. copy room 201"))
        self.add_row(self.tr("&Building:"), self.building_edit, "building")
        self.add_row(self.tr("&Floor:"), self.floor_edit, "floor")
        self.add_row(self.tr("&Room:"), self.room_edit, "room")
        self.contact_name_edit = QLineEdit(product.contact_name)
        self.contact_phone_edit = QLineEdit()
        self.contact_phone_edit.setPlaceholderText(self.tr("e.g. 22 33 44 55 or +46 8 123 456"))
        self.add_row(self.tr("Contact on &site:"), self.contact_name_edit, "contact_name")
        self.add_row(self.tr("&Telephone:"), self.contact_phone_edit, "contact_phone")
        self.network_check = QCheckBox(self.tr("The network settings change (new network, IP address or printer "
                                               "queue)"))
        self.form.addRow("", self.network_check)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Anything the technician should know (access, lift, opening "
                                                  "hours)"))
        self.note_edit.setMaximumHeight(80)
        self.add_row(self.tr("&Note:"), self.note_edit, "note")
        for name, edit in (("address", self.address_edit), ("postcode", self.postcode_edit),
                           ("city", self.city_edit), ("building", self.building_edit), ("floor", self.floor_edit),
                           ("room", self.room_edit), ("contact_name", self.contact_name_edit),
                           ("contact_phone", self.contact_phone_edit)):
            edit.textChanged.connect(lambda _t, n=name: self.touched(n))
        self.note_edit.textChanged.connect(lambda: self.touched("note"))
        self.site_combo.currentIndexChanged.connect(lambda _i: self._destination_changed())
        self._show_address_fields()
        self.validate()

    def _destination_changed(self) -> None:
        self._show_address_fields()
        self.touched("site_id")

    def _show_address_fields(self) -> None:
        new_address = self.site_combo.currentData() is None
        for edit in (self.address_edit, self.postcode_edit, self.city_edit):
            edit.setEnabled(new_address)

    def ok_text(self) -> str:
        return self.tr("&Ask for the move")

    def request(self) -> Relocation:
        new_address = self.site_combo.currentData() is None
        return Relocation(
            product_id=self.product.id, desired_date=self.date_edit.date(), site_id=self.site_combo.currentData(),
            address=self.address_edit.text() if new_address else "",
            postcode=self.postcode_edit.text() if new_address else "",
            city=self.city_edit.text() if new_address else "", building=self.building_edit.text(),
            floor=self.floor_edit.text(), room=self.room_edit.text(), contact_name=self.contact_name_edit.text(),
            contact_phone=self.contact_phone_edit.text(), network_change=self.network_check.isChecked(),
            note=self.note_edit.toPlainText())

    def check(self, request: Relocation):
        return operations.check_relocation(self._ctx.engine, request, today=self._ctx.today())

    def queue_operation(self):
        return operations.queue_relocation

    def subject(self) -> str:
        return self.tr("Move {model} ({serial})").format(model=self.product.model, serial=self.product.serial)
