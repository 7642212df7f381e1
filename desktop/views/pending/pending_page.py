"""Pending changes: everything made on this computer on its way to the portal, and what the portal refused.

A refused (rejected) change is never retried blindly nor dropped silently: here the user reads the portal's reason
(always shown as plain text), then either corrects it and sends it again (a reading here; a new case in the case form),
sends a refused reply as a new case instead (its case no longer takes replies), or discards it after a confirmation
that says what is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.context import AppContext
from desktop.formatting import format_number
from desktop.models.outbox import (
    CREATED,
    FILTERS,
    OBJECT_ROLE,
    OutboxModel,
    reason_headline,
)
from desktop.models.readings import TypedReading, check_typed
from desktop.shell import page_titles
from desktop.views.readings.reading_date_edit import from_qdate, reading_date_edit
from desktop.views.widgets.errors import show_unexpected_error
from desktop.views.widgets.messages import mark_field, show_message
from sync.cache.changed import Written
from sync.cases import queries as case_queries
from sync.cases.requests import CASE_KIND, MESSAGE_KIND
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxCounts, OutboxItem
from sync.products import queries as product_queries
from sync.products.records import ProductRow
from sync.readings.operations import READING_KIND, reading_body

HEADER_STATE = "pending"


class PendingPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = OutboxModel(ctx, self)
        self._build()
        ctx.cache_changed.connect(self._on_cache_changed)
        self.model.modelReset.connect(self._after_reload)
        self.model.dataChanged.connect(lambda *_: self._show_selected())
        self.model.rowsRemoved.connect(lambda *_: self._after_reload())
        self.model.reload()

    title = staticmethod(page_titles.pending)  # the main window names a page before it builds it

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_combo = QComboBox()
        for key, text in (("all", self.tr("All changes")), ("waiting", self.tr("Waiting to be sent")),
                          ("rejected", self.tr("Rejected")), ("sent", self.tr("Sent"))):
            self.filter_combo.addItem(text, key)
        self.filter_combo.setAccessibleName(self.tr("Show"))
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.filter_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)

        self.table = self._make_table()

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.detail_box = self._detail_box()
        layout.addWidget(self.detail_box)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Pending changes"))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not settings.restore_header(header, HEADER_STATE):
            for column, width in enumerate((380, 170, 70, 130)):
                header.resizeSection(column, width)
            header.setSortIndicator(CREATED, Qt.SortOrder.DescendingOrder)  # newest first
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)  # sorts by the indicator now: the model re-reads in that order
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        return table

    def _detail_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected change"))
        self.detail_summary = _plain_label()
        self.reason_caption = QLabel(self.tr("The portal's reason:"))
        self.reason_headline = _plain_label()
        _bold(self.reason_headline)
        self.reason_label = _plain_label()
        self.reason_label.setAccessibleName(self.tr("The portal's reason"))
        self.edit_button = QPushButton(self.tr("&Edit and send again…"))
        self.edit_button.setToolTip(self.tr("Correct the refused reading or case and queue it for the portal again"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setToolTip(self.tr("Throw this change away; it is never sent"))
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_summary)
        layout.addWidget(self.reason_caption)
        layout.addWidget(self.reason_headline)
        layout.addWidget(self.reason_label)
        layout.addLayout(buttons)
        return box

    def save_state(self) -> None:
        """Called by the main window when it closes."""
        settings.save_header(self.table.horizontalHeader(), HEADER_STATE)

    # --- state -------------------------------------------------------------------------------------------------

    def selected_item(self) -> OutboxItem | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def show_filter(self, name: str) -> None:
        """Switch to a filter ("all", "waiting", "rejected", "sent"), e.g. when a rejection notice is clicked."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(name))

    def select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _filter_changed(self) -> None:
        name = self.filter_combo.currentData()
        if name in FILTERS and name != self.model.filter:
            self.model.set_filter(name)

    def _on_cache_changed(self, entity: str, _ids) -> None:
        if entity in ("outbox", "meter_reading"):
            self._show_summary()
        elif entity == "product":
            self.model.refresh_all()

    def _after_reload(self) -> None:
        self._show_summary()
        if not self.table.currentIndex().isValid():
            self.select_first()
        self._show_selected()

    def _show_summary(self) -> None:
        counts = outbox.outbox_counts(self._ctx.engine)
        self.summary_label.setText(self.summary_text(counts))
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.detail_box.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(self._empty_text())

    def summary_text(self, counts: OutboxCounts) -> str:
        parts = []
        if counts.pending:
            parts.append(self.tr("%n waiting", "", counts.pending))
        if counts.rejected:
            parts.append(self.tr("%n rejected", "", counts.rejected))
        if counts.sent:
            parts.append(self.tr("%n sent", "", counts.sent))
        return " · ".join(parts)

    def _empty_text(self) -> str:
        return {
            "waiting": self.tr("Nothing is waiting to be sent."),
            "rejected": self.tr("The portal has not rejected any of your changes."),
            "sent": self.tr("No changes have been sent from this computer yet."),
        }.get(self.model.filter, self.tr("No changes made on this computer yet. Readings you enter appear here "
                                         "until the portal has them."))

    def _show_selected(self) -> None:
        item = self.selected_item()
        self.detail_summary.setText(self.model.describe(item) if item else self.tr("No change selected."))
        reason = item.reason if item else ""
        rejected = item is not None and item.state == "rejected"
        self.reason_caption.setText(self.tr("The portal's reason:") if rejected else self.tr("Last error:"))
        self.reason_caption.setVisible(bool(reason))
        headline = reason_headline(item) if item else ""
        self.reason_headline.setText(headline)
        self.reason_headline.setVisible(bool(headline))
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        self.edit_button.setEnabled(rejected and item.kind in (READING_KIND, CASE_KIND, MESSAGE_KIND))
        as_case = item is not None and item.kind == MESSAGE_KIND
        self.edit_button.setText(self.tr("Send as a &new case…") if as_case else self.tr("&Edit and send again…"))
        self.discard_button.setEnabled(item is not None and item.state in ("queued", "rejected"))

    # --- actions -----------------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.state != "rejected":
            return
        if item.kind == CASE_KIND:
            self._correct_case(item)
            return
        if item.kind == MESSAGE_KIND:
            self._reply_as_new_case(item)
            return
        if item.kind != READING_KIND:
            return
        product = product_queries.product(self._ctx.engine, item.product_id, today=self._ctx.today())
        if product is None:
            QMessageBox.information(self, self.tr("Cannot edit this reading"), self.tr(
                "The machine of this reading is no longer in your list, so the reading cannot be corrected. You can "
                "discard it."))
            return
        dialog = ResendReadingDialog(self._ctx, item, product, self)
        dialog.resent.connect(lambda _item: self.status_message.emit(self.tr("The corrected reading is queued.")))
        dialog.finished.connect(dialog.deleteLater)
        self.resend_dialog = dialog
        dialog.open()

    def _correct_case(self, item: OutboxItem) -> None:
        from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - opened rarely

        dialog = NewCaseDialog(self._ctx, self, correcting=item)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_queued.connect(lambda _case_id: self.status_message.emit(self.tr("The corrected case is queued.")))
        self.resend_dialog = dialog
        dialog.open()

    def _reply_as_new_case(self, item: OutboxItem) -> None:
        """A refused reply (its case was closed meanwhile, say) goes in a new case about the same machine; once that
        is queued the refused reply is discarded, as the user chose to send its text this way."""
        from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - opened rarely

        case = case_queries.case_row(self._ctx.engine, item.case_id)
        text = str(item.body.get("body") or "")
        if case is not None:
            text = self.tr("Follow-up to case {case}:").format(case=case.number or case.subject) + "\n\n" + text
        dialog = NewCaseDialog(self._ctx, self, product_id=case.product_id if case else None,
                               category=case.category if case else None, subject=case.subject if case else "",
                               description=text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_queued.connect(lambda _case_id: self._discard_confirmed(item, message=self.tr(
            "The reply is queued as a new case.")))
        self.resend_dialog = dialog
        dialog.open()

    def discard_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.state not in ("queued", "rejected"):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard this change?"), self.tr(
            "“{summary}” will be deleted from this computer and never sent to the portal. This cannot be undone.")
            .format(summary=self.model.describe(item)), QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._discard_confirmed(item) if button is discard else None)
        box.finished.connect(box.deleteLater)
        self.discard_box = box
        box.open()

    def _discard_confirmed(self, item: OutboxItem, *, message: str = "") -> None:
        (self._ctx.write(replay.discard, item.seq)
         .success(lambda _changed: self._discarded(message))
         .failure(self._action_failed)
         .run_on(self._ctx.db_pool))

    def _discarded(self, message: str = "") -> None:
        self.status_message.emit(message or self.tr("The change was discarded."))

    def _action_failed(self, error: BaseException) -> None:
        if isinstance(error, outbox.OutboxStateError):
            QMessageBox.information(self, self.tr("Already on its way"), self.tr(
                "This change is being sent or was sent meanwhile, so it can no longer be changed."))
            self.model.refresh_all()
            return
        show_unexpected_error(error)


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
        heading = _plain_label(f"{self.product.model} · {self.product.serial} · {self.product.site_name}")
        reason_box = QFrame()
        reason_box.setFrameShape(QFrame.Shape.StyledPanel)
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.addWidget(QLabel(self.tr("The portal rejected it because:")))
        headline = reason_headline(self.item)
        if headline:
            self.reason_headline = _plain_label(headline)
            _bold(self.reason_headline)
            reason_layout.addWidget(self.reason_headline)
        self.reason_label = _plain_label(self.item.reason or self.tr("(no reason given)"))
        reason_layout.addWidget(self.reason_label)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.date_edit = reading_date_edit(self._ctx.today(), self.tr("Reading date"), _body_date(self.item))
        self.date_edit.dateChanged.connect(self._recheck)
        date_caption = QLabel(self.tr("&Date:"))
        date_caption.setBuddy(self.date_edit)
        self.date_message = _plain_label()
        grid.addWidget(date_caption, 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.date_message, 1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        old_values = dict(self.item.body.get("values") or {})  # type: ignore[call-overload]
        for position, counter in enumerate(self.product.counters):
            row = 2 + 2 * position
            edit = QLineEdit(format_number(old_values[counter.key]) if counter.key in old_values else "")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setAccessibleName(self.tr("Value of {counter}").format(counter=counter.label))
            edit.textChanged.connect(self._recheck)
            caption = _plain_label(f"{counter.label}:")
            caption.setBuddy(edit)
            message = _plain_label()
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(message, row + 1, 1)
            self.fields[counter.key], self.messages[counter.key] = edit, message
        self.general_message = _plain_label()
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
            QMessageBox.information(self, self.tr("Already changed"), self.tr(
                "This change was sent, resent or discarded meanwhile. Close this window to see its state."))
            return
        show_unexpected_error(error)


def _plain_label(text: str = "") -> QLabel:
    """Text that may come from the portal or the user is shown as plain text, never interpreted as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bold(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def _body_date(item: OutboxItem) -> date | None:
    try:
        return date.fromisoformat(str(item.body.get("reading_date")))
    except ValueError:
        return None
