"""What the relocation and removal forms share: a form of fields each with its error line, checked as the user types
with the portal's own rules (`sync.cases.product_requests`, the cache for what is known of the machine), the date
picker's reason shown at once, and queueing through `ctx.write` (offline too: the request waits in the outbox).

A field's message shows once the user has touched it (all of them after a first try to queue); the date's and the
machine's (another request is open, it was removed) show from the start, as they decide whether to go on at all.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.requests.desired_date_edit import DesiredDateEdit
from desktop.views.requests.request_problems import request_problem_text
from desktop.views.widgets.questions import chose_discard, discard_box
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import error_label, set_error, with_error
from domain.problems import Problem
from sync.cases.operations import CaseInputError
from sync.products.records import ProductRow

ALWAYS_SHOWN = ("desired_date", "product_id", "id")


class RequestDialog(QDialog):
    request_queued = Signal(str)  # the new case's id

    FIELDS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.product = product
        self._touched: set[str] = set()
        self._queuing = False
        self._sent = False
        self.problems: dict[str, Problem] = {}
        self.error_labels: dict[str, QLabel] = {name: error_label() for name in (*self.FIELDS, "product_id", "id")}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.machine_label = plain_label(f"{product.model} · {product.serial}\n{product.site_name} · "
                                         f"{product.location}")
        self.form.addRow(self.tr("Machine:"), with_error(self.machine_label, self.error_labels["product_id"]))
        self.date_edit = DesiredDateEdit(ctx.today())
        self.add_row(self.tr("&Desired date:"), self.date_edit, "desired_date")
        self.date_edit.changed.connect(self.validate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.ok_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.queue)
        self.buttons.rejected.connect(self.reject)
        self.queued_note = plain_label(self.tr("The request is queued here and sent as soon as the portal can be "
                                               "reached; you follow it on the Cases page."))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(error_holder := QWidget())
        error_holder.setLayout(QVBoxLayout())
        error_holder.layout().setContentsMargins(0, 0, 0, 0)
        error_holder.layout().addWidget(self.error_labels["id"])
        layout.addWidget(self.queued_note)
        layout.addWidget(self.buttons)

    # --- what a form defines -----------------------------------------------------------------------------------

    def ok_text(self) -> str:
        raise NotImplementedError

    def request(self):
        """The domain request the fields make (`domain.product_requests.Relocation` or `Removal`)."""
        raise NotImplementedError

    def check(self, request) -> list[Problem]:
        raise NotImplementedError

    def queue_operation(self):
        """The sync operation that queues `request()` (called as op(engine, request, subject=…, today=…))."""
        raise NotImplementedError

    def subject(self) -> str:
        raise NotImplementedError

    # --- the form ----------------------------------------------------------------------------------------------

    def add_row(self, caption: str, field: QWidget, name: str) -> None:
        self.form.addRow(caption, with_error(field, self.error_labels[name]))

    def touched(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> dict[str, Problem]:
        """Check the request; show each touched field's message under it; OK only when there is nothing to fix."""
        found = self.check(self.request())
        self.problems = {p.field: p for p in found}
        for name, label in self.error_labels.items():
            problem = self.problems.get(name) if name in self._touched or name in ALWAYS_SHOWN else None
            set_error(label, request_problem_text(problem) if problem else None)
        self.ok_button.setEnabled(not self.problems and not self._queuing)
        self.ok_button.setToolTip("\n".join(request_problem_text(p) for p in found) if found else self.tr(
            "Queued now and sent as soon as the portal is reachable"))
        return self.problems

    def queue(self) -> None:
        self._touched.update(self.FIELDS)
        if self.validate() or self._queuing:
            return
        self._queuing = True
        self.ok_button.setEnabled(False)
        task = self._ctx.write(self.queue_operation(), self.request(), subject=self.subject(),
                               today=self._ctx.today())
        task.success(self._queued).failure(self._failed).run_on(self._ctx.db_pool)

    def _queued(self, changed) -> None:
        self._queuing = False
        self._sent = True
        self.request_queued.emit(next(iter(changed.get("case") or ()), ""))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._queuing = False
        if isinstance(error, CaseInputError):
            for problem in error.problems:
                label = self.error_labels.get(problem.field, self.error_labels["id"])
                set_error(label, request_problem_text(problem))
            return
        self.validate()
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    # --- closing -----------------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return not self._sent and bool(self._touched)

    def reject(self) -> None:
        """Cancel, Esc and the close button: ask before throwing typed work away."""
        if self._queuing:
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """True when the user chooses to discard (tests replace this)."""
        return chose_discard(discard_box(self, self.windowTitle(), self.tr("Discard this request? What you filled in will be lost.")))
