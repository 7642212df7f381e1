"""A new user of the account: name, e-mail and role, each checked as it is typed with the shared rules (and the
e-mail against the users already known), so what is queued the portal takes. The portal mails the invitation when
it gets the request; until then the user shows as "Not sent yet". With `correcting` (a refused new user, from
Pending changes) it opens on what was sent and queues it again in its place. What is typed is kept as a draft
(`desktop.drafts`) until it is queued or thrown away, so a crash mid-form gives it back at the next "New user…".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.drafts import FormDraft
from desktop.models.users import role_label
from desktop.views.users.user_problems import user_problem_text
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import error_label, set_error, with_error
from domain.text_limits import MAX_EMAIL, MAX_USER_NAME
from domain.users import ROLES
from sync.users.operations import (
    UserInputError,
    check_new_user,
    queue_create_user,
    resend_create_user,
)

if TYPE_CHECKING:
    from sync.outbox.records import OutboxItem


class NewUserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 correcting: "OutboxItem | None" = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.correcting = correcting
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Correct the new user") if correcting else self.tr("New user"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_USER_NAME + 1)  # one over: the rule, not the box, says it is too long
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit()
        self.email.setMaxLength(MAX_EMAIL + 1)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText("name@example.no")
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in ROLES[::-1]:  # customer first: the usual choice
            self.role.addItem(role_label(role), role)
        self.errors = {"name": error_label(), "email": error_label(), "general": error_label()}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&E-mail:"), with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("&Role:"), self.role)
        note = plain_label(self.tr("The portal sends the new user an e-mail with a link to choose a password. "
                                   "Assign machines to a customer with Machines… once the user is listed."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Send again") if correcting else self.tr("Create user"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        self._touched: set[str] = set()
        self.kept_draft = None if correcting is not None else FormDraft(ctx, "new_user", snapshot=self._snapshot,
                                                                        parent=self)
        kept = self.kept_draft.load() if self.kept_draft is not None else None
        if correcting is not None or kept is not None:
            self._fill(correcting.body if correcting is not None else kept.payload)
        self.name.textEdited.connect(lambda _t: self._typed("name"))
        self.email.textEdited.connect(lambda _t: self._typed("email"))
        if self.kept_draft is not None:
            self.role.currentIndexChanged.connect(lambda _i: self.kept_draft.touch())
        self.check()

    def _fill(self, values) -> None:
        self.name.setText(str(values.get("name", "")))
        self.email.setText(str(values.get("email", "")))
        self.role.setCurrentIndex(max(0, self.role.findData(values.get("role"))))
        self._touched |= {"name", "email"}

    def _snapshot(self) -> dict | None:
        if not (self.name.text().strip() or self.email.text().strip()):
            return None
        return {"name": self.name.text(), "email": self.email.text(), "role": self.role.currentData()}

    def _typed(self, field: str) -> None:
        self._touched.add(field)
        if self.kept_draft is not None:
            self.kept_draft.touch()
        self.check()

    def check(self) -> bool:
        """Show each typed field's problem under it; True when the form may be sent. A field not typed in yet only
        keeps Create off (no red for what the user has not reached)."""
        own = self.correcting.entity_id if self.correcting is not None else None
        found = {p.field: p for p in reversed(check_new_user(self.ctx.engine, self.name.text(), self.email.text(),
                                                             user_id=own))}
        for field in ("name", "email"):
            problem = found.get(field) if field in self._touched else None
            set_error(self.errors[field], user_problem_text(problem) if problem else None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
        return not found

    def submit(self) -> None:
        self._touched |= {"name", "email"}
        if not self.check():
            return
        self.buttons.setEnabled(False)
        if self.correcting is not None:
            task = self.ctx.write(resend_create_user, self.correcting.seq, self.name.text(), self.email.text(),
                                  self.role.currentData(), initiator=self)
        else:
            task = self.ctx.write(queue_create_user, self.name.text(), self.email.text(), self.role.currentData(),
                                  initiator=self)
        task.success(self._created).failure(self._refused).run_on(self.ctx.db_pool)

    def _created(self, written) -> None:
        self.created_id = written.value if self.correcting is None else self.correcting.entity_id
        if self.kept_draft is not None:
            self.kept_draft.discard()
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserInputError):
            show_error(error)
            return
        for problem in error.problems:
            set_error(self.errors.get(problem.field, self.errors["general"]), user_problem_text(problem))

    def reject(self) -> None:
        typed = self.name.text().strip() or self.email.text().strip()
        if typed and self.buttons.isEnabled() and QMessageBox.question(
                self, self.tr("Discard the new user?"),
                self.tr("The name and e-mail you typed are thrown away.")) != QMessageBox.StandardButton.Yes:
            return
        if self.kept_draft is not None:
            self.kept_draft.discard()
        super().reject()
