"""Pending changes: everything made on this computer on its way to the portal, and what the portal refused.

A refused (rejected) change is never retried blindly nor dropped silently: here the user reads the portal's reason
(always shown as plain text), then either corrects it and sends it again (a reading here; a new case in the case form),
sends a refused reply as a new case instead (its case no longer takes replies), or discards it after a confirmation
that says what is lost.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.context import AppContext
from desktop.formatting import format_datetime
from desktop.models.lookup import Lookup
from desktop.models.outbox import (
    ATTEMPTS,
    CONTEXT,
    CREATED,
    FILTERS,
    OBJECT_ROLE,
    REASON,
    STATE,
    STATE_TEXT,
    SUMMARY,
    OutboxModel,
    can_be_put_right,
    reason_details,
    reason_headline,
    waiting_reason,
)
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.pending.state_errors import outbox_state_text
from desktop.views.widgets.cells import show_full_text
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import bold, plain_label
from desktop.views.widgets.tables import (
    compact_rows,
    fit_headers,
    share_room,
    wrapped_rows,
)
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxCounts, OutboxItem

HEADER_STATE = "pending"
REASON_CHARS = 20
"""The reason's least width in digits; it wraps onto more lines in it, and the change's summary takes the rest."""
CELL_PADDING = 12
"""Pixels beside a fitted cell's text: the item's margins and a little air."""


class PendingPage(Page):
    has_new = True  # Ctrl+N: a new case, about the selected change's machine

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
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
        table.setWordWrap(True)  # a row with a reason is as high as it needs (wrapped_rows); the others one line
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        compact_rows(table)
        table.setAccessibleName(self.tr("Pending changes"))
        show_full_text(table)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not settings.restore_header(header, HEADER_STATE):
            self._fit_short_columns(table)
            header.setSortIndicator(CREATED, Qt.SortOrder.DescendingOrder)  # newest first
        header.setSortIndicatorShown(True)
        fit_headers(table)  # "Opprettet", "Status": never cut, whatever widths were remembered
        digit = table.fontMetrics().horizontalAdvance("0")
        share_room(table, SUMMARY, REASON, filler_least=digit * REASON_CHARS)
        wrapped_rows(table, REASON)
        table.setSortingEnabled(True)  # sorts by the indicator now: the model re-reads in that order
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        return table

    def _fit_short_columns(self, table: QTableView) -> None:
        """The state and the date as wide as their text (from the font, before any row is loaded; the rare "waiting
        for a rejected change" takes two lines): the summary and the reason share the rest."""
        metrics = table.fontMetrics()
        states = [QCoreApplication.translate(CONTEXT, text) for key, text in STATE_TEXT.items() if key != "held"]
        when = format_datetime(datetime(2026, 12, 24, 23, 59, tzinfo=timezone.utc))
        for column, texts in ((STATE, states), (CREATED, [when])):
            table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + CELL_PADDING)
        table.setColumnWidth(ATTEMPTS, 0)  # its title's width (fit_headers)

    def _detail_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected change"))
        self.detail_summary = plain_label()
        self.reason_caption = QLabel(self.tr("The portal's reason:"))
        self.reason_headline = plain_label()
        bold(self.reason_headline)
        self.reason_label = plain_label()
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

    def new_item(self) -> None:
        """Ctrl+N: open the new-case form, about the machine of the selected change when it concerns one (a reading,
        or anything of a machine's case)."""
        product_id = self._machine_of(self.selected_item())
        self.nav.new_case(**({"product_id": product_id} if product_id else {}))

    def _machine_of(self, item: OutboxItem | None) -> str | None:
        if item is None:
            return None
        if item.product_id:
            return item.product_id
        case = Lookup(self._ctx).case(item.case_id) if item.case_id else None
        return case.product_id if case is not None else None

    def selected_item(self) -> OutboxItem | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def show_filter(self, name: str) -> None:
        """Switch to a filter ("all", "waiting", "rejected", "sent"), e.g. when a rejection notice is clicked."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(name))

    def select_item(self, item_id: str) -> bool:
        """Select the change with outbox seq `item_id` (e.g. a refused reply's link in its case's conversation),
        reading further pages as needed; one no longer in the filter (resent meanwhile) is shown among all changes.
        False, and the filter kept, for a change no longer in the queue."""
        row = self._row_of(item_id)
        if row is None and self.model.filter != "all" and item_id.isdigit() \
                and outbox.outbox_item(self._ctx.engine, int(item_id)) is not None:
            self.show_filter("all")
            row = self._row_of(item_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _row_of(self, item_id: str) -> int | None:
        row = self.model.row_of(item_id)
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(item_id)
        return row

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
        rejected = item is not None and item.state == "rejected"
        self.reason_caption.setText(self._caption(item))
        headline = reason_headline(item) if rejected else ""
        # in our words from the codes; the portal's English (item.reason) is for the log
        reason = (reason_details(item) if rejected else waiting_reason(item)) if item else ""
        self.reason_caption.setVisible(bool(reason or headline))
        self.reason_headline.setText(headline)
        self.reason_headline.setVisible(bool(headline))
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        kind = self._kind(item)
        self.edit_button.setEnabled(rejected and kind is not None and kind.edit is not None
                                    and can_be_put_right(item))
        label = kind.edit_label if kind is not None else None
        self.edit_button.setText(label() if label is not None else self.tr("&Edit and send again…"))
        self.discard_button.setEnabled(item is not None and item.state in ("queued", "rejected"))

    def _caption(self, item: OutboxItem | None) -> str:
        if item is None or item.state != "rejected":
            return self.tr("Why it waits:")
        return self.tr("The portal's reason:") if can_be_put_right(item) else self.tr("Why it cannot be sent:")

    # --- actions -----------------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Put the selected rejected change right, as its feature does it (`desktop.features`)."""
        item = self.selected_item()
        kind = self._kind(item)
        if item is None or item.state != "rejected" or kind is None or kind.edit is None \
                or not can_be_put_right(item):
            return
        kind.edit(self, item)

    @property
    def ctx(self) -> AppContext:
        return self._ctx

    def discard_now(self, item: OutboxItem, *, message: str = "") -> None:
        """Discard without asking: the user already chose what happens to the change (e.g. sent it another way)."""
        self._discard_confirmed(item, message=message)

    @staticmethod
    def _kind(item: OutboxItem | None):
        from desktop.features import PENDING_KINDS  # noqa: PLC0415 - the features' views load with this page

        return PENDING_KINDS.get(item.kind) if item is not None else None

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
            QMessageBox.information(self, self.tr("Already on its way"), outbox_state_text(error))
            self.model.refresh_all()
            return
        show_error(error)






