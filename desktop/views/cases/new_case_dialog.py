"""A new support case or account question, queued offline.

Guides first: as soon as the machine, category or subject say what the problem is, the matching self-help guides are
offered beside the form ("Have you tried these?") and can be run right here; the user can always go on and send the
case. Every field is checked as it is typed with `case_operations.check_case_draft` (offline) and its message shows
under it; OK stays disabled until the draft is valid, and whatever keeps it disabled is said at its field from the
start (a field not filled in yet as what it still needs, "Choose a category.", in the muted colour).

Files are checked as they are added (or dropped), off the UI thread (`AttachmentFiles`): each shows "checking…" at
once, then OK, or it leaves the list and why shows beside it; Send waits for the checks.
Closing the dialog with something typed asks first; a queued case closes without a question. Everything in the form
is kept as a draft while it is typed (`desktop.drafts`): after a crash the dialog opens on it, says so, and offers to
throw it away (back to what the form opened with).

The same form corrects a new case the portal refused (`correcting`): it opens on what was sent, shows the portal's
reason above it, and sends the case again under its own id; its files wait in the queue and follow it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.drafts import FormDraft
from desktop.formatting import format_moment_with_day
from desktop.i18n import current_language
from desktop.models.base import OBJECT_ROLE
from desktop.models.guides import GuideHitsModel
from desktop.models.outbox import reason_headline
from desktop.views.cases.case_labels import category_label
from desktop.views.cases.case_problems import (
    problem_text,
    problems_text,
    rejection_text,
)
from desktop.views.cases.case_widgets import expected_answer_at
from desktop.views.pending.state_errors import outbox_state_text
from desktop.views.products.product_picker import ProductPicker
from desktop.views.self_help.guide_list import guide_list_view
from desktop.views.self_help.guide_runner import (
    CaseRequest,
    GuideRunner,
    steps_description,
)
from desktop.views.widgets.questions import chose_discard, discard_box
from desktop.views.widgets.attachment_files import AttachmentFiles
from desktop.views.widgets.draft_notice import DraftNotice
from desktop.views.widgets.labels import muted, plain_label
from desktop.views.widgets.messages import (
    error_label,
    set_error,
    set_needed,
    with_error,
)
from domain import problems as codes
from domain.cases import ACCOUNT_CATEGORIES, SUPPORT_CATEGORIES
from domain.problems import Problem
from domain.text_limits import MAX_SUBJECT
from sync.account import preferences
from sync.cases import operations as case_operations
from sync.cases.operations import CaseDraft, CaseInputError
from sync.guides import search as guide_search
from sync.guides.related import related_guides
from sync.outbox.queue import OutboxStateError
from sync.outbox.records import OutboxItem

translate = QCoreApplication.translate  # the bare name lupdate recognises
GUIDE_DELAY_MS = 300
MAX_GUIDES = 5
FIELDS = ("type", "product_id", "category", "subject", "description", "contact_name", "contact_email")
NEEDED_CODES = frozenset({codes.CASE_TYPE_MISSING, codes.CASE_PRODUCT_REQUIRED, codes.CASE_CATEGORY_MISSING,
                          codes.CASE_SUBJECT_MISSING, codes.CASE_DESCRIPTION_MISSING})
"""A field not filled in yet: said as what it still needs, not as a mistake, until the user has been at it."""


class NewCaseDialog(QDialog):
    case_queued = Signal(str)      # the new case's id
    guide_requested = Signal(str)  # a guide opened from the suggestions (the self-help page may show it too)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, product_id: str | None = None,
                 case_type: str | None = None, category: str | None = None, subject: str = "", description: str = "",
                 guide_steps: Sequence[str] = (), guide_title: str = "", given_up_guide: str | None = None,
                 correcting: OutboxItem | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.given_up_guides: set[str] = {given_up_guide} if given_up_guide else set()  # never offered again
        self._failed_guide = (given_up_guide, guide_title) if given_up_guide else None  # (id, title): the latest
        self.correcting = correcting
        self._sent = False
        self._touched: set[str] = set()
        self._errors: dict[str, str] = {}
        self._queuing = False
        self.setWindowTitle(self.tr("New case"))
        self.guides_model = GuideHitsModel(self)
        self._guide_timer = QTimer(self, singleShot=True, interval=GUIDE_DELAY_MS)
        self._guide_timer.timeout.connect(self.update_guides)
        self._build()
        if correcting is not None:
            self._prefill_correction(correcting)
        else:
            self._prefill(product_id, category, subject, description, tuple(guide_steps), guide_title,
                          case_type=case_type)
        self._prefilled = self._typed_text()
        self._opening_state = self.form_state()
        # a correction is the outbox item itself (it stays queued until sent again or discarded): no draft of it
        self.kept_draft = None if correcting is not None else FormDraft(ctx, "new_case", snapshot=self._snapshot,
                                                                        parent=self)
        self._restore_draft()
        self._connect()
        self.validate()
        self.update_guides()

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.error_labels = {name: error_label() for name in (*FIELDS, "general")}
        self.type_support = QRadioButton(self.tr("A &machine needs help"))
        self.type_account = QRadioButton(self.tr("An account &question (invoice, contract…)"))
        self.type_group = QButtonGroup(self)
        self.type_group.addButton(self.type_support)
        self.type_group.addButton(self.type_account)
        self.type_support.setChecked(True)
        types = QHBoxLayout()
        types.addWidget(self.type_support)
        types.addWidget(self.type_account)
        types.addStretch(1)
        self.machine_picker = ProductPicker(self._ctx, none_text=self.tr("Choose a machine…"))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setMaxLength(MAX_SUBJECT + 50)  # over the limit shows the message
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(110)
        self.contact_name_edit = QLineEdit()
        self.contact_email_edit = QLineEdit()
        self.email_check = QCheckBox(self.tr("Send me e-mail &updates about this case"))
        self.email_check.setChecked(preferences.email_updates_default(self._ctx.engine))  # the user's default
        self.expected_label = plain_label(selectable=False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Type:"), self._with_error(types, "type"))
        self.machine_row_label = self.tr("&Machine:")
        form.addRow(self.machine_row_label, self._with_error(self.machine_picker, "product_id"))
        form.addRow(self.tr("C&ategory:"), self._with_error(self.category_combo, "category"))
        form.addRow(self.tr("&Subject:"), self._with_error(self.subject_edit, "subject"))
        form.addRow(self.tr("&Description:"), self._with_error(self.description_edit, "description"))
        form.addRow(self.tr("Contact &name:"), self._with_error(self.contact_name_edit, "contact_name"))
        form.addRow(self.tr("Contact &e-mail:"), self._with_error(self.contact_email_edit, "contact_email"))
        form.addRow("", self.email_check)
        form.addRow(self.tr("Files:"), self._build_files())
        form.addRow("", self.expected_label)
        self.form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send &case"))
        self.rejection_label = error_label()  # the portal's reason, when a refused case is corrected
        self.draft_notice = DraftNotice(self)
        left = QVBoxLayout()
        left.addWidget(self.rejection_label)
        left.addWidget(self.draft_notice)
        left.addLayout(form, 1)
        left.addWidget(self.error_labels["general"])
        left.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self._build_guides(), 2)
        self.resize(980, 640)
        self._update_type_fields()

    def _with_error(self, field, name: str) -> QWidget:
        return with_error(field, self.error_labels[name])

    def _build_files(self) -> QWidget:
        holder = QWidget()
        files = self.attachments = AttachmentFiles(self._ctx, holder, list_name=self.tr("Files to attach"),
                                                   add_text=self.tr("Add &files…"), remove_text=self.tr("&Remove"))
        files.list_widget.setMaximumHeight(70)
        files.list_widget.setToolTip(self.tr("Add files with the button, or drop them here"))
        files.accept_drops(self.description_edit)
        buttons = QVBoxLayout()
        buttons.addWidget(files.add_button)
        buttons.addWidget(files.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(files.list_widget, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        row.addWidget(files.message, 1, Qt.AlignmentFlag.AlignTop)
        return holder

    def _build_guides(self) -> QWidget:
        self.guides_box = QGroupBox(self.tr("Have you tried these?"))
        self.guides_hint = muted(plain_label(self.tr("These guides solve many problems in a few minutes. You can "
                                                     "still send the case."), selectable=False))
        self.guides_list = guide_list_view(self.guides_model, self.tr("Matching guides"))
        self.open_guide_button = QPushButton(self.tr("&Open guide"))
        self.no_guides_label = muted(plain_label("", selectable=False))  # worded per type: _update_type_fields
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.guides_hint)
        list_layout.addWidget(self.guides_list, 1)
        list_layout.addWidget(self.no_guides_label)
        list_layout.addWidget(self.open_guide_button, 0, Qt.AlignmentFlag.AlignRight)
        self.runner = GuideRunner()
        self.back_to_guides = QPushButton(self.tr("← All suggestions"))
        runner_page = QWidget()
        runner_layout = QVBoxLayout(runner_page)
        runner_layout.setContentsMargins(0, 0, 0, 0)
        runner_layout.addWidget(self.back_to_guides, 0, Qt.AlignmentFlag.AlignLeft)
        runner_layout.addWidget(self.runner, 1)
        self.guides_stack = QStackedWidget()
        self.guides_stack.addWidget(list_page)
        self.guides_stack.addWidget(runner_page)
        QVBoxLayout(self.guides_box).addWidget(self.guides_stack)
        return self.guides_box

    def _connect(self) -> None:
        self.type_group.buttonToggled.connect(lambda _b, _on: self._type_changed())
        self.machine_picker.product_changed.connect(self._product_changed)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._changed("category", guides=True))
        self.subject_edit.textEdited.connect(lambda _t: self._changed("subject", guides=True))
        self.description_edit.textChanged.connect(lambda: self._changed("description"))
        self.contact_name_edit.textEdited.connect(lambda _t: self._changed("contact_name"))
        self.contact_email_edit.textEdited.connect(lambda _t: self._changed("contact_email"))
        self.attachments.changed.connect(self.validate)
        self.open_guide_button.clicked.connect(self.open_selected_guide)
        self.guides_list.doubleClicked.connect(lambda _index: self.open_selected_guide())
        self.guides_list.activated.connect(lambda _index: self.open_selected_guide())
        self.back_to_guides.clicked.connect(lambda: self.guides_stack.setCurrentIndex(0))
        self.runner.case_requested.connect(self.apply_guide_request)
        self.buttons.accepted.connect(self.queue)
        self.buttons.rejected.connect(self.reject)
        if self.kept_draft is not None:
            self.draft_notice.discard_requested.connect(self.discard_draft)
            for signal in (self.type_group.buttonToggled, self.machine_picker.product_changed,
                           self.category_combo.currentIndexChanged, self.subject_edit.textChanged,
                           self.description_edit.textChanged, self.contact_name_edit.textChanged,
                           self.contact_email_edit.textChanged, self.email_check.toggled, self.attachments.changed):
                signal.connect(self.kept_draft.touch)

    # --- pre-filling -------------------------------------------------------------------------------------------

    def _prefill(self, product_id: str | None, category: str | None, subject: str, description: str,
                 guide_steps: tuple[str, ...], guide_title: str, *, case_type: str | None = None) -> None:
        """`case_type` "account_question" opens it as one (the Account page's topics include "other", which a
        support case has too); without it, a category only an account question has says so."""
        account_only = category in ACCOUNT_CATEGORIES and category not in SUPPORT_CATEGORIES
        if product_id is None and (case_type == "account_question" or account_only):
            self.type_account.setChecked(True)
            self._update_type_fields()
        if product_id is not None:
            self.machine_picker.set_product_id(product_id)
            self._fill_contact(self.machine_picker.product())
        if category is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))
        if subject:
            self.subject_edit.setText(subject)
        elif guide_title and guide_steps:
            self.subject_edit.setText(guide_title)
        text = "\n\n".join(part for part in (description.strip(), steps_description(guide_steps)) if part)
        if text:
            self.description_edit.setPlainText(text + "\n")
        self._update_type_fields()

    def _prefill_correction(self, item: OutboxItem) -> None:
        """A refused case: what was sent, the portal's reason above it, no files (those queued wait for the case)."""
        draft = case_operations.case_draft(item.body)
        self.setWindowTitle(self.tr("Correct the case"))
        reason = rejection_text(item.problem, reason_headline(item))
        set_error(self.rejection_label, self.tr("The portal refused this case: {reason}").format(
            reason=reason or self.tr("no reason given")))
        (self.type_account if draft.type == "account_question" else self.type_support).setChecked(True)
        self._update_type_fields()
        if draft.product_id:
            self.machine_picker.set_product_id(draft.product_id)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(draft.category)))
        self.subject_edit.setText(draft.subject)
        self.description_edit.setPlainText(draft.description)
        self.contact_name_edit.setText(draft.contact_name)
        self.contact_email_edit.setText(draft.contact_email)
        self.email_check.setChecked(draft.email_updates)
        self._touched.update(FIELDS)  # what is wrong with it shows at once, and a new machine keeps this contact
        files = self.form.labelForField(self.attachments.list_widget.parentWidget())
        for widget in (self.attachments.list_widget.parentWidget(), files):
            if widget is not None:
                widget.hide()
        self.ok_button.setText(self.tr("Send &again"))
        self._update_type_fields()

    def _fill_contact(self, product) -> None:
        """The machine's contact person, unless the user typed their own."""
        if product is None:
            return
        if "contact_name" not in self._touched:
            self.contact_name_edit.setText(product.contact_name)
        if "contact_email" not in self._touched:
            self.contact_email_edit.setText(product.contact_email)

    # --- the draft kept across a crash ----------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        """Everything in the form as plain JSON values (the files as paths): what a draft keeps."""
        product = self.machine_picker.product()
        return {"type": "support" if self.type_support.isChecked() else "account_question",
                "product_id": product.id if product else None, "category": self.category_combo.currentData(),
                "subject": self.subject_edit.text(), "description": self.description_edit.toPlainText(),
                "contact_name": self.contact_name_edit.text(), "contact_email": self.contact_email_edit.text(),
                "email_updates": self.email_check.isChecked(),
                "files": [str(path) for path in self.attachments.files]}

    def set_form_state(self, state: dict[str, Any]) -> None:
        """Fill the form from `state`; a file that is not there any more is left out, the others are checked again."""
        (self.type_account if state.get("type") == "account_question" else self.type_support).setChecked(True)
        self._update_type_fields()
        self.machine_picker.set_product_id(state.get("product_id") or None)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(state.get("category"))))
        self.subject_edit.setText(str(state.get("subject") or ""))
        self.description_edit.setPlainText(str(state.get("description") or ""))
        self.contact_name_edit.setText(str(state.get("contact_name") or ""))
        self.contact_email_edit.setText(str(state.get("contact_email") or ""))
        self.email_check.setChecked(bool(state.get("email_updates", self.email_check.isChecked())))
        self.attachments.clear()
        self.attachments.add_files([Path(p) for p in state.get("files") or () if Path(p).is_file()])
        self._touched.update(name for name in FIELDS if state.get(name) != self._opening_state.get(name))
        self._update_type_fields()

    def _snapshot(self) -> dict[str, Any] | None:
        state = self.form_state()
        return state if state != self._opening_state else None

    def _restore_draft(self) -> None:
        kept = self.kept_draft.load() if self.kept_draft is not None else None
        if kept is None:
            return
        self.set_form_state(kept.payload)
        self.draft_notice.show_restored(kept.updated_at)

    def discard_draft(self) -> None:
        """The restored draft is not wanted: the form as it opened, and the draft is forgotten."""
        self.draft_notice.hide()
        self._touched.clear()
        self.set_form_state(self._opening_state)
        self._touched.clear()
        if self.kept_draft is not None:
            self.kept_draft.discard()
        self.validate()
        self.update_guides()

    # --- reacting ----------------------------------------------------------------------------------------------

    def _type_changed(self) -> None:
        self._update_type_fields()
        self._changed("type", guides=True)

    def _update_type_fields(self) -> None:
        """A machine's case and an account question differ in the machine row, the categories offered, the
        examples in the empty fields and what no guide yet asks for (an account question has no machine)."""
        support = self.type_support.isChecked()
        self.no_guides_label.setText(self.tr("No guide matches yet. Choose the machine and category, and write a "
                                             "subject.") if support else
                                     self.tr("No guide matches yet. Choose the category and write a subject."))
        self._fill_categories(SUPPORT_CATEGORIES if support else ACCOUNT_CATEGORIES)
        if support:
            self.subject_edit.setPlaceholderText(self.tr("For example: Paper jam in tray 2"))
            self.description_edit.setPlaceholderText(self.tr("What happens, since when, any code on the display…"))
        else:
            self.subject_edit.setPlaceholderText(self.tr("For example: Question about invoice 2026-1142"))
            self.description_edit.setPlaceholderText(self.tr(
                "What it is about: the invoice or contract number, the address, what you would like changed…"))
        self.machine_picker.setEnabled(support)
        label = self.form.labelForField(self.machine_picker.parentWidget())
        for widget in (self.machine_picker.parentWidget(), label):
            if widget is not None:
                widget.setVisible(support)

    def _fill_categories(self, categories: Sequence[str]) -> None:
        """Offer `categories`, keeping the chosen one when it is among them."""
        shown = [self.category_combo.itemData(i) for i in range(1, self.category_combo.count())]
        if shown == list(categories):
            return
        chosen = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("Choose a category…"), None)
        for category in categories:
            self.category_combo.addItem(category_label(category), category)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        self.category_combo.blockSignals(False)

    def _product_changed(self, product) -> None:
        self._fill_contact(product)
        self._changed("product_id", guides=True)

    def _changed(self, field: str, *, guides: bool = False) -> None:
        self._touched.add(field)
        self.validate()
        if guides:
            self._guide_timer.start()

    def draft(self) -> CaseDraft:
        support = self.type_support.isChecked()
        product = self.machine_picker.product() if support else None
        return CaseDraft(type="support" if support else "account_question",
                         product_id=product.id if product else None,
                         category=self.category_combo.currentData() or "",
                         subject=self.subject_edit.text().strip(), description=self.description_edit.toPlainText()
                         .strip(), contact_name=self.contact_name_edit.text().strip(),
                         contact_email=self.contact_email_edit.text().strip(),
                         email_updates=self.email_check.isChecked())

    def validate(self) -> dict[str, Problem]:
        """Check the draft and say under each field what stops Send: what a field still needs in the muted colour
        until the user has been at it, an error in red once they have (or when what is there is wrong). OK only when
        there is nothing to fix."""
        draft = self.draft()
        self._errors = case_operations.check_case_draft(self._ctx.engine, draft)
        for name in FIELDS:
            problem = self._errors.get(name)
            if problem is not None and name not in self._touched and problem.code in NEEDED_CODES:
                set_needed(self.error_labels[name], problem_text(problem))
            else:
                set_error(self.error_labels[name], problem_text(problem) if problem else None)
        checking = self.attachments.checking()
        self.ok_button.setEnabled(not self._errors and not self._queuing and not checking)
        if self._errors:
            self.ok_button.setToolTip(problems_text(list(self._errors.values())))
        elif checking:
            self.ok_button.setToolTip(self.tr("Wait until the files are checked."))
        else:
            self.ok_button.setToolTip(self.tr("The case is queued now and sent as soon as the portal is reachable"))
        self._show_expected(draft)
        return self._errors

    def _show_expected(self, draft: CaseDraft) -> None:
        product = self.machine_picker.product() if draft.type == "support" else None
        if draft.type == "support" and product is None:
            self.expected_label.clear()
            return
        moment = expected_answer_at(created_at=datetime.now(timezone.utc), cached=None, case_type=draft.type,
                                    response_time_hours=product.response_time_hours if product else None)
        self.expected_label.setText(self.tr(
            "The case is queued here and sent as soon as the portal can be reached. The expected answer is counted "
            "in business hours from when the portal receives it: if that is now, by {moment}.").format(
            moment=format_moment_with_day(moment)) if moment else "")

    # --- guides ------------------------------------------------------------------------------------------------

    def update_guides(self) -> None:
        """Offer the guides matching what is known so far. Right after a guide did not help (the subject is still
        its title, or empty), the guides related to it (`sync.guides.related`: the same fault and machine). Else
        the subject's words (any of them), within the category and the machine's type; with no subject yet, the
        category's guides."""
        self._guide_timer.stop()
        draft = self.draft()
        product = self.machine_picker.product() if draft.type == "support" else None
        family = product.family if product else None
        category = draft.category or None
        if self._failed_guide is not None and draft.subject in ("", self._failed_guide[1].strip()):
            self._show_guides(related_guides(self._ctx.engine, self._failed_guide[0], language=current_language(),
                                             category=category, family=family, exclude=self.given_up_guides,
                                             limit=MAX_GUIDES))
            return
        hits: list = []
        limit = MAX_GUIDES + len(self.given_up_guides)

        def search(text: str, **only) -> list:
            found = guide_search.search_guides(self._ctx.engine, text, language=current_language(), family=family,
                                               limit=limit, **only)
            return [hit for hit in found if hit.id not in self.given_up_guides][:MAX_GUIDES]

        if draft.subject:
            hits = search(draft.subject, category=category, match_all=False)
            if not hits and category:
                hits = search(draft.subject, match_all=False)
        if not hits and category:
            hits = search("", category=category)
        self._show_guides(hits)

    def _show_guides(self, hits: list) -> None:
        self.guides_model.set_hits(hits)
        if hits:
            self.guides_list.selectionModel().setCurrentIndex(self.guides_model.index(0),
                                                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.guides_list.setVisible(bool(hits))
        self.guides_hint.setVisible(bool(hits))
        self.open_guide_button.setVisible(bool(hits))
        self.no_guides_label.setVisible(not hits)

    def open_selected_guide(self) -> bool:
        index = self.guides_list.currentIndex()
        hit = index.data(OBJECT_ROLE) if index.isValid() else None
        if hit is None:
            return False
        record = guide_search.guide(self._ctx.engine, hit.id, hit.language)
        if record is None:
            return False
        self.runner.set_guide(record)
        self.guides_stack.setCurrentIndex(1)
        self.guide_requested.emit(hit.id)
        return True

    def apply_guide_request(self, request: CaseRequest) -> None:
        """The guide did not help: file under its category and list the steps already tried; that guide is not
        offered again, and the suggestions are the guides related to it. A subject that is still an earlier failed
        guide's title (the user wrote none) becomes this guide's."""
        earlier_title = self._failed_guide[1].strip() if self._failed_guide else None
        self.given_up_guides.add(request.guide_id)
        self._failed_guide = (request.guide_id, request.guide_title)
        if request.category in SUPPORT_CATEGORIES and not self.type_support.isChecked():
            self.type_support.setChecked(True)
        index = self.category_combo.findData(request.category)
        if index >= 0:
            self.category_combo.setCurrentIndex(index)
        steps = steps_description(request.steps_tried)
        current = self.description_edit.toPlainText()
        marker = steps_description(["x"]).split("\n", 1)[0]
        if marker in current:
            current = current[:current.index(marker)].rstrip()
        self.description_edit.setPlainText("\n\n".join(part for part in (current, steps) if part) + "\n")
        if self.subject_edit.text().strip() in ("", earlier_title):
            self.subject_edit.setText(request.guide_title)
            self._touched.add("subject")
        self.validate()
        self.update_guides()

    # --- queuing -----------------------------------------------------------------------------------------------

    def queue(self) -> None:
        self._touched.update(FIELDS)
        if self.validate() or self._queuing or self.attachments.checking():
            return
        self._queuing = True
        self.ok_button.setEnabled(False)
        if self.correcting is not None:
            task = self._ctx.write(case_operations.resend_case, self.correcting.seq, self.draft())
        else:
            task = self._ctx.write(case_operations.queue_case, self.draft(), self.attachments.files,
                                   data_dir=self._ctx.workspace.data_dir)
        task.success(self._queued).failure(self._failed).run_on(self._ctx.db_pool)

    def _queued(self, changed) -> None:
        self._queuing = False
        self._sent = True
        if self.kept_draft is not None:
            self.kept_draft.discard()
        case_id = next(iter(changed.get("case") or ()), "")
        self.case_queued.emit(case_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._queuing = False
        if isinstance(error, CaseInputError):
            for name, found in error.fields.items():
                label = self.error_labels.get(name, self.error_labels["general"])
                set_error(label, problems_text(found))
            self.ok_button.setEnabled(False)
            return
        if isinstance(error, OutboxStateError):
            self._sent = True  # nothing typed here can go any more: close without asking
            QMessageBox.information(self, self.tr("Already changed"), outbox_state_text(error))
            self.reject()
            return
        self.validate()
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    # --- closing -----------------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Typed (or changed) subject or description, or a file added: something a close would throw away."""
        return not self._sent and (self._typed_text() != self._prefilled or self.attachments.has_entries())

    def _typed_text(self) -> tuple[str, str]:
        return self.subject_edit.text().strip(), self.description_edit.toPlainText().strip()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here: ask before throwing typed work away."""
        if self._queuing:
            return  # the case is being written; it closes by itself when done
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        if self.kept_draft is not None and not self._sent:
            self.kept_draft.discard()
        super().reject()

    def confirm_discard(self) -> bool:
        """True when the user chooses to discard (tests replace this; `discard_box` is the question itself)."""
        return chose_discard(self.discard_box())

    def discard_box(self) -> QMessageBox:
        return discard_box(self, self.tr("Discard case"), self.tr("Discard this case? What you typed will be lost."))
