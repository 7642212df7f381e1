"""Correct a reading the portal refused — its date and counters, checked as you type with the same rules as a new
reading — and queue it again under its own id (Pending changes ▸ Edit and send again…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.counter_names import counter_name
from desktop.formatting import format_number
from desktop.models.outbox import reason_details, reason_headline
from desktop.models.readings import TypedReading, check_typed
from desktop.views.pending.state_errors import outbox_state_text
from desktop.views.readings.reading_date_edit import from_qdate, reading_date_edit
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import bold, plain_label
from desktop.views.widgets.messages import mark_field, show_message
from sync.cache.changed import Written
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem
from sync.products.records import ProductRow
from sync.readings.operations import reading_body


class ResendReadingDialog(QDialog):
    """Correct a rejected reading (date and counters, checked as you type) and queue it again."""

    resent = Signal(object)  # the OutboxItem

    def __init__(self, ctx: AppContext, item: OutboxItem, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.product = product
        self.check: TypedReading | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Correct the reading — {serial}").format(serial=product.serial))
        self._build()
        self._recheck()

    def _build(self) -> None:
        heading = plain_label(f"{self.product.model} · {self.product.serial} · {self.product.site_name}")
        reason_box = QFrame()
        reason_box.setFrameShape(QFrame.Shape.StyledPanel)
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.addWidget(QLabel(self.tr("The portal rejected it because:")))
        self.reason_headline = plain_label(reason_headline(self.item) or self.tr("(no reason given)"))
        bold(self.reason_headline)
        reason_layout.addWidget(self.reason_headline)
        details = reason_details(self.item)  # our words from the codes; the portal's English is for the log
        self.reason_label = plain_label(details)
        self.reason_label.setVisible(bool(details))
        reason_layout.addWidget(self.reason_label)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.date_edit = reading_date_edit(self._ctx.today(), self.tr("Reading date"), _body_date(self.item))
        self.date_edit.dateChanged.connect(self._recheck)
        date_caption = QLabel(self.tr("&Date:"))
        date_caption.setBuddy(self.date_edit)
        self.date_message = plain_label()
        grid.addWidget(date_caption, 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.date_message, 1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        old_values = dict(self.item.body.get("values") or {})  # type: ignore[call-overload]
        for position, counter in enumerate(self.product.counters):
            row = 2 + 2 * position
            name = counter_name(counter.key, counter.label)
            edit = QLineEdit(format_number(old_values[counter.key]) if counter.key in old_values else "")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setAccessibleName(self.tr("Value of {counter}").format(counter=name))
            edit.textChanged.connect(self._recheck)
            caption = plain_label(f"{name}:")
            caption.setBuddy(edit)
            message = plain_label()
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(message, row + 1, 1)
            self.fields[counter.key], self.messages[counter.key] = edit, message
        self.general_message = plain_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("&Send again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(reason_box)
        layout.addLayout(grid)
        layout.addWidget(self.general_message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._initial = (self.date_edit.date(), self.texts())
        first = next(iter(self.fields.values()), None)
        if first is not None:
            QTimer.singleShot(0, first.setFocus)

    @property
    def reading_date(self) -> date:
        return from_qdate(self.date_edit.date())

    def texts(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def _recheck(self) -> None:
        check = check_typed(self._ctx.engine, self.product, self.reading_date, self.texts(), today=self._ctx.today())
        self.check = check
        for key, edit in self.fields.items():
            mark_field(edit, check.cell_severity(key))
            show_message(self.messages[key], check.cells.get(key, ()))
        about_date = [f for f in check.general if f.code in ("meter.future_date", "meter.already_submitted_today")]
        show_message(self.date_message, about_date)
        mark_field(self.date_edit, "error" if about_date else None)
        show_message(self.general_message, [f for f in check.general if f not in about_date])
        self.send_button.setEnabled(check.ready and not self._saving)

    def save(self) -> None:
        self._recheck()
        if not self.send_button.isEnabled() or self.check is None:
            return
        self._saving = True
        self.send_button.setEnabled(False)
        body = reading_body(str(self.item.body.get("id") or self.item.entity_id), self.reading_date,
                            dict(self.check.values))
        (self._ctx.write(replay.resend, self.item.seq, body)
         .success(self._resent).failure(self._failed).run_on(self._ctx.db_pool))

    def reject(self) -> None:
        """Esc or Cancel: corrections typed here are not thrown away without asking."""
        if self._saving:
            return
        changed = (self.date_edit.date(), self.texts()) != self._initial
        if changed and QMessageBox.question(
                self, self.tr("Discard your corrections?"),
                self.tr("The reading stays rejected as it was. Discard what you changed here?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    def _resent(self, written: Written[OutboxItem]) -> None:
        self._saving = False
        self.resent.emit(written.value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._recheck()
        if isinstance(error, outbox.OutboxStateError):
            self.state_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Already changed"),
                                         outbox_state_text(error), QMessageBox.StandardButton.Ok, self)
            self.state_box.setTextFormat(Qt.TextFormat.PlainText)
            self.state_box.open()
            return
        show_error(error)


def _body_date(item: OutboxItem) -> date | None:
    try:
        return date.fromisoformat(str(item.body.get("reading_date")))
    except ValueError:
        return None
