"""The "Edit machine data…" form: where the machine stands (site, building, floor, room), its cost centre, contact
person and internal name. Checked as the user types with the portal's own rule (`domain.product_data`: an e-mail
without a domain, a text over its limit, no building, floor or room left), each message under its field; saved to
the cache at once and queued for the portal (`sync.edits`), offline too.

Opened with `initial` values, it corrects an edit the portal refused: saving replaces that one (`replacing`)."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.conflicts.edit_fields import edit_problem_text
from desktop.views.products.product_fields import field_label, problem_text
from desktop.views.widgets.questions import chose_discard, discard_box
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import error_label, set_error, with_error
from domain import product_data
from domain.problems import Problem
from sync.edits import operations
from sync.products import queries as product_queries
from sync.products.edits import PRODUCT_EDIT
from sync.products.records import ProductRow

TEXT_FIELDS = tuple(product_data.TEXT_LIMITS)


class ProductEditDialog(QDialog):
    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None, *,
                 initial: Mapping[str, str] | None = None, replacing: int | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.product, self._replacing = ctx, product, replacing
        self._saving = self._saved = False
        self.current = {"site_id": product.site_id, **{name: getattr(product, name) for name in TEXT_FIELDS}}
        self._touched: set[str] = set(initial or ())
        self.problems: dict[str, Problem] = {}
        self.setWindowTitle(self.tr("Edit machine data"))
        self.error_labels = {name: error_label() for name in (*product_data.FIELDS, "form")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Machine:"), plain_label(f"{product.model} · {product.serial}"))
        self.site_combo = QComboBox()
        for site in product_queries.sites_list(ctx.engine):
            self.site_combo.addItem(f"{site.name} ({site.address}, {site.city})", site.id)
        self.edits: dict[str, QLineEdit] = {}
        values = {**self.current, **(initial or {})}
        if self.site_combo.findData(product.site_id) < 0:  # a site the cache lost: it stays, as it is
            self.site_combo.addItem(product.site_name, product.site_id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(values["site_id"])))
        self._add_row(form, "site_id", self.site_combo)
        for name in TEXT_FIELDS:
            edit = QLineEdit(values[name])
            edit.textChanged.connect(lambda _text, n=name: self.touched(n))
            self.edits[name] = edit
            self._add_row(form, name, edit)
        self.edits["contact_email"].setPlaceholderText(self.tr("name@example.no"))
        self.site_combo.currentIndexChanged.connect(lambda _i: self.touched("site_id"))
        note = plain_label(self.tr("Saved here at once and sent to the portal as soon as it can be reached. If "
                                   "someone else changes the same data meanwhile, you choose which to keep."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_labels["form"])
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.validate()

    def _add_row(self, form: QFormLayout, name: str, field: QWidget) -> None:
        caption = QLabel(field_label(name) + ":")
        caption.setBuddy(field)
        field.setAccessibleName(field_label(name))
        form.addRow(caption, with_error(field, self.error_labels[name]))

    # --- the values --------------------------------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        """The fields as typed (tidied) that differ from the machine's data now."""
        typed = product_data.tidy({"site_id": self.site_combo.currentData() or "",
                                   **{name: edit.text() for name, edit in self.edits.items()}})
        return {name: value for name, value in typed.items() if value != self.current[name]}

    def touched(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> dict[str, Problem]:
        """Check the changes; show each touched field's message under it; Save only with something to save and
        nothing to fix."""
        changes = self.changes()
        site_ids = [self.site_combo.itemData(i) for i in range(self.site_combo.count())]
        found = product_data.product_data_problems(changes, current=self.current, site_ids=site_ids)
        self.problems = {p.field: p for p in found}
        for name in product_data.FIELDS:
            problem = self.problems.get(name) if name in self._touched else None
            set_error(self.error_labels[name], problem_text(problem) if problem else None)
        self.save_button.setEnabled(bool(changes) and not found and not self._saving)
        self._grow_to_fit()
        return self.problems

    def _grow_to_fit(self) -> None:
        """An error line appeared: taller, rather than squeezing the fields to half their height."""
        if self.isVisible() and self.layout() is not None:
            self.layout().activate()
            wanted = self.sizeHint().height()
            if self.height() < wanted:
                self.resize(self.width(), wanted)

    # --- saving ------------------------------------------------------------------------------------------------

    def save(self) -> None:
        self._touched.update(product_data.FIELDS)
        if self.validate() or self._saving or not self.changes():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        changes = self.changes()
        summary = f"Edit {self.product.serial}: " + ", ".join(changes)
        (self._ctx.write(operations.edit, PRODUCT_EDIT, self.product.id, changes, summary=summary,
                         replacing=self._replacing, initiator=self)
         .success(lambda _changed: self._done())
         .failure(self._failed)
         .run_on(self._ctx.db_pool))

    def _done(self) -> None:
        self._saving, self._saved = False, True
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.validate()
        if isinstance(error, operations.EditRefused):
            set_error(self.error_labels["form"], edit_problem_text(error.code))
            return
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    # --- closing -----------------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return not self._saved and bool(self.changes())

    def reject(self) -> None:
        """Cancel, Esc and the close button: ask before throwing typed work away."""
        if self._saving:
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """True when the user chooses to discard (tests replace this)."""
        return chose_discard(discard_box(self, self.windowTitle(), self.tr("Discard your changes to this machine's data?")))
