"""Enter one meter reading for one machine.

Every keystroke is checked with the shared rules (`check_typed`: parse each counter, then the machine's cached
history), and the reason shows right under the field it concerns. An unusual jump is a warning: the user ticks
"the value is right" and may save. Enter saves (the reading is queued in the outbox, offline too), Esc cancels, and
closing with something typed asks first. What is typed is kept as a draft per machine (`desktop.drafts`): after a
crash the dialog opens on it again, says so, and offers to throw it away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.counter_names import counter_name
from desktop.drafts import FormDraft
from desktop.formatting import format_date, format_number
from desktop.models.readings import TypedReading, check_typed
from desktop.views.readings.reading_date_edit import from_qdate, reading_date_edit, to_qdate
from desktop.views.widgets.draft_notice import DraftNotice
from desktop.views.widgets.labels import muted
from desktop.views.widgets.messages import mark_field, show_message
from domain.meter import InvalidCounterValue, parse_counter_value
from sync.cache.changed import Written
from sync.outbox.records import OutboxItem
from sync.products.records import ProductRow
from sync.readings import operations


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadingDialog(QDialog):
    reading_queued = Signal(object)  # the OutboxItem

    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.product = product
        self.check: TypedReading | None = None
        self._saving = False
        self._saved = False
        self.setWindowTitle(self.tr("New reading — {serial}").format(serial=product.serial))
        self.kept_draft = FormDraft(ctx, "reading", product.id, snapshot=self._snapshot, parent=self)
        self._build()
        self._restore_draft()
        self._recheck()
        self.date_edit.dateChanged.connect(self.kept_draft.touch)
        for edit in self.fields.values():
            edit.textChanged.connect(self.kept_draft.touch)

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        product = self.product
        heading = QLabel(f"<b>{_escape(product.model)}</b> · {_escape(product.serial)}<br>"
                         f"{_escape(product.site_name)} · {_escape(product.location)}")
        heading.setTextFormat(Qt.TextFormat.RichText)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.date_edit = reading_date_edit(self._ctx.today(), self.tr("Reading date"))
        self.date_edit.dateChanged.connect(self._recheck)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        self.date_message = _message_label()
        grid.addWidget(date_label, 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.date_message, 1, 1, 1, 2)

        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.last_labels: dict[str, QLabel] = {}
        for position, counter in enumerate(product.counters):
            row = 2 + 2 * position
            name = counter_name(counter.key, counter.label)
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setAccessibleName(self.tr("New value of {counter}").format(counter=name))
            edit.setMinimumWidth(160)
            edit.textChanged.connect(self._recheck)
            edit.editingFinished.connect(self._tidy_numbers)
            caption = QLabel(f"{_escape(name)}:")
            caption.setBuddy(edit)
            last = QLabel(self._last_text(counter.key))
            muted(last)
            last.setAccessibleName(self.tr("Last value of {counter}").format(counter=name))
            message = _message_label()
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(last, row, 2)
            grid.addWidget(message, row + 1, 1, 1, 2)
            self.fields[counter.key], self.messages[counter.key], self.last_labels[counter.key] = edit, message, last

        self.draft_notice = DraftNotice(self)
        self.draft_notice.discard_requested.connect(self.discard_draft)
        self.general_message = _message_label()
        self.confirm_box = QCheckBox(self.tr("I have checked: the value is right"))
        self.confirm_box.setVisible(False)
        self.confirm_box.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Queue reading"))
        self.save_button.setToolTip(self.tr("Save the reading; it is sent to the portal when you are online."))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.draft_notice)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.general_message)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chain = [self.date_edit, *self.fields.values(), self.confirm_box, self.buttons]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(520)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            QTimer.singleShot(0, first.setFocus)

    def _last_text(self, key: str) -> str:
        value = self.product.last_values.get(key)
        if value is None or self.product.last_reading_date is None:
            return self.tr("No earlier reading")
        return self.tr("Last: {value} ({date})").format(value=format_number(value),
                                                         date=format_date(self.product.last_reading_date))

    # --- the draft kept across a crash ----------------------------------------------------------------------

    def _snapshot(self) -> dict | None:
        if not any(text.strip() for text in self.texts().values()):
            return None
        return {"date": self.reading_date.isoformat(), "values": self.texts()}

    def _restore_draft(self) -> None:
        kept = self.kept_draft.load()
        values = kept.payload.get("values") if kept else None
        if not isinstance(values, dict):
            return
        try:
            day = date.fromisoformat(str(kept.payload.get("date")))
        except ValueError:
            day = None
        if day is not None and day <= self._ctx.today():
            self.date_edit.setDate(to_qdate(day))
        for key, edit in self.fields.items():
            edit.setText(str(values.get(key, "")))
        self.draft_notice.show_restored(kept.updated_at)

    def discard_draft(self) -> None:
        """The restored values are not wanted: an empty form for today, and the draft is forgotten."""
        self.draft_notice.hide()
        for edit in self.fields.values():
            edit.clear()
        self.date_edit.setDate(to_qdate(self._ctx.today()))
        self.kept_draft.discard()  # after the clearing, which touched it

    # --- checking ----------------------------------------------------------------------------------------------

    @property
    def reading_date(self) -> date:
        return from_qdate(self.date_edit.date())

    def texts(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def _tidy_numbers(self) -> None:
        """Show a value the way the locale groups it (1 234 567) once the user leaves the field."""
        for edit in self.fields.values():
            try:
                tidy = format_number(parse_counter_value(edit.text()))
            except InvalidCounterValue:
                continue
            if tidy != edit.text():
                edit.setText(tidy)

    def _recheck(self) -> None:
        self._show(check_typed(self._ctx.engine, self.product, self.reading_date, self.texts(),
                               today=self._ctx.today()))

    def _show(self, check: TypedReading) -> None:
        self.check = check
        for key, edit in self.fields.items():
            findings = check.cells.get(key, ())
            mark_field(edit, check.cell_severity(key))
            show_message(self.messages[key], findings)
            edit.setToolTip("\n".join(f.text for f in findings))
        date_findings = [f for f in check.general if f.code in ("meter.future_date", "meter.already_submitted_today")]
        show_message(self.date_message, date_findings)
        mark_field(self.date_edit, "error" if date_findings else None)
        show_message(self.general_message, [f for f in check.general if f not in date_findings])
        warned = bool(check.warnings) and not check.blocked
        if not warned:
            self.confirm_box.setChecked(False)
        self.confirm_box.setVisible(warned)
        self._update_buttons()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow when a message appears, so no reason is ever cut off (never shrink under the user's hands)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalSizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _update_buttons(self) -> None:
        check = self.check
        ready = check is not None and check.ready and not self._saving
        if check is not None and check.warnings:
            ready = ready and self.confirm_box.isChecked()
        self.save_button.setEnabled(ready)

    # --- saving and closing ------------------------------------------------------------------------------------

    def save(self) -> None:
        self._recheck()
        if not self.save_button.isEnabled():
            return
        self._saving = True
        self._set_busy(True)
        values = dict(self.check.values) if self.check else {}
        (self._ctx.write(operations.queue_reading, self.product.id, self.reading_date, values, today=self._ctx.today())
         .success(self._queued).failure(self._failed).run_on(self._ctx.db_pool))

    def _queued(self, written: Written[OutboxItem]) -> None:
        self._saving, self._saved = False, True
        self.kept_draft.discard()
        self.reading_queued.emit(written.value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_busy(False)
        if isinstance(error, operations.ReadingRefused):
            self._show(check_typed(self._ctx.engine, self.product, self.reading_date, self.texts(),
                                   today=self._ctx.today(), found=error.problems))
            return
        if isinstance(error, operations.UnknownProduct):
            QMessageBox.warning(self, self.tr("Reading not saved"),
                                self.tr("This machine is not in the local data any more. Synchronise (F5) and try "
                                        "again."))
            return
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    def _set_busy(self, busy: bool) -> None:
        for widget in [self.date_edit, *self.fields.values(), self.confirm_box]:
            widget.setEnabled(not busy)
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return not self._saved and any(t.strip() for t in self.texts().values())

    def reject(self) -> None:
        if self._saving:
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        self.kept_draft.discard()
        super().reject()

    def confirm_discard(self) -> bool:
        """Asked before a half-filled reading is thrown away."""
        answer = QMessageBox.question(
            self, self.tr("Discard the reading?"),
            self.tr("You have typed values that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
