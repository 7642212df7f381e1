"""Cases: the user's support cases and account questions as a list (filtered, searched, sorted and paged in SQL)
beside the selected case's conversation. Ctrl+N (or "New case…") opens a new case; selecting a case marks it read."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.context import AppContext
from desktop.formatting import format_datetime, format_number
from desktop.models.base import OBJECT_ROLE
from desktop.models.cases import CasesModel, overdue_state_text
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.tasks import Task
from desktop.views.cases.case_labels import state_label
from desktop.views.widgets.empty_list import EmptyList
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.sort_header import put_back_sort_indicator
from desktop.views.widgets.tables import (
    FIT_SAMPLE_ROWS,
    current_object,
    first_split,
    fit_headers,
    header_width,
    list_detail_splitter,
    list_table,
    select_row,
)
from domain.cases import ANSWER_OWED_STATES
from sync.cases import operations as case_operations
from sync.cases import queries as case_queries
from sync.cases.queries import STATE_ORDER, CaseCounts, CaseQuery, CaseRow

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
SPLITTER = settings.CASES_SPLITTER
FILTERS = ("open", "awaiting", "resolved", "all")
CASE_ENTITIES = ("case", "case_message", "case_event")
SUBJECT_CHARS = 26
"""The subject's least width: it takes the room the other columns leave, but was squeezed to "Grå striper p…"."""
SUBJECT_WANTED_CHARS = 36
"""The subject's width the first split of list and detail aims at ("Spørsmål om faktura for oktober" in bold)."""
PRODUCT_CAP = "CNBDH00000…"
"""The product column fits its cells up to a serial's width and the ellipsis after it: the serial names the machine,
the model is one hover away (a "serial model" width took the room the subject needed)."""
CELL_PADDING = 8
"""Pixels beside a fitted cell's text: the item's own margins (3 + 3) and a little air."""
NARROW = ((CasesModel.Col.PRODUCT, 7), (CasesModel.Col.STATE, 8), (CasesModel.Col.CATEGORY, 8))
"""When the list is too narrow for every column (1024 wide): the product gives up width first ("CNBDH…", the
serial on hover), then the state (its colour still says it), then the subject (see tables.list_table)."""
HIDDEN_AT_FIRST = (CasesModel.Col.CATEGORY, CasesModel.Col.EXPECTED_RESPONSE)
"""Shown beside the list in the case's own view; the header's right-click menu brings them back."""


class CasesPage(Page):
    has_new = True
    has_find = True
    has_print = True  # Ctrl+P: the list as it is filtered and searched
    case_selected = Signal(object)  # CaseRow or None
    counts_changed = Signal(object)  # CaseCounts, whenever the filter buttons' counts were re-read

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.model = CasesModel(ctx, self)
        self.new_case_dialog = None
        self._selected_id: str | None = None
        self._columns_fitted = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build()
        self.model.reload()
        self._update_counts()
        self._update_empty_state()
        self._connect()
        self._restore_state()

    title = staticmethod(page_titles.cases)  # the main window names a page before it builds it

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for flt in FILTERS:
            button = QPushButton(self._filter_label(flt))  # its count follows from the database thread
            button.setCheckable(True)
            button.setChecked(flt == self.model.query.filter)
            button.setProperty("filter", flt)
            self.filter_group.addButton(button)
            self.filter_buttons[flt] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        self.search = search_box(self.tr("Search number, subject, text or serial (Ctrl+F)"), self.tr("Search cases"))
        bar.addWidget(self.search, 1)
        self.new_case_button = QPushButton(self.tr("&New case…"))
        self.new_case_button.setToolTip(self.tr("Report a problem with a machine or ask about your account (Ctrl+N)"))
        bar.addWidget(self.new_case_button)

        self.table = list_table(self.model, self.tr("Cases"), stretch=CasesModel.Col.SUBJECT,
                                narrow=NARROW)
        self.table.installEventFilter(self)

        self.list_area = EmptyList(self.table, self.search)

        from desktop.views.cases.case_detail import CaseDetailView  # noqa: PLC0415 - the page's class loads with the window

        self.detail = CaseDetailView(self._ctx)
        self.splitter = list_detail_splitter("casesSplitter", self.list_area, self.detail)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.filter_buttons[FILTERS[-1]], self.search)
        QWidget.setTabOrder(self.search, self.new_case_button)
        QWidget.setTabOrder(self.new_case_button, self.table)

    def _connect(self) -> None:
        self.filter_group.buttonClicked.connect(lambda button: self.show_filter(button.property("filter")))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.list_area.search_cleared.connect(self._apply_search)
        self.new_case_button.clicked.connect(self.new_item)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.open_current())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsRemoved.connect(lambda *_: self._update_empty_state())
        self.model.dataChanged.connect(self._data_changed)
        self._ctx.cache_changed.connect(self._on_cache_changed)
        self.detail.pending_requested.connect(
            lambda seq: self.nav.show_page("pending", filter_name="rejected", item_id=str(seq)))

    # --- the shell's page interface ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        self.open_new_case()

    def print_page(self) -> None:
        """The list as filtered and searched now, all of it, in a print preview."""
        from desktop.views.reports.list_printout import ListPrintout  # noqa: PLC0415 - loads when first printed
        from sync.reports.case_list import case_list  # noqa: PLC0415

        self._apply_search()
        if getattr(self, "printout", None) is None:
            self.printout = ListPrintout(self._ctx, self)
        self.printout.start(case_list, self.model.query)

    def show_search(self, name: str, text: str) -> None:
        """Filter `name` with `text` in the search box, applied at once (e.g. one machine's serial)."""
        self.filter_buttons[name].setChecked(True)
        self.search.setText(text)
        self._search_timer.stop()
        self.model.update_query(filter=name, text=text.strip())

    def show_filter(self, name: str) -> None:
        if name not in FILTERS:
            return
        self.filter_buttons[name].setChecked(True)
        self.model.update_query(filter=name)

    # --- selection and detail ----------------------------------------------------------------------------------

    def current_case(self) -> CaseRow | None:
        return current_object(self.table)

    def show_case(self, case_id: str) -> bool:
        """Select `case_id` (paging on to it; switching to "All" without a search when the current filter hides it)
        and show it beside the list. False when the cache does not hold it."""
        position = self.model.load_until(case_id)
        if position is None and self.model.query != CaseQuery(filter="all", sort=self.model.query.sort,
                                                                descending=self.model.query.descending):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._search_timer.stop()
            self.filter_buttons["all"].setChecked(True)
            self.model.update_query(filter="all", text="")
            position = self.model.load_until(case_id)
        if position is None:
            self.status_message.emit(self.tr("That case is not on this computer (yet)."))
            return False
        select_row(self.table, position)
        return True

    def open_current(self) -> None:
        """Enter on a case: its conversation takes the keyboard."""
        if self.current_case() is not None:
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
            self.detail.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        self._selected_id = row.id if row else None
        self.model.keep_shown(self._selected_id)
        self.detail.show_case(row.id if row else None)  # which marks an unread case read
        self.case_selected.emit(row)

    def _mark_read(self, case_id: str) -> None:
        (self._ctx.write(case_operations.mark_case_read, case_id)
         .failure(lambda error: log.warning("could not mark case %s read: %s", case_id, error))
         .run_on(self._ctx.db_pool))

    def _remember_selection(self) -> None:
        case = self.current_case()
        self._selected_id = case.id if case else None
        # A new order or filter starts at the top; scrolled to the end, the view would ask for a second page at once.
        self.table.scrollToTop()

    def _after_reset(self) -> None:
        self._fit_columns_once()
        self._update_empty_state()
        selected = self._selected_id
        position = self.model.row_of(selected) if selected else None  # kept by the model,
        if position is None and selected:
            position = self.model.load_until(selected)  # or further down the new order
        if position is None:
            self._selected_id = None
            self.detail.show_case(None)
            self.case_selected.emit(None)
            return
        select_row(self.table, position, scroll=False)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        current = self.table.selectionModel().currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            row = current.data(OBJECT_ROLE)
            if row is not None and row.unread and self.isVisible():
                self._mark_read(row.id)  # a reply arrived while the user was reading the case

    def _fit_columns_once(self) -> None:
        """Size the columns for what they can hold (a case number, the longest state, a date and time) from the
        font, not by measuring loaded rows, which costs more than the first page's query on a big list; the subject
        takes the room that is left."""
        if self._columns_fitted:
            return
        col = CasesModel.Col
        moment = datetime(2026, 12, 24, 23, 59, tzinfo=timezone.utc)
        samples = {
            col.NUMBER: ["CS0000000"],
            col.CATEGORY: ["Print quality"],
            col.STATE: [state_label(state) for state in STATE_ORDER]  # "waiting to be sent" may elide
            + [overdue_state_text(state) for state in ANSWER_OWED_STATES],
            col.LAST_ACTIVITY: [format_datetime(moment)],
            col.EXPECTED_RESPONSE: [format_datetime(moment)],
        }
        bold = QFont(self.table.font())
        bold.setBold(True)  # unread rows are bold, and "CS0001234" must not elide there
        metrics = QFontMetrics(bold)
        header_metrics = self.table.horizontalHeader().fontMetrics()
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max([metrics.horizontalAdvance(t) for t in texts] + [header_metrics.horizontalAdvance(title) + 16])
            self.table.setColumnWidth(column, width + CELL_PADDING)
        self._fit_product(metrics.horizontalAdvance(PRODUCT_CAP) + CELL_PADDING)
        subject = metrics.horizontalAdvance("0") * SUBJECT_CHARS  # the least it gets; more when there is room
        self.table.setColumnWidth(col.SUBJECT, max(subject, header_width(self.table.horizontalHeader(), col.SUBJECT)))
        self._columns_fitted = True

    def _fit_product(self, cap: int) -> None:
        """The product column as wide as its first rows need (an account question's "Kontospørsmål" is short), but
        no wider than a serial; with no rows yet, the cap."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        column = CasesModel.Col.PRODUCT
        content = self.table.sizeHintForColumn(column) if self.model.rowCount() else cap
        self.table.setColumnWidth(column, max(min(content, cap), header_width(header, column)))

    def _first_split(self) -> None:
        """Before the user moves the handle: the list as wide as its columns with a readable subject, the detail the
        rest but at least its own least width (the same with or without a case chosen, so nothing jumps)."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        subject = QFontMetrics(bold).horizontalAdvance("0") * SUBJECT_WANTED_CHARS
        first_split(self.splitter, self.table, CasesModel.Col.SUBJECT, subject)

    def _build_column_menu(self) -> None:
        """Right-click on the header: show or hide columns (see HIDDEN_AT_FIRST: the subject needs the room)."""
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: dict[str, QAction] = {}
        for section, column in enumerate(self.model.visible_columns):
            if section == CasesModel.Col.SUBJECT:
                continue
            action = QAction(self.model.header_text(column), header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda on, s=section: self.table.setColumnHidden(s, not on))
            header.addAction(action)
            self.column_actions[column.key] = action

    # --- filtering, counts and sorting -------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.update_query(text=self.search.text().strip())

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.model.visible_columns[section].sort:
            put_back_sort_indicator(self.table.horizontalHeader(), *self.model.sort_column())
            self.status_message.emit(self.tr("This column cannot be sorted."))

    def _update_counts(self) -> None:
        """The filter buttons' counts, counted on the database thread: on 50,000 cases the query takes tens of
        milliseconds, which the page's first paint waited for. Until they come the buttons show their names."""
        (Task(case_queries.case_counts, self._ctx.engine)
         .success(self._show_counts)
         .failure(lambda error: log.warning("could not count the cases: %s", error))
         .run_on(self._ctx.db_pool))

    def _show_counts(self, counts: CaseCounts) -> None:
        if not shiboken6.isValid(self):  # the page went while the count ran
            return
        for flt, button in self.filter_buttons.items():
            button.setText(self.tr("{label} ({count})").format(label=self._filter_label(flt),
                                                               count=format_number(getattr(counts, flt))))
        self.counts_changed.emit(counts)

    def _filter_label(self, flt: str) -> str:
        return {"open": self.tr("Open"), "awaiting": self.tr("Awaiting your reply"),
                "resolved": self.tr("Resolved"), "all": self.tr("All")}[flt]

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.list_area.show_rows()
        elif self.model.query.text:
            self.list_area.show_no_matches(self._empty_text())
        else:
            self.list_area.show_nothing(self._empty_text())

    def _empty_text(self) -> str:
        query = self.model.query
        if query.text:
            return self.tr("No case matches “{text}”. Check the spelling, or search in All cases.").format(
                text=query.text)
        return {
            "open": self.tr("No open cases. Start with Self-help, or open a new case."),
            "awaiting": self.tr("Nothing is waiting for your reply."),
            "resolved": self.tr("No resolved cases yet."),
            "all": self.tr("No cases yet. When a machine needs help, start with Self-help, or open a new case."),
        }[query.filter]

    def _on_cache_changed(self, entity: str, _ids: object) -> None:
        if entity in CASE_ENTITIES:
            self._update_counts()
            self._update_empty_state()

    # --- new case ----------------------------------------------------------------------------------------------

    def open_new_case(self, **prefill: object):
        """The new-case dialog (one at a time); `prefill` goes to its constructor (product_id, category, ...)."""
        if self.new_case_dialog is not None and self.new_case_dialog.isVisible():
            self.new_case_dialog.raise_()
            self.new_case_dialog.activateWindow()
            return self.new_case_dialog
        from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - opened rarely
        dialog = NewCaseDialog(self._ctx, self, **prefill)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_queued.connect(self._case_queued)
        dialog.destroyed.connect(lambda: setattr(self, "new_case_dialog", None))
        self.new_case_dialog = dialog
        dialog.open()
        return dialog

    def _case_queued(self, case_id: str) -> None:
        self.model.refresh_all()
        self._update_counts()
        self._update_empty_state()
        self.show_case(case_id)
        self.nav.open_case(case_id)  # and the window comes to the front, wherever the dialog was opened
        self.status_message.emit(self.tr("Case queued; it is sent to the portal when you are online."))

    # --- remembered layout -------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        self._columns_fitted = settings.restore_header(self.table.horizontalHeader(), "cases")
        if not self._columns_fitted:
            for column in HIDDEN_AT_FIRST:
                self.table.setColumnHidden(column, True)
        self._build_column_menu()
        self._fit_columns_once()
        put_back_sort_indicator(self.table.horizontalHeader(), *self.model.sort_column())  # restore_header moved it
        fit_headers(self.table)  # widths remembered from an older version may cut a header
        state = settings.get(SPLITTER)
        if not state or not self.splitter.restoreState(state):
            self._first_split()

    def save_state(self) -> None:
        """Called by the shell when the window closes."""
        settings.save_header(self.table.horizontalHeader(), "cases")
        settings.put(SPLITTER, self.splitter.saveState())
