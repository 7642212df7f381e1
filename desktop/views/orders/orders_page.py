"""The Orders page: the order history with state, lines, tracking and dates; open, shipped or all, and a search, all
done in SQL by the model; "Order supplies…" (Ctrl+N) and "Cancel order" for a submitted order of the user's own (or
any, for an administrator)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import format_datetime, format_number
from desktop.models.orders import OrdersModel, lines_text, state_text
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from desktop.views.cases.case_problems import code_text
from desktop.views.widgets.empty_list import EmptyList
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.sort_header import put_back_sort_indicator
from desktop.views.widgets.tables import fit_columns, header_width, list_table
from domain.consumables import OrderRuleError
from sync.orders.operations import queue_cancel
from sync.orders.records import OrderRow

FILTERS = ("open", "shipped", "all")
TRACKING_CHARS = 24
"""The tracking column's width in digits ("Bring 70720000000000000026"), whether or not the first rows have one (open
orders have none yet, and a fit to them left "Bring 70…" on Shipped); the lines take the rest."""


class OrdersPage(Page):
    has_new = True
    has_find = True
    title = staticmethod(page_titles.orders)

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.ctx = ctx
        self.model = OrdersModel(ctx, self)
        self._columns_fitted = False
        self._build()
        self.model.reload()
        self._after_reset()
        self._update_counts()
        ctx.cache_changed.connect(lambda entity, _ids: self._update_counts() if entity == "order" else None)

    def _build(self) -> None:
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setChecked(name == "open")
            button.clicked.connect(lambda _checked=False, n=name: self.show_filter(n))
            self.filter_group.addButton(button)
            self.filter_buttons[name] = button
            row.addWidget(button)
        self.search = search_box(self.tr("Search: number, machine, article, tracking…"), self.tr("Search orders"))
        self.search.textChanged.connect(lambda text: self.model.update_query(text=text.strip()))
        row.addWidget(self.search, 1)
        self.order_button = QPushButton(self.tr("Order supplies…"))
        self.order_button.setToolTip(self.tr("Order toner and other supplies for one or more machines (Ctrl+N)"))
        self.order_button.clicked.connect(self.new_item)
        self.cancel_button = QPushButton(self.tr("Cancel order"))
        self.cancel_button.clicked.connect(self.cancel_current)
        row.addWidget(self.order_button)
        row.addWidget(self.cancel_button)
        col = OrdersModel.Col
        self.table = list_table(self.model, self.tr("Orders"), stretch=col.LINES,
                                narrow=((col.TRACKING, 10), (col.PRODUCT, 9)))  # at 1024: whole on hover
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_area = EmptyList(self.table, self.search)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)
        self.model.dataChanged.connect(lambda *_: self._show_current())  # a cancel applied: the button follows
        self.detail = plain_label("")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.detail)
        self._show_current()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self, product_id: str | None = None) -> None:
        from desktop.views.orders.order_dialog import OrderDialog  # noqa: PLC0415 - opened on demand

        self.dialog = OrderDialog(self.ctx, self, product_id=product_id)
        self.dialog.orders_queued.connect(self._queued)
        self.dialog.open()

    def show_filter(self, name: str) -> None:
        if name in self.filter_buttons:
            self.filter_buttons[name].setChecked(True)
            self.model.update_query(filter=name)

    def select_item(self, item_id: str) -> bool:
        """Show one order (a notification's click): on "All", paging on until it is loaded."""
        self.show_filter("all")
        while self.model.row_of(item_id) is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def current_order(self) -> OrderRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def cancel_current(self) -> None:
        order = self.current_order()
        if order is None:
            return
        self.ctx.write(queue_cancel, order.id, initiator=self).success(lambda _w: self.status_message.emit(self.tr("The cancel is queued."))) \
            .failure(self._cancel_refused).run_on(self.ctx.db_pool)

    def _cancel_refused(self, error: BaseException) -> None:
        if not isinstance(error, OrderRuleError):
            raise error
        self.status_message.emit(code_text(error.code))

    def _queued(self, ids: list) -> None:
        count = len(ids)
        self.status_message.emit(self.tr("%n order(s) queued; they are sent when you are online.", "", count))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = self.model.row_at(current.row()) if current.isValid() else None
        self.cancel_button.setEnabled(order is not None and order.state == "submitted")
        self.cancel_button.setToolTip(self._cancel_reason(order))
        self.detail.setText(self._describe(order) if order is not None else "")

    def _show_current(self) -> None:
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _cancel_reason(self, order: OrderRow | None) -> str:
        """What the cancel button does, or why it is greyed out (a disabled button alone does not say)."""
        if order is None:
            return self.tr("Select an order")
        if order.state != "submitted":
            return self.tr("Only a submitted order can be cancelled")
        return self.tr("Ask the portal to cancel this order")

    def _after_reset(self) -> None:
        self._fit_columns_once()
        self._update_empty_state()
        self._show_current()

    def _fit_columns_once(self) -> None:
        """Fit the columns to the first rows there are (widths fitted to an empty table would fit nothing); the
        lines take what the others leave."""
        if self._columns_fitted or self.model.rowCount() == 0:
            return
        col = OrdersModel.Col
        fit_columns(self.table, [col.NUMBER, col.PRODUCT, col.STATE, col.ORDERED], max_chars=18)
        tracking = self.table.fontMetrics().horizontalAdvance("0") * TRACKING_CHARS
        self.table.setColumnWidth(col.TRACKING, max(tracking, header_width(self.table.horizontalHeader(),
                                                                           col.TRACKING)))
        self._columns_fitted = True

    def _update_empty_state(self, *_args: object) -> None:
        """The table, or why it has no row: the search, the filter, or no order at all yet."""
        query = self.model.query
        if self.model.rowCount():
            self.list_area.show_rows()
        elif query.text:
            self.list_area.show_no_matches(self.tr("No orders match “{text}”.").format(text=query.text))
        elif query.filter == "open":
            self.list_area.show_nothing(self.tr("No open orders. “All” shows the orders that are done."))
        elif query.filter == "shipped":
            self.list_area.show_nothing(self.tr("No order is on its way. “All” shows every order."))
        else:
            self.list_area.show_nothing(self.tr("No orders yet. “Order supplies…” (Ctrl+N) orders toner and other "
                                                "supplies."))

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.model.columns[section].sort:
            put_back_sort_indicator(self.table.horizontalHeader(), *self.model.sort_column())
            self.status_message.emit(self.tr("This column cannot be sorted."))

    def _describe(self, order: OrderRow) -> str:
        lines = [f"{order.number or self.tr('Not sent yet')} · {order.serial or ''} {order.model or ''}".strip(),
                 self.tr("State: {state}").format(state=state_text(order)),
                 self.tr("Lines: {lines}").format(lines=lines_text(order)),
                 self.tr("Ordered {when} by {who}").format(when=format_datetime(order.created_at),
                                                           who=order.created_by)]
        if order.tracking_ref:
            lines.append(self.tr("Shipped {when} with {carrier}, tracking {ref}").format(
                when=format_datetime(order.shipped_at), carrier=order.carrier or "", ref=order.tracking_ref))
        if order.delivered_at:
            lines.append(self.tr("Delivered {when}").format(when=format_datetime(order.delivered_at)))
        delivery = order.delivery
        if delivery:
            lines.append(self.tr("Delivery: {site}, {recipient}").format(
                site=delivery.get("site_name", ""), recipient=delivery.get("recipient", "")))
        if order.note:
            lines.append(self.tr("Note: {note}").format(note=order.note))
        return "\n".join(lines)

    def _update_counts(self) -> None:
        counts = self.model.counts()
        names = {"open": self.tr("Open ({count})"), "shipped": self.tr("Shipped ({count})"),
                 "all": self.tr("All ({count})")}
        for name, button in self.filter_buttons.items():
            button.setText(names[name].format(count=format_number(getattr(counts, name))))
