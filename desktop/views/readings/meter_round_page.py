"""Meter round: walk the office, type every machine's counters into one grid, queue them all with one save.

It works entirely on the cache, so it is as useful on a laptop with no network as on the office LAN: each save is one
transaction that adds a pending reading and an outbox item per machine; the sync worker sends them later. Typed values
live in the model's drafts (by product id), so they survive paging, filtering and sorting; a machine that cannot be
queued keeps its values and says why. They are kept in the cache's drafts too (`desktop.drafts`), so a crash or a
flat battery mid-round loses nothing: the page opens on them again and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.drafts import FormDraft
from desktop.models.base import OBJECT_ROLE
from desktop.models.meter_round import MeterRoundModel, on_machine
from desktop.models.readings import Finding
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.readings.reading_date_edit import (
    from_qdate,
    reading_date_edit,
    to_qdate,
)
from desktop.views.widgets.cells import FullTextDelegate
from desktop.views.widgets.draft_notice import format_draft_moment
from desktop.views.widgets.empty_list import EmptyList
from desktop.views.widgets.frozen_columns import FrozenColumnsTable
from desktop.views.widgets.messages import color_message, mark_field
from desktop.views.widgets.questions import ask
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.tables import compact_rows, fit_columns, fit_headers
from sync.products.records import ProductFilter, ProductRow
from sync.readings import operations
from sync.readings.operations import BatchResult

SEARCH_DELAY_MS = 250
AnyIndex = QModelIndex | QPersistentModelIndex


class CounterDelegate(FullTextDelegate):
    """The editor of a "new value" cell: right-aligned, checked as you type (the cell and the message line say why)."""

    previewed = Signal(str, str)  # message, severity ("error", "warning" or "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entered = False  # the editor is closing because Enter was pressed in it

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered = True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model: MeterRoundModel = index.model()
        product: ProductRow = index.data(OBJECT_ROLE)
        header = model.headerData(index.column(), Qt.Orientation.Horizontal).replace("\n", " ")
        editor.setAccessibleName(self.tr("{counter} of {serial}").format(counter=header, serial=product.serial))
        persistent = QPersistentModelIndex(index)
        editor.textEdited.connect(lambda text: self._preview(editor, persistent, text))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.text():
            self._preview(editor, QPersistentModelIndex(index), editor.text())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def _preview(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        if not index.isValid():
            return
        model: MeterRoundModel = index.model()
        check = model.preview(index, text)
        key = model.counter_at(index)
        findings: list[Finding] = list(check.cells.get(key, ())) + list(check.general) if check and key else []
        severity = "error" if any(f.blocking for f in findings) else "warning" if findings else ""
        mark_field(editor, severity or None)
        editor.setToolTip("\n".join(f.text for f in findings))
        row = model.row_at(index.row())
        said = " ".join(f.named_text for f in findings)
        self.previewed.emit(on_machine(row, said) if said and row is not None else said, severity)


class RoundTable(FrozenColumnsTable):
    """Tab and Shift+Tab go from one editable cell to the next (skipping read-only ones); Enter in a cell commits and
    goes down to the next machine that has that counter. The serial and the model stay at the left while the
    counters scroll sideways, so a row always says which machine it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MeterRoundModel.MODEL + 1, parent)  # serial and model

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model, current = self.model(), self.currentIndex()
        step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
        cells = model.rowCount() * model.columnCount()
        position = current.row() * model.columnCount() + current.column() if current.isValid() else -step
        for _ in range(cells):
            position = (position + step) % cells
            index = model.index(position // model.columnCount(), position % model.columnCount())
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return index
        return current

    def closeEditor(self, editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        delegate = self.itemDelegate()
        entered = isinstance(delegate, CounterDelegate) and delegate.entered
        if entered:
            delegate.entered = False
        if entered and hint == QStyledItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)
            below = self._editable_below(self.currentIndex())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)

    def _editable_below(self, index: QModelIndex) -> QModelIndex:
        model = self.model()
        for row in range(index.row() + 1, model.rowCount()):
            candidate = model.index(row, index.column())
            if model.flags(candidate) & Qt.ItemFlag.ItemIsEditable:
                return candidate
        return QModelIndex()


@dataclass(frozen=True)
class _LastSave:
    """The machines a save queued (by id), and whether it failed as a whole."""
    queued: frozenset[str]
    failed: bool = False


class MeterRoundPage(Page):
    has_new = True
    has_find = True

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self._saving = False
        self._last_save: _LastSave | None = None  # what the summary speaks of; it follows their state
        due_any = self._count(ProductFilter(due_only=True)) > 0
        self.model = MeterRoundModel(ctx, self, flt=ProductFilter(due_only=due_any))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build(due_any)
        self.kept_draft = FormDraft(ctx, "meter_round", snapshot=self._draft_snapshot, parent=self)
        self.model.reload()
        self._size_columns()
        self._restore_drafts()
        self._connect()
        self._update_counts()
        self._update_empty_state()

    title = staticmethod(page_titles.meter_round)  # the main window names a page before it builds it

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self, due_only: bool) -> None:
        self.search = search_box(self.tr("Filter by serial, model, site or location (Ctrl+F)"), self.tr("Filter machines"))
        self.due_check = QCheckBox(self.tr("Only &due"))
        self.due_check.setChecked(due_only)
        self.due_check.setToolTip(self.tr("Show only machines whose reading window is open and not yet read"))
        self.date_edit = reading_date_edit(self._ctx.today(), self.tr("Reading date of the round"))
        date_label = QLabel(self.tr("Reading &date:"))
        date_label.setBuddy(self.date_edit)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.due_check)
        bar.addSpacing(12)
        bar.addWidget(date_label)
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.table = RoundTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meter round"))
        self.delegate = CounterDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._size_columns()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message about the current cell"))
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 2)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Result of the last save"))
        self.save_button = QPushButton(self.tr("&Save readings"))
        self.save_button.setAutoDefault(True)
        self.clear_button = QPushButton(self.tr("Clear typed values…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        self.list_area = EmptyList(self.table, self.search)
        layout.addLayout(bar)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        for first, second in ((self.search, self.due_check), (self.due_check, self.date_edit),
                              (self.date_edit, self.table), (self.table, self.clear_button),
                              (self.clear_button, self.save_button)):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _size_columns(self) -> None:
        """Initial widths, and again only when the columns change (a new counter), never over the user's widths."""
        if self.model.columnCount() == getattr(self, "_sized_for", None):
            return
        self._sized_for = self.model.columnCount()
        header = self.table.horizontalHeader()
        unit = self.fontMetrics().horizontalAdvance("0")
        widths = {MeterRoundModel.DUE: 5, MeterRoundModel.LAST_DATE: 11}
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            key = self.model.visible_columns[column].key
            width = unit * widths.get(column, 10 if ":" in key else 24)
            if ":" in key:
                title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
                width = max(width, max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 2 * unit)
            self.table.setColumnWidth(column, width)
        fit_columns(self.table, [MeterRoundModel.SERIAL, MeterRoundModel.MODEL, MeterRoundModel.LOCATION], max_chars=18)
        fit_headers(self.table)  # "Skal leses", "Siste avlesning" whole
        header.setStretchLastSection(True)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.due_check.toggled.connect(lambda on: self.model.update_filter(due_only=on))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._size_columns)
        self.model.modelReset.connect(self._update_counts)
        self.model.modelReset.connect(self._update_empty_state)
        self.list_area.search_cleared.connect(self._apply_search)
        self.model.columnsInserted.connect(self._size_columns)
        self.model.drafts_changed.connect(self._drafts_changed)
        self.model.drafts_changed.connect(self.kept_draft.touch)
        self.delegate.previewed.connect(self._show_message)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self._clear)
        self._ctx.cache_changed.connect(self._on_cache_changed)

    # --- the shell's page interface ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        """Ctrl+N: go to the first machine that still needs a value (not one read on the round's date) and start
        typing."""
        index = self.first_empty_cell()
        if index is None:
            self.status_message.emit(self.tr("Every machine in the list has its counters typed."))
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentIndex(index)  # opens the editor: the table edits on current change
        self.table.scrollTo(index)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.edit(index)

    def has_unsaved_changes(self) -> bool:
        return self.model.has_drafts()

    def confirm_leave(self) -> bool:
        """For the shell before leaving the page or closing the app: True when it may go ahead."""
        if not self.has_unsaved_changes():
            return True
        if not self.model.ready_entries():
            return self._confirm_discard_unsaveable()
        answer = QMessageBox.question(
            self, self.tr("Unsaved meter readings"),
            self.tr("You have typed meter readings that are not saved yet. Save them before you go?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return not self.has_unsaved_changes()
        if answer == QMessageBox.StandardButton.Discard:
            self._discard_drafts()
            return True
        return False

    def _confirm_discard_unsaveable(self) -> bool:
        """Only drafts that cannot be queued as they are: offering to save them would save nothing."""
        count = self.model.attention_count()
        answer = QMessageBox.question(
            self, self.tr("Unsaved meter readings"),
            self.tr("The values typed for %Ln machine(s) cannot be saved as they are (see the Check column). "
                    "Throw them away, or stay and fix them?", "", count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self._discard_drafts()
            return True
        return False

    def _discard_drafts(self) -> None:
        """Throw the typed values away, with the summary of a save they were part of."""
        self._last_save = None
        self.model.clear_drafts()
        self.kept_draft.discard()
        self.summary.clear()
        color_message(self.summary, None)

    def first_empty_cell(self) -> QModelIndex | None:
        drafts = self.model.drafts()
        for row in range(self.model.rowCount()):
            product = self.model.row_at(row)
            if product is None or self.model.read_on_round_date(product):
                continue
            for column in range(self.model.columnCount()):
                index = self.model.index(row, column)
                key = self.model.counter_at(index)
                if key and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable \
                        and not drafts.get(product.id, {}).get(key):
                    return index
        return None

    # --- reacting ----------------------------------------------------------------------------------------------

    def _count(self, flt: ProductFilter) -> int:
        from sync.products import queries as product_queries
        return product_queries.product_count(self._ctx.engine, flt, today=self._ctx.today())

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.update_filter(text=self.search.text().strip())

    def _date_changed(self, chosen: QDate) -> None:
        self.model.set_reading_date(from_qdate(chosen))
        self._current_changed(self.table.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        text = self.model.message_for(current) if current.isValid() else ""
        check = self.model.check_for(current.data(OBJECT_ROLE).id) if current.isValid() else None
        key = self.model.counter_at(current)
        severity = (check.cell_severity(key) if key else None) if check else None
        if check and not severity:
            severity = "error" if check.blocked else "warning" if text else None
        self._show_message(text, severity or "")

    def _show_message(self, text: str, severity: str) -> None:
        self.message.setText(text)
        color_message(self.message, severity or None)

    def _drafts_changed(self) -> None:
        self._current_changed(self.table.currentIndex())
        self._update_counts()
        self._refresh_summary()

    def _update_counts(self) -> None:
        shown = self.model.total_count()
        machines = self.tr("%Ln machine(s)", "", shown)
        typed = len(self.model.drafts())
        ready = len(self.model.ready_entries())
        if typed:
            machines += " · " + self.tr("{ready} of {typed} typed ready to save").format(ready=ready, typed=typed)
        self.count_label.setText(machines)
        self.save_button.setEnabled(ready > 0 and not self._saving)
        self.save_button.setToolTip(self._save_tip(ready, typed))

    def _save_tip(self, ready: int, typed: int) -> str:
        """What Save does, or why it is off: a disabled button says why."""
        if ready:
            return self.tr("Queue %n complete reading(s) (Ctrl+S); they are sent when you are online.", "", ready)
        if typed:
            return self.tr("No complete readings yet: a machine is saved when every counter has a valid value.")
        return self.tr("No complete readings yet: type the counters of a machine in the table.")

    def _update_empty_state(self) -> None:
        """The grid, or why it has no machine: the search, Only due, or no machine at all yet."""
        flt = self.model.filter
        if self.model.rowCount():
            self.list_area.show_rows()
        elif flt.text:
            self.list_area.show_no_matches(self.tr("No machines match “{text}”.").format(text=flt.text))
        elif flt.due_only:
            self.list_area.show_nothing(self.tr("No machine is due for a reading now. Untick “Only due” to see "
                                                "every machine."))
        else:
            self.list_area.show_nothing(self.tr("No machines yet. They appear here after the first sync with the "
                                                "portal."))

    def _on_cache_changed(self, entity: str, _ids: object) -> None:
        if entity == "product":
            self._update_counts()
        if entity in ("product", "meter_reading"):
            self._refresh_summary()

    def _clear(self) -> None:
        if not self.model.has_drafts():
            return
        answer = QMessageBox.question(self, self.tr("Clear typed values"),
                                      self.tr("Throw away every value typed in this round?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self._discard_drafts()

    # --- drafts kept across a crash ----------------------------------------------------------------------------

    def _draft_snapshot(self) -> dict | None:
        drafts = self.model.drafts()
        return {"date": self.model.reading_date.isoformat(), "drafts": drafts} if drafts else None

    def _restore_drafts(self) -> None:
        kept = self.kept_draft.load()
        if kept is None or not isinstance(kept.payload.get("drafts"), dict):
            return
        try:
            day = date.fromisoformat(str(kept.payload.get("date")))
        except ValueError:
            day = self._ctx.today()
        if day <= self._ctx.today():
            self.date_edit.setDate(to_qdate(day))
            self.model.set_reading_date(day)
        restored = self.model.restore_drafts(kept.payload["drafts"])
        if restored:
            self.summary.setText(self.tr("Your unsent values from {time} are back (%Ln machine(s)); they are not "
                                         "queued yet. Clear typed values… throws them away.", "", restored).format(
                time=format_draft_moment(kept.updated_at)))

    def save_state(self) -> None:
        """Called by the shell when the window closes: write the drafts without waiting for the timer."""
        self.kept_draft.flush()

    # --- saving ------------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Queue every complete, valid machine in one batch; the others keep their values and reasons."""
        if self._saving:
            return
        self._commit_open_editor()
        entries = self.model.ready_entries()
        if not entries:
            self._summarise(())
            return
        warnings = self.model.entry_warnings(entries)
        if warnings and not self.confirm_warnings(warnings):
            return
        self._saving = True
        self.save_button.setEnabled(False)
        (self._ctx.write(operations.queue_readings, entries, today=self._ctx.today())
         .success(self._saved).failure(self._save_failed).run_on(self._ctx.db_pool))

    def _commit_open_editor(self) -> None:
        """Ctrl+S while typing in a cell: the value being typed belongs to this save."""
        editor = QApplication.focusWidget()
        if self.table.state() == QAbstractItemView.State.EditingState and editor is not None \
                and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def confirm_warnings(self, warnings: list[tuple[ProductRow, Finding]]) -> bool:
        """An unusual rise does not block, but the user confirms it once for the whole batch."""
        lines = "\n".join(f"• {on_machine(product, finding.named_text)}" for product, finding in warnings[:8])
        if len(warnings) > 8:
            lines += "\n" + self.tr("… and %Ln more", "", len(warnings) - 8)
        answer = ask(  # plain text: the lines name serials from the portal
            self, self.tr("Check unusual values"),
            self.tr("Some values rose far more than usual:\n\n{lines}\n\nQueue them anyway?").format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _saved(self, result: BatchResult) -> None:
        self._saving = False
        self.model.apply_batch(result)
        self.kept_draft.flush()  # what was queued leaves the draft at once; what needs attention stays in it
        self._summarise(outcome.entry.product_id for outcome in result.queued)
        self._update_counts()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._update_counts()
        self._summarise((), failed=True)
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)

    def _summarise(self, queued: Iterable[str], *, failed: bool = False) -> None:
        """Say what a save did, in the summary and the status bar; the summary then follows those machines."""
        self._last_save = _LastSave(frozenset(queued), failed)
        self.status_message.emit(self._refresh_summary())

    def _refresh_summary(self) -> str:
        """The summary of the last save as things are now: a queued reading the portal has since accepted is no
        longer "queued", and a value typed since that cannot be saved needs attention too."""
        last = self._last_save
        if last is None:
            return self.summary.text()
        waiting = accepted = 0
        for product_id in last.queued:
            row = self.model.fetch_row(product_id)
            if row is None or row.last_reading_date is None or row.last_reading_date < self.model.reading_date:
                continue  # discarded in Pending changes, or refused: that page says so
            if row.last_status == "pending":
                waiting += 1
            else:
                accepted += 1
        attention = self.model.attention_count()
        parts = []
        if last.failed:
            parts.append(self.tr("Nothing was queued; your typed values are kept."))
        elif waiting or not accepted:
            parts.append(self.tr("%Ln reading(s) queued", "", waiting))
        if accepted and not last.failed:
            parts.append(self.tr("%Ln accepted by the portal", "", accepted))
        if attention:
            parts.append(self.tr("%Ln need(s) attention", "", attention))
        text = "; ".join(parts)
        self.summary.setText(text)
        color_message(self.summary, "warning" if attention or last.failed else None)
        return text
