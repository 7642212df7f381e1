"""Products: the fleet as a searchable, sortable list (all in SQL, a page at a time) beside the selected machine's
data, meter history and monthly volume. Ctrl+N enters a reading for the selected machine."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.context import AppContext
from desktop.models.base import OBJECT_ROLE
from desktop.models.products import ProductsModel
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.products.product_detail import ProductDetail
from desktop.views.readings.reading_dialog import ReadingDialog
from desktop.views.widgets.empty_list import EmptyList
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.sort_header import put_back_sort_indicator
from desktop.views.widgets.tables import (
    current_object,
    first_split,
    fit_columns,
    fit_headers,
    list_detail_splitter,
    list_table,
    select_row,
)
from desktop.views.widgets.vertical_scroll import VerticalScroll
from sync.outbox.records import OutboxItem
from sync.products import queries as product_queries
from sync.products.records import ProductRow

SEARCH_DELAY_MS = 250
SPLITTER = settings.PRODUCTS_SPLITTER
MODEL_CHARS = 16
"""The model column's most, in digits' width: the whole name is one hover away and heads the detail; at 24 the
location beside it was cut to "Hovedbygget…" at 1280 wide."""
LOCATION_CHARS = 16
"""The location's least (it takes what the other columns leave) and its width in the first split."""


class ProductsPage(Page):
    has_new = True
    has_find = True
    has_print = True  # Ctrl+P: the list as it is filtered and searched
    product_selected = Signal(object)  # ProductRow or None

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.model = ProductsModel(ctx, self)
        self.reading_dialog: ReadingDialog | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build()
        self._fill_sites()
        self.model.reload()
        self._update_count()
        self._update_empty_state()
        self._connect()
        self._restore_state()

    title = staticmethod(page_titles.products)  # the main window names a page before it builds it

    # --- layout ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = search_box(self.tr("Search serial, model, site or location (Ctrl+F)"), self.tr("Search products"))
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.due_check = QCheckBox(self.tr("Reading &due"))
        self.due_check.setToolTip(self.tr("Show only machines whose reading window is open and not yet read"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of machines"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.site_combo, 1)
        bar.addWidget(self.due_check)
        bar.addStretch(0)
        bar.addWidget(self.count_label)

        col = ProductsModel.Col
        self.table = list_table(self.model, self.tr("Products"), stretch=col.LOCATION,
                                two_line_titles=(col.LAST_READING, col.LAST_TOTAL, col.DUE),
                                narrow=((col.LOCATION, 12), (col.SITE, 9), (col.MODEL, 9)))  # at 1024 beside a
        # machine's detail (its meter history as narrow as it can be): whole on hover, and in the detail
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # machines for a report
        self.report_action = QAction(self.tr("&Report on the selected machines…"), self.table)
        self.report_action.triggered.connect(self.report_on_selected)
        self.table.addAction(self.report_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = ProductDetail(self._ctx)
        self.list_area = EmptyList(self.table, self.search)
        self.detail_scroll = VerticalScroll(self.detail)
        self.splitter = list_detail_splitter("productsSplitter", self.list_area, self.detail_scroll)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.search, self.site_combo)
        QWidget.setTabOrder(self.site_combo, self.due_check)
        QWidget.setTabOrder(self.due_check, self.table)
        QWidget.setTabOrder(self.table, self.detail.new_reading_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.list_area.search_cleared.connect(self._apply_search)
        self.site_combo.currentIndexChanged.connect(
            lambda _i: self.model.update_filter(site_id=self.site_combo.currentData()))
        self.due_check.toggled.connect(lambda on: self.model.update_filter(due_only=on))
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)
        self.model.dataChanged.connect(self._data_changed)
        self.detail.new_reading_requested.connect(self.open_reading_dialog)
        self.detail.new_case_requested.connect(lambda product: self.nav.new_case(product_id=product.id))
        self.detail.order_requested.connect(self._order_supplies)
        self.detail.cases_requested.connect(lambda product: self.nav.show_cases_of(product.serial))
        self._ctx.cache_changed.connect(self._on_cache_changed)

    def _fill_sites(self) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All sites"), None)
        for site in product_queries.sites_list(self._ctx.engine):
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
        self.site_combo.blockSignals(False)

    # --- the shell's page interface ----------------------------------------------------------------------------

    def _order_supplies(self, product) -> None:
        """The order form on this machine's supplies; the order shows on the Orders page once queued."""
        from desktop.views.orders.order_dialog import OrderDialog  # noqa: PLC0415 - opened on demand

        self.order_dialog = OrderDialog(self._ctx, self, product_id=product.id)
        self.order_dialog.orders_queued.connect(self._orders_queued)
        self.order_dialog.open()

    def _orders_queued(self, ids: list) -> None:
        count = len(ids)
        self.status_message.emit(self.tr("%n order(s) queued; see the Orders page.", "", count))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        product = self.current_product()
        if product is None:
            self.status_message.emit(self.tr("Select a machine first, then press Ctrl+N to enter its reading."))
            return
        self.open_reading_dialog(product)

    def print_page(self) -> None:
        """The list as filtered and searched now, all of it, in a print preview."""
        from desktop.views.reports.list_printout import ListPrintout  # noqa: PLC0415 - loads when first printed
        from sync.reports.product_list import product_list  # noqa: PLC0415

        self._apply_search()
        if getattr(self, "printout", None) is None:
            self.printout = ListPrintout(self._ctx, self)
        self.printout.start(product_list, self.model.filter)

    def selected_serials(self) -> tuple[str, ...]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return tuple(self.model.row_at(row).serial for row in rows)

    def report_on_selected(self) -> None:
        """The Reports page on the machines selected here (the current one when none is)."""
        serials = self.selected_serials() or ((self.current_product().serial,) if self.current_product() else ())
        if not serials:
            self.status_message.emit(self.tr("Select the machines to report on first."))
            return
        self.nav.report_on(serials)

    def has_unsaved_changes(self) -> bool:
        """True while a reading dialog with typed values is open (the shell asks before closing the app)."""
        return self.reading_dialog is not None and self.reading_dialog.has_unsaved_changes()

    # --- selection and detail ----------------------------------------------------------------------------------

    def current_product(self) -> ProductRow | None:
        return current_object(self.table)

    def select_product(self, product_id: str) -> bool:
        position = self.model.row_of(product_id)
        if position is None:
            return False
        select_row(self.table, position)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        product = current.data(OBJECT_ROLE) if current.isValid() else None
        self.detail.set_product(product)
        self.product_selected.emit(product)

    def _remember_selection(self) -> None:
        product = self.current_product()
        self._selected_id = product.id if product else None

    def _fit_columns_once(self) -> None:
        """Fit the columns to the first rows there are. On a first start the page opens before the first sync has
        brought any machine, and widths fitted to an empty table would be remembered for good."""
        if self._columns_fitted or self.model.rowCount() == 0:
            return
        col = ProductsModel.Col
        fit_columns(self.table, [col.SERIAL, col.LAST_READING, col.LAST_TOTAL, col.DUE], max_chars=16)
        fit_columns(self.table, [col.MODEL], max_chars=MODEL_CHARS)  # the whole name on hover and in the detail
        fit_columns(self.table, [col.SITE], max_chars=18)  # "Hovedkontor Oslo"
        fit_columns(self.table, [col.LOCATION], max_chars=LOCATION_CHARS)  # and what the others leave
        self._columns_fitted = True

    def _after_reset(self) -> None:
        self._fit_columns_once()
        self._update_count()
        self._update_empty_state()
        selected = getattr(self, "_selected_id", None)
        if not (selected and self.select_product(selected)):
            self.detail.set_product(None)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        current = self.table.selectionModel().currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            product = current.data(OBJECT_ROLE)
            if self.detail.product is not None and product.id == self.detail.product.id:
                self.detail.set_product(product)

    # --- filtering and sorting ---------------------------------------------------------------------------------

    def _update_empty_state(self) -> None:
        """The table, or why it has no row: the search, the other filters, or no machine at all yet."""
        flt = self.model.filter
        if self.model.rowCount():
            self.list_area.show_rows()
        elif flt.text:
            self.list_area.show_no_matches(self.tr("No machines match “{text}”.").format(text=flt.text))
        elif flt.site_id or flt.due_only:
            self.list_area.show_nothing(self.tr("No machines match the site and “Reading due” chosen above."))
        else:
            self.list_area.show_nothing(self.tr("No machines yet. They appear here after the first sync with the "
                                                "portal."))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.update_filter(text=self.search.text().strip())

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.model.columns[section].sort:
            put_back_sort_indicator(self.table.horizontalHeader(), *self.model.sort_column())
            self.status_message.emit(self.tr("This column cannot be sorted."))

    def _update_count(self) -> None:
        count = self.model.total_count()
        self.count_label.setText(self.tr("%Ln machine(s)", "", count))

    def _on_cache_changed(self, entity: str, _ids: object) -> None:
        if entity == "site":
            self._fill_sites()
        if entity in ("product", "site"):
            self._update_count()

    # --- readings ----------------------------------------------------------------------------------------------

    def open_reading_dialog(self, product: ProductRow) -> ReadingDialog:
        if self.reading_dialog is not None and self.reading_dialog.isVisible():
            self.reading_dialog.raise_()
            self.reading_dialog.activateWindow()
            return self.reading_dialog
        dialog = ReadingDialog(self._ctx, product, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reading_queued.connect(self._reading_queued)
        dialog.destroyed.connect(lambda: setattr(self, "reading_dialog", None))
        self.reading_dialog = dialog
        dialog.open()
        return dialog

    def _reading_queued(self, item: OutboxItem) -> None:
        self.status_message.emit(self.tr("Reading queued; it is sent to the portal when you are online."))

    # --- remembered layout -------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        self._columns_fitted = settings.restore_header(self.table.horizontalHeader(), "products")
        self._fit_columns_once()
        put_back_sort_indicator(self.table.horizontalHeader(), *self.model.sort_column())  # restore_header moved it
        fit_headers(self.table)  # widths remembered from an older version may cut a header
        state = settings.get(SPLITTER)
        if not state or not self.splitter.restoreState(state):
            digit = self.table.fontMetrics().horizontalAdvance("0")
            first_split(self.splitter, self.table, ProductsModel.Col.LOCATION, digit * LOCATION_CHARS)
        self.detail.restore_state()

    def save_state(self) -> None:
        """Called by the shell when the window closes."""
        settings.save_header(self.table.horizontalHeader(), "products")
        settings.put(SPLITTER, self.splitter.saveState())
        self.detail.save_state()
