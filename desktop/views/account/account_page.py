"""The Account page: the customer's company as the portal holds it, for every user of the account. An administrator
changes it here (checked as typed, saved offline and sent with the next sync); a customer sees the same fields
read-only and a line saying who can change them. "Ask about the account…" opens the new-case form as an account
question on the topic chosen (invoice, contract, address, other).

While an edit waits in the queue the page says so. When someone else changed the account meanwhile (412) the
page keeps showing the user's values and offers the conflict dialog (`desktop.views.conflicts`: keep mine, take the
portal's, or per field); another refusal is shown with its reason and can be discarded.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.models.outbox import reason_headline
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.account.account_form import AccountForm
from desktop.views.account.account_labels import FIELD_LABELS, field_label
from desktop.views.account.account_problems import problem_text
from desktop.views.cases.case_labels import category_label
from desktop.views.cases.case_problems import rejection_text
from desktop.views.conflicts.edit_fields import edit_problem_text
from desktop.views.widgets.labels import bold, muted, plain_label
from desktop.views.widgets.messages import error_label, set_error
from domain.cases import ACCOUNT_CATEGORIES
from sync.account import queries
from sync.account.account_edits import AccountInputError, queue_account_edit
from sync.edits.operations import EditRefused
from sync.edits.rows import is_conflict
from sync.engine import replay
from sync.outbox.records import OutboxItem

ACCOUNT_ENTITIES = frozenset({"account", "me", "outbox"})


class AccountPage(Page):
    title = staticmethod(page_titles.account)

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.ctx = ctx
        self.edit_item: OutboxItem | None = None
        self._build()
        self.reload()
        ctx.cache_changed.connect(self._on_cache_changed)

    def _build(self) -> None:
        self.heading = bold(plain_label(""), 1.3)
        self.who_line = muted(plain_label(""))
        self.edit_line = plain_label("")
        self.refused_line = error_label()
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.setToolTip(self.tr("See your values beside the portal's and choose what to keep"))
        self.resolve_button.clicked.connect(self.resolve)
        self.discard_button = QPushButton(self.tr("Discard my changes"))
        self.discard_button.setToolTip(self.tr("Keep the portal's version; your changes are thrown away"))
        self.discard_button.clicked.connect(self.discard)
        refused = QHBoxLayout()
        refused.addWidget(self.resolve_button)
        refused.addWidget(self.discard_button)
        refused.addStretch(1)
        self.form = AccountForm()
        self.form.changed.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.clicked.connect(self.reload)
        self.ask_button = QPushButton(self.tr("&Ask about the account…"))
        self.ask_button.setToolTip(self.tr("Ask the vendor about an invoice, the contract, an address or something "
                                           "else; you can follow the answer under Cases"))
        self.ask_menu = QMenu(self.ask_button)
        for topic in ACCOUNT_CATEGORIES:
            action = self.ask_menu.addAction(category_label(topic))
            action.setData(topic)
            action.triggered.connect(lambda _checked=False, t=topic: self.ask(t))
        self.ask_button.setMenu(self.ask_menu)
        self.form_error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.who_line, self.edit_line, self.refused_line):
            layout.addWidget(widget)
        layout.addLayout(refused)
        layout.addWidget(self.form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # --- what it shows ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the account as the cache holds it (our waiting edit included); what was typed and not saved goes."""
        account = queries.current_account(self.ctx.engine)
        user = queries.current_user(self.ctx.engine)
        self.is_admin = user is not None and user.role == "admin"
        self.heading.setText(account.name if account else self.tr("Account"))
        self.form.show_account(account)
        self.form.set_editable(self.is_admin and account is not None)
        self.who_line.setText(self.tr("You are an administrator: you can change these details.") if self.is_admin
                              else self.tr("Only an administrator of your account can change these details. To have "
                                           "something changed, ask about the account."))
        if account is None:
            self.who_line.setText(self.tr("The account is not in the local data yet; it comes with the next sync."))
        self.save_button.setVisible(self.is_admin)
        self.undo_button.setVisible(self.is_admin)
        set_error(self.form_error, None)
        self._show_edit(queries.account_edit(self.ctx.engine))
        self._update_buttons()

    def _show_edit(self, item: OutboxItem | None) -> None:
        self.edit_item = item
        waiting = item is not None and item.state in ("queued", "sending")
        refused = item is not None and item.state == "rejected"
        self.edit_line.setText(self.tr("Your changes are saved on this computer and sent to the portal at the next "
                                       "sync.") if waiting else "")
        self.edit_line.setVisible(waiting)
        conflict = refused and is_conflict(item.problem)
        if conflict:
            text = self.tr("Someone else changed the account on the portal while your changes waited. Nothing has "
                           "been overwritten: choose what to keep.")
        elif refused:
            text = self.tr("The portal did not take your changes: {reason}").format(
                reason=rejection_text(item.problem, reason_headline(item)))
        else:
            text = None
        if refused and not conflict:
            text += "\n" + self.tr("Your changes: {changes}").format(changes=_changes_text(item))
        set_error(self.refused_line, text)
        self.resolve_button.setVisible(conflict and self.is_admin)
        self.discard_button.setVisible(refused and not conflict)

    def _update_buttons(self) -> None:
        edited = bool(self.form.edited())
        self.save_button.setEnabled(self.is_admin and edited and not self.form.problems())
        self.undo_button.setEnabled(edited)

    def has_unsaved_changes(self) -> bool:
        return self.is_admin and bool(self.form.edited())

    def _on_cache_changed(self, entity: str, _ids: object) -> None:
        if entity in ACCOUNT_ENTITIES and not self.has_unsaved_changes():
            self.reload()
        elif entity in ACCOUNT_ENTITIES:
            self._show_edit(queries.account_edit(self.ctx.engine))

    # --- what it does -------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self.form.validate():
            return
        self.save_button.setEnabled(False)
        (self.ctx.write(queue_account_edit, self.form.edited(), initiator=self)
         .success(self._saved).failure(self._refused).run_on(self.ctx.db_pool))

    def _saved(self, _changed) -> None:
        self.reload()
        self.status_message.emit(self.tr("Your changes are saved; they are sent with the next sync."))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, EditRefused):
            set_error(self.form_error, edit_problem_text(error.code))
            self._update_buttons()
            return
        if not isinstance(error, AccountInputError):
            raise error
        at_fields = [problem for problem in error.problems if problem.field]
        self.form.show_problems(at_fields)
        general = [problem_text(problem) for problem in error.problems if not problem.field]
        set_error(self.form_error, "\n".join(general) or None)
        self._update_buttons()

    def resolve(self) -> None:
        """The conflict dialog for the edit someone else's change met (one at a time)."""
        item = self.edit_item
        if item is None or item.state != "rejected":
            return
        from desktop.views.conflicts.conflict_dialog import open_conflict  # noqa: PLC0415 - opened rarely

        self.conflict_dialog = open_conflict(self.ctx, item.seq, self)

    def discard(self) -> None:
        item = self.edit_item
        if item is None or item.state != "rejected":
            return
        (self.ctx.write(replay.discard, item.seq, initiator=self)
         .success(lambda _changed: self.reload()).run_on(self.ctx.db_pool))

    def ask(self, topic: str) -> None:
        """The new-case form as an account question on `topic` (a category of `domain.cases.ACCOUNT_CATEGORIES`)."""
        self.nav.new_case(case_type="account_question", category=topic)


def _changes_text(item: OutboxItem) -> str:
    """What a refused edit would have written, field by field: "Main contact: Ingrid Berg; Phone: 22 33 44 55"."""
    return "; ".join(f"{field_label(field)}: {item.body[field]}" for field in FIELD_LABELS if field in item.body)
