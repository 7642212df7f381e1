"""The account's fields as a form: the company (name, organisation number, phone, main contact, invoice e-mail) and
its billing and visiting address. Every field is checked as it is typed with `domain.account.account_problems` (the
rule the portal runs), and what is wrong shows under the field in specific words (`account_problems`): an
organisation number whose check digit fails, an e-mail without a domain, a postcode that is not four digits.

Read-only for a customer: the same fields, not editable, so everyone sees the same account.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.account.account_labels import field_label
from desktop.views.account.account_problems import problem_text
from desktop.views.widgets.messages import (
    error_label,
    mark_field,
    set_error,
    with_error,
)
from domain.account import ACCOUNT_FIELDS, LIMITS, account_problems, cleaned
from domain.problems import Problem
from sync.account.records import AccountRow

COMPANY = ("name", "org_number", "phone", "main_contact", "invoice_email")


class AccountForm(QWidget):
    changed = Signal()  # a field was typed in: the values, their problems or whether they differ may have changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}
        company = QGroupBox(self.tr("Company"))
        form = QFormLayout(company)
        for field in COMPANY:
            form.addRow(field_label(field), self._field(field))
        addresses = QVBoxLayout()
        for where, title in (("billing", self.tr("Billing address")), ("visiting", self.tr("Visiting address"))):
            addresses.addWidget(self._address(where, title))
        addresses.addStretch(1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(company, 1)
        columns.addLayout(addresses, 1)

    def _address(self, where: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.addRow(self.tr("Street address"), self._field(f"{where}_street"))
        form.addRow(self.tr("Postcode"), self._field(f"{where}_postcode"))
        form.addRow(self.tr("City"), self._field(f"{where}_city"))
        return box

    def _field(self, field: str) -> QWidget:
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setAccessibleName(field_label(field))
        edit.setMaxLength(LIMITS[field] + 20)  # room for spaces the rule strips; longer is said at the field
        edit.textEdited.connect(self._typed)
        self.edits[field] = edit
        self.errors[field] = error_label()
        return with_error(edit, self.errors[field])

    # --- what it holds ------------------------------------------------------------------------------------------

    def show_account(self, account: AccountRow | None) -> None:
        """Show `account`'s values (the fields typed in are replaced) and clear every message."""
        self._shown = {field: str(getattr(account, field, "") or "") for field in ACCOUNT_FIELDS}
        for field, edit in self.edits.items():
            edit.setText(self._shown[field])
            edit.setCursorPosition(0)
        self.validate()

    def set_editable(self, editable: bool) -> None:
        """Read-only fields lose their frame and white well, so nobody takes them for ones to type in; their text
        can still be selected and copied."""
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
            edit.setFrame(editable)
            palette = edit.palette()
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(
                QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window))
            edit.setPalette(palette)

    def values(self) -> dict[str, str]:
        """Every field as it would be stored (`domain.account.cleaned`)."""
        return {field: cleaned(field, edit.text()) for field, edit in self.edits.items()}

    def edited(self) -> dict[str, str]:
        """The fields whose stored value differs from the account shown."""
        return {field: value for field, value in self.values().items() if value != cleaned(field, self._shown[field])}

    def problems(self) -> list[Problem]:
        return account_problems(self.values())

    def validate(self) -> list[Problem]:
        """Show each field's problem under it (or none); returns them."""
        found = self.problems()
        self.show_problems(found)
        return found

    def show_problems(self, found: list[Problem]) -> None:
        by_field = {problem.field: problem for problem in found}
        for field, label in self.errors.items():
            problem = by_field.get(field)
            set_error(label, problem_text(problem) if problem else None)
            mark_field(self.edits[field], "error" if problem else None)

    def _typed(self, _text: str) -> None:
        self.validate()
        self.changed.emit()
