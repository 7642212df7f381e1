"""The selected case beside the cases list: what it is about and where it stands, the conversation, its files, and
the reply box.

Reads come straight from `sync.cases.thread` (a few indexed queries); writes go through `ctx.write(...)` to the
database thread and are announced by the write itself (`AppContext.write`), so the list beside it updates too. Opening a file may
download it (network), so that runs on the general pool, never on the database thread or the UI thread.

A reply typed and not sent is kept per case, in memory while the user looks at other cases and in the cache's drafts
(`desktop.drafts`), so it survives a crash: opening the case again brings it back and says so.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import drafts
from desktop.context import AppContext
from desktop.views.cases.case_attachments import CaseAttachmentsPanel
from desktop.views.cases.case_conversation import ConversationView
from desktop.views.cases.case_labels import (
    category_label,
    department_label,
    state_label,
)
from desktop.views.cases.case_problems import code_text, problems_text
from desktop.views.cases.case_widgets import expected_answer_at, expected_answer_text
from desktop.views.widgets.attachment_files import AttachmentFiles
from desktop.views.widgets.draft_notice import DraftNotice
from desktop.views.widgets.labels import bold, muted, plain_label
from desktop.views.widgets.messages import color_message, error_label, set_error
from desktop.views.widgets.wrap_row import WrapRow
from domain import problems
from domain.cases import (
    ANSWER_OWED_STATES,
    OPEN_STATES,
    REQUEST_TYPES,
    CaseRuleError,
    check_transition,
    is_overdue,
    may_take,
)
from domain.clock import utc_now
from domain.text_limits import MAX_TEXT
from sync.account import queries as account_queries
from sync.account.records import UserRow
from sync.cases import operations as case_operations
from sync.cases import thread as case_thread
from sync.cases.thread import CaseDetail, ThreadEntry

WATCHED = frozenset({"case", "case_message", "case_event", "case_attachment"})


class CaseDetailView(QWidget):
    reply_queued = Signal(str)  # case id
    pending_requested = Signal(int)  # the outbox seq of a refused message the user wants to put right

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.now = utc_now  # when an expected answer is overdue (tests set their own clock)
        self.case_id: str | None = None
        self.case: CaseDetail | None = None
        self._drafts: dict[str, tuple[str, list[Path]]] = {}
        self._sending = False
        self._restoring = False
        self.kept_draft = drafts.FormDraft(ctx, "reply", snapshot=self._draft_snapshot, parent=self)
        self._build()
        self._connect()
        self.show_case(None)

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.placeholder = muted(plain_label(self.tr("Select a case to see its conversation."), selectable=False))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_case())
        QVBoxLayout(self).addWidget(self.stack)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def _build_case(self) -> QWidget:
        self.title_label = bold(plain_label(), 1.2)
        self.title_label.setAccessibleName(self.tr("Case"))
        self.product_label = plain_label()
        self.facts_label = plain_label()
        self.expected_label = plain_label()
        self.email_check = QCheckBox(self.tr("Send me e-mail &updates about this case"))
        self.cancel_button = QPushButton(self.tr("&Cancel case…"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.action_message = error_label()
        actions = WrapRow(self.email_check, [self.reopen_button, self.cancel_button])  # the pane may be narrow

        self.conversation = ConversationView()
        self.conversation.pending_requested.connect(self.pending_requested)
        self.attachments = CaseAttachmentsPanel(self._ctx)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title_label, self.product_label, self.facts_label, self.expected_label):
            top_layout.addWidget(widget)
        top_layout.addWidget(actions)
        top_layout.addWidget(self.action_message)
        top_layout.addWidget(self.conversation, 1)
        top_layout.addWidget(self.attachments)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self._build_reply())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _build_reply(self) -> QWidget:
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        self.reply_edit.setTabChangesFocus(True)
        self.reply_error = error_label()
        self.reply_box = QWidget()
        self.draft_notice = DraftNotice(self.reply_box, text=self.tr("Your unsent reply from {time} is back."))
        self.reply_attachments = AttachmentFiles(
            self._ctx, self.reply_box, list_name=self.tr("Files to send with the reply"),
            add_text=self.tr("&Attach files…"), remove_text=self.tr("Remove file"))
        self.reply_attachments.list_widget.setMaximumHeight(60)
        self.reply_attachments.accept_drops(self.reply_edit)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(False)
        self.closed_note = muted(plain_label(selectable=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_attachments.add_button)
        buttons.addWidget(self.reply_attachments.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self.reply_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.draft_notice)
        layout.addWidget(self.reply_edit, 1)
        layout.addWidget(self.reply_error)
        layout.addWidget(self.reply_attachments.message)
        layout.addWidget(self.reply_attachments.list_widget)
        layout.addLayout(buttons)
        self._show_reply_files()
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.closed_note)
        outer.addWidget(self.reply_box, 1)
        return holder

    def _connect(self) -> None:
        self.email_check.clicked.connect(self._email_clicked)
        self.cancel_button.clicked.connect(self.cancel_case)
        self.reopen_button.clicked.connect(self.reopen_case)
        self.reply_attachments.changed.connect(self._show_reply_files)
        self.send_button.clicked.connect(self.send_reply)
        self.reply_edit.textChanged.connect(lambda: set_error(self.reply_error, None))
        self.reply_edit.textChanged.connect(self._touch_draft)
        self.reply_attachments.changed.connect(self._touch_draft)
        self.draft_notice.discard_requested.connect(self.discard_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.reply_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send_reply)
        self._ctx.cache_changed.connect(self._on_cache_changed)

    # --- showing a case ----------------------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        """Show `case_id` (None: the placeholder). Showing a case marks it read."""
        changed_case = case_id != self.case_id
        if changed_case:
            self._keep_draft()
            self.kept_draft.retarget(case_id or "")
        self.case_id = case_id
        if changed_case:
            self._restoring = True
            self._reset_reply()
            self._restore_draft()
            self._restoring = False
            set_error(self.action_message, None)
            self.attachments.clear_status()
        self._refresh(keep_position=not changed_case)
        if self.case is not None and self.case.unread:
            self._ctx.write(case_operations.mark_case_read, self.case.id)\
                .failure(lambda _error: None).run_on(self._ctx.db_pool)

    def _refresh(self, *, keep_position: bool = True) -> None:
        self.case = case_thread.case_detail(self._ctx.engine, self.case_id) if self.case_id else None
        if self.case is None:
            self.stack.setCurrentWidget(self.placeholder)
            self.conversation.clear_entries()
            return
        self.stack.setCurrentIndex(1)
        self._show_header(self.case)
        user = account_queries.current_user(self._ctx.engine)
        entries = with_description(self.case, case_thread.thread(self._ctx.engine, self.case.id), user)
        self.conversation.set_entries(entries, my_name=user.name if user else None, case_state=self.case.state,
                                      keep_position=keep_position)
        self.attachments.set_rows(case_thread.attachments(self._ctx.engine, self.case.id))
        self._show_reply_state(self.case)

    def _show_header(self, case: CaseDetail) -> None:
        number = case.number or self.tr("Not sent yet")
        self.title_label.setText(f"{number} · {case.subject}")
        if case.type == "account_question":
            self.product_label.setText(self.tr("Account question"))
        elif case.serial is None:
            self.product_label.setText(self.tr("Product no longer in your list"))
        else:
            self.product_label.setText(" · ".join(part for part in (case.serial, case.model, case.site_name,
                                                                      case.location) if part))
        facts = " · ".join((category_label(case.category or case.type), department_label(case.department),
                            state_label(case.state, case.sync_status)))
        if case.type in REQUEST_TYPES:
            from desktop.views.requests.request_summary import request_summary  # noqa: PLC0415 - requests only
            facts = "\n".join(filter(None, (facts, request_summary(self._ctx.engine, case.id))))
        self.facts_label.setText(facts)
        text, overdue = self._expected_text(case)
        self.expected_label.setText(text)
        self.expected_label.setVisible(bool(text))
        color_message(self.expected_label, "warning" if overdue else None)
        self.expected_label.setProperty("overdue", overdue)
        self.email_check.setChecked(case.email_updates)
        self.email_check.setEnabled(case.state not in ("closed", "cancelled"))
        self.cancel_button.setVisible(self._allows(case, "cancel"))
        self.reopen_button.setVisible(self._allows(case, "reopen"))

    def _expected_text(self, case: CaseDetail) -> tuple[str, bool]:
        """Only while the service desk owes an answer: not while it waits for the customer, nor once it is done.
        The text, and whether the answer is overdue (which the text says too)."""
        if case.state not in ANSWER_OWED_STATES:
            return "", False
        moment = expected_answer_at(created_at=case.created_at, cached=case.expected_response_at,
                                    case_type=case.type, response_time_hours=case.response_time_hours)
        overdue = is_overdue(case.state, moment, self.now())
        return expected_answer_text(moment, overdue=overdue), overdue

    def _allows(self, case: CaseDetail, action: str) -> bool:
        """Whether the signed-in user may take `action` now: the portal's rules of who (`may_take`: cancel and
        reopen are for the case's author or an administrator) and of when (`check_transition`)."""
        if not may_take_action(case, action, account_queries.current_user(self._ctx.engine)):
            return False
        try:
            check_transition(case.state, action, actor_role="customer", resolved_at=case.resolved_at,
                             now=datetime.now(timezone.utc))
        except CaseRuleError:
            return False
        return True

    def _show_reply_state(self, case: CaseDetail) -> None:
        can_reply = case.state in OPEN_STATES
        self.reply_box.setVisible(can_reply)
        self.closed_note.setVisible(not can_reply)
        if case.state == "resolved":
            self.closed_note.setText(self.tr("This case is resolved. Reopen it to write again, or open a new case."))
        else:
            self.closed_note.setText(self.tr("This case is closed. Open a new case if you need more help."))

    def _on_cache_changed(self, entity: str, ids: frozenset[str] | None) -> None:
        if self.case_id is None or entity not in WATCHED:
            return
        if entity == "case" and ids is not None and self.case_id not in ids:
            return
        self._refresh(keep_position=True)

    # --- actions -----------------------------------------------------------------------------------------------

    def _email_clicked(self, on: bool) -> None:
        if self.case is None:
            return
        self._ctx.write(case_operations.queue_email_updates, self.case.id, on)\
            .failure(self._action_failed).run_on(self._ctx.db_pool)

    def confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Cancel case"),
            self.tr("Cancel this case? The service desk stops working on it. You can open a new case later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel_case(self) -> None:
        if self.case is None or not self._allows(self.case, "cancel") or not self.confirm_cancel():
            return
        self._queue_action("cancel")

    def confirm_reopen(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Reopen case"),
            self.tr("Reopen this case? The service desk takes it up again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reopen_case(self) -> None:
        if self.case is None or not self._allows(self.case, "reopen") or not self.confirm_reopen():
            return
        self._queue_action("reopen")

    def _queue_action(self, action: str) -> None:
        set_error(self.action_message, None)
        self._ctx.write(case_operations.queue_case_action, self.case.id, action)\
            .failure(self._action_failed).run_on(self._ctx.db_pool)

    def _action_failed(self, error: BaseException) -> None:
        if isinstance(error, CaseRuleError):
            set_error(self.action_message, rule_error_text(error))
            self._refresh()
            return
        if isinstance(error, case_operations.UnknownCase):
            set_error(self.action_message, self.tr("This case is no longer in the local data."))
            return
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    # --- reply -------------------------------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        """A reply typed but not sent stays with its case while the user looks at another one."""
        if self.case_id is None:
            return
        text = self.reply_edit.toPlainText()
        if text.strip() or self.reply_attachments.files:
            self._drafts[self.case_id] = (text, self.reply_attachments.files)
        else:
            self._drafts.pop(self.case_id, None)

    def _restore_draft(self) -> None:
        text, files = self._drafts.pop(self.case_id, ("", [])) if self.case_id else ("", [])
        kept = self.kept_draft.load() if self.case_id and not text and not files else None
        if kept is not None:
            text = str(kept.payload.get("text") or "")
            files = [Path(p) for p in kept.payload.get("files") or () if Path(p).is_file()]
            self.draft_notice.show_restored(kept.updated_at)
        self.reply_edit.blockSignals(True)
        self.reply_edit.setPlainText(text)
        self.reply_edit.blockSignals(False)
        self.reply_attachments.set_files(files)

    def _draft_snapshot(self) -> dict | None:
        text, files = self.reply_edit.toPlainText(), self.reply_attachments.files
        return {"text": text, "files": [str(p) for p in files]} if self.case_id and (text.strip() or files) else None

    def _touch_draft(self) -> None:
        if not self._restoring:
            self.kept_draft.touch()

    def discard_draft(self) -> None:
        """The restored reply is not wanted: an empty box, and the draft is forgotten."""
        self._restoring = True
        self._reset_reply()
        self._restoring = False
        if self.case_id:
            self._drafts.pop(self.case_id, None)
        self.kept_draft.discard()

    def has_unsaved_changes(self) -> bool:
        """True while a reply is typed (for this case or one seen before) and not yet sent."""
        self._keep_draft()
        return bool(self._drafts)

    def _reset_reply(self) -> None:
        self.draft_notice.hide()
        self.reply_edit.blockSignals(True)
        self.reply_edit.clear()
        self.reply_edit.blockSignals(False)
        self.reply_attachments.clear()
        set_error(self.reply_error, None)

    def _show_reply_files(self) -> None:
        """The list and its Remove button only while there are files; Send waits for the checks."""
        shown = self.reply_attachments.has_entries()
        self.reply_attachments.list_widget.setVisible(shown)
        self.reply_attachments.remove_button.setVisible(shown)
        checking = self.reply_attachments.checking()
        self.send_button.setEnabled(not checking and not self._sending)
        self.send_button.setToolTip(self.tr("Wait until the files are checked.") if checking else "")

    def _set_sending(self, sending: bool) -> None:
        """While a reply is being queued Send stays off, whatever a file check finishing meanwhile says."""
        self._sending = sending
        self._show_reply_files()

    def send_reply(self) -> None:
        if self.case is None or self.case.state not in OPEN_STATES or self._sending:
            return
        body = self.reply_edit.toPlainText().strip()
        if not body:
            set_error(self.reply_error, code_text(problems.CASE_REPLY_MISSING))
            self.reply_edit.setFocus()
            return
        if len(body) > MAX_TEXT:
            set_error(self.reply_error, code_text(problems.CASE_REPLY_TOO_LONG, {"max": MAX_TEXT}))
            return
        if self.reply_attachments.checking():
            return
        self._set_sending(True)
        self._ctx.write(case_operations.queue_reply, self.case.id, body, self.reply_attachments.files,
                        data_dir=self._ctx.workspace.data_dir) \
            .success(lambda changed, case_id=self.case.id: self._reply_queued(case_id, changed)) \
            .failure(self._reply_failed).run_on(self._ctx.db_pool)

    def _reply_queued(self, case_id: str, changed) -> None:
        """The reply is queued; the box empties only if the user still looks at that case (they may have moved on)."""
        self._set_sending(False)
        self._drafts.pop(case_id, None)
        if self.kept_draft.key == case_id:
            self.kept_draft.discard()
        else:
            drafts.forget(self._ctx, "reply", case_id)
        if self.case_id == case_id:
            self._restoring = True
            self._reset_reply()
            self._restoring = False
        if self.case_id == case_id:
            self._refresh(keep_position=False)
        self.reply_queued.emit(case_id)

    def _reply_failed(self, error: BaseException) -> None:
        self._set_sending(False)
        if isinstance(error, case_operations.CaseInputError):
            set_error(self.reply_error, problems_text(error.problems))
            return
        if isinstance(error, CaseRuleError):
            set_error(self.reply_error, rule_error_text(error))
            self._refresh()
            return
        if isinstance(error, case_operations.UnknownCase):
            set_error(self.reply_error, self.tr("This case is no longer in the local data."))
            return
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)


def may_take_action(case: CaseDetail, action: str, user: UserRow | None) -> bool:
    """`domain.cases.may_take` for the signed-in user (None: not known yet, so not the author nor an administrator);
    the case's author is named by e-mail (`created_by`)."""
    is_author = user is not None and case.created_by.strip().casefold() == user.email.strip().casefold()
    return may_take(action, is_author=is_author, is_admin=user is not None and user.role == "admin")


def with_description(case: CaseDetail, entries: list[ThreadEntry], user: UserRow | None = None) -> list[ThreadEntry]:
    """The case's description is its opening message, by whoever opened the case (the creation event names them;
    a case not sent yet has no events, and its creator is the signed-in `user`, named by name rather than by the
    e-mail address the case row keeps): placed after the events of its creation."""
    creator = next((e.author_name for e in entries if e.kind == "event" and e.action == "create"), None)
    if creator is None and user is not None and case.created_by.casefold() == user.email.casefold():
        creator = user.name or None
    opening = ThreadEntry(kind="message", id=f"{case.id}:description", author_kind="customer",
                          author_name=creator or case.created_by, created_at=case.created_at,
                          body=case.description, sync_status=case.sync_status, refusal=case.refusal)
    position = 0
    while position < len(entries) and entries[position].kind == "event" \
            and entries[position].created_at <= case.created_at:
        position += 1
    return entries[:position] + [opening] + entries[position:]


def rule_error_text(error: CaseRuleError) -> str:
    """A refused action in the user's words, from its code only (`error.message` is the portal's English)."""
    return code_text(error.code)
