"""The Users page, an administrator's only (`desktop.shell.pages`): the account's users with role, status and how
many machines each has; "New user…" (Ctrl+N), a role change, deactivate or reactivate, and "Machines…" (the
assignment picker) for the user selected. Every change is queued at once and sent with the next sync; a refusal
(the last administrator, say) is shown here, where the user clicked."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.models.users import UsersModel
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.users.user_problems import user_problem_text
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.messages import error_label, set_error
from desktop.views.widgets.tables import (
    current_object,
    fit_columns,
    list_table,
    select_row,
)
from sync.users.operations import UserInputError, queue_user_change
from sync.users.records import ManagedUser


class UsersPage(Page):
    has_new = True
    title = staticmethod(page_titles.users)

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.ctx = ctx
        self.model = UsersModel(ctx, self)
        self.dialog = None
        self._build()
        self.model.reload()
        self._after_reset()

    def _build(self) -> None:
        self.table = list_table(self.model, self.tr("Users"), stretch=1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.open_machines())
        self.new_button = QPushButton(self.tr("&New user…"))
        self.role_button = QPushButton()
        self.active_button = QPushButton()
        self.machines_button = QPushButton(self.tr("&Machines…"))
        self.new_button.clicked.connect(self.new_item)
        self.role_button.clicked.connect(self.toggle_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.machines_button.clicked.connect(self.open_machines)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.role_button, self.active_button, self.machines_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def _after_reset(self) -> None:
        """Names and roles fit their text (a few dozen rows: cheap); the e-mail column takes the rest."""
        fit_columns(self.table, [0, 2, 3, 4])
        self._update_buttons()

    def selected(self) -> ManagedUser | None:
        return current_object(self.table)

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _update_buttons(self) -> None:
        user = self.selected()
        admin = user is not None and user.role == "admin"
        self.role_button.setText(self.tr("Make &customer") if admin else self.tr("Make &administrator"))
        self.active_button.setText(self.tr("&Reactivate") if user is not None and not user.active
                                   else self.tr("&Deactivate"))
        for button in (self.role_button, self.active_button, self.machines_button):
            button.setEnabled(user is not None)

    def new_item(self) -> None:
        from desktop.views.users.new_user_dialog import NewUserDialog  # noqa: PLC0415 - opened on demand
        dialog = NewUserDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._created(dialog.created_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _created(self, user_id: str | None) -> None:
        self.status_message.emit(self.tr("The new user is queued; the portal mails the invitation when it gets it."))
        if user_id:
            self.select_item(user_id)

    def toggle_role(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(user, role="customer" if user.role == "admin" else "admin")

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(user, active=not user.active)

    def _change(self, user: ManagedUser, **change: object) -> None:
        set_error(self.message, None)
        (self.ctx.write(queue_user_change, user.id, initiator=self, **change)
         .failure(self._refused).run_on(self.ctx.db_pool))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, UserInputError):
            set_error(self.message, "\n".join(user_problem_text(p) for p in error.problems))
        else:
            show_error(error)

    def open_machines(self) -> None:
        user = self.selected()
        if user is None:
            return
        from desktop.views.users.assignment_picker import AssignmentPicker  # noqa: PLC0415 - opened on demand
        dialog = AssignmentPicker(self.ctx, user, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
