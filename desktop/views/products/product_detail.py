"""The right-hand pane of the products page: one machine's data, contract, meter history and monthly volume, and
the way to edit its data ("Edit machine data…"), with its changes not yet taken by the portal shown, and a conflict
one click from its answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.context import AppContext
from desktop.counter_names import counter_names
from desktop.formatting import format_date
from desktop.models.readings import ReadingsModel
from desktop.views.products.volume_chart import VolumeChart
from desktop.views.requests.request_labels import kind_label
from desktop.views.requests.request_problems import day_text
from desktop.views.widgets.cells import show_full_text
from desktop.views.widgets.elided_label import ElidedLabel
from desktop.views.widgets.labels import muted, plain_label, plain_tooltip
from desktop.views.widgets.tables import compact_rows, fill_column, fit_columns
from desktop.views.widgets.wrap_header import WrapHeader
from desktop.views.widgets.wrap_row import WrapRow
from domain import billing
from domain.volumes import counter_points, monthly_volumes
from sync.cases import product_requests
from sync.cases import queries as case_queries
from sync.edits import queries as edit_queries
from sync.products import queries as product_queries
from sync.products.records import ProductRow
from sync.readings import queries as reading_queries

CHART_MONTHS = 24
HISTORY_CHARS = 40
"""A history column's widest fit in digits: dates and counters are far narrower; a long status is cut, whole on hover."""
TWO_COLUMNS_MIN_WIDTH = 620
"""Narrower than this, the facts stand in one column: side by side, e-mail addresses and long words were cut off."""
CHART_COUNTER = "total"


class ProductDetail(QWidget):
    new_reading_requested = Signal(object)  # the ProductRow
    new_case_requested = Signal(object)     # the ProductRow: "Report a problem…"
    order_requested = Signal(object)        # the ProductRow: "Order supplies…"
    cases_requested = Signal(object)        # the ProductRow: show its cases on the cases page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._product: ProductRow | None = None
        self.history_model = ReadingsModel(ctx, self)
        self._build()
        ctx.cache_changed.connect(self._on_cache_changed)
        self.set_product(None)

    @property
    def product(self) -> ProductRow | None:
        return self._product

    def _build(self) -> None:
        self.heading = plain_label()  # from the portal: never markup; it wraps, so a long model name cannot widen the pane
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.new_reading_button = QPushButton(self.tr("New reading…"))
        self.new_reading_button.setToolTip(self.tr("Enter a meter reading for this machine (Ctrl+N)"))
        self.new_reading_button.clicked.connect(self._request_reading)
        self.new_case_button = QPushButton(self.tr("Report a problem…"))
        self.new_case_button.setToolTip(self.tr("Open a support case about this machine"))
        self.new_case_button.clicked.connect(lambda: self._emit_for_product(self.new_case_requested))
        self.order_button = QPushButton(self.tr("Order supplies…"))
        self.order_button.setToolTip(self.tr("Order toner and other supplies that fit this machine"))
        self.order_button.clicked.connect(lambda: self._emit_for_product(self.order_requested))
        self.edit_button = QPushButton(self.tr("Edit machine data…"))
        self.edit_button.setToolTip(self.tr("Change where the machine stands, its cost centre, contact person or "
                                            "internal name"))
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.edit_dialog = None
        self.pending_label = muted(plain_label())
        self.resolve_button = QPushButton(self.tr("Choose between the versions…"))
        self.resolve_button.clicked.connect(self.open_conflict)
        self._conflict_seq: int | None = None
        top = WrapRow(self.heading, [self.new_case_button, self.new_reading_button])  # the buttons go below if narrow

        self._values: dict[str, QLabel] = {}
        facts = self._facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(10)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._add_fact(left, "serial", self.tr("Serial:"))
        self._add_fact(left, "internal_name", self.tr("Internal name:"))
        self._add_fact(left, "site", self.tr("Site:"))
        self._add_fact(left, "location", self.tr("Location:"))
        self._add_fact(left, "cost_centre", self.tr("Cost centre:"))
        # the contact's address under their name: one unbreakable word, whole it pushed the pane (and the list beside
        # it) sideways at 1024, so it is shortened to the room there is, the whole address its tooltip
        self._add_fact(left, "contact", self.tr("Contact:"), extra=("email", ElidedLabel()))
        self._add_fact(left, "counters", self.tr("Counters:"))
        self._add_fact(right, "contract", self.tr("Contract:"))
        self._add_fact(right, "response", self.tr("Response time:"))
        self._add_fact(right, "cycle", self.tr("Billing:"))
        self._add_fact(right, "window", self.tr("Reading window:"))
        self._add_fact(right, "due", self.tr("Reading due:"))
        self._add_fact(right, "cases", self.tr("Cases:"))
        self._add_fact(right, "request", self.tr("Move or removal:"))
        cases_label = self._values["cases"]
        cases_label.setTextFormat(Qt.TextFormat.RichText)  # our own link around a count; no portal text in it
        cases_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        cases_label.linkActivated.connect(lambda _link: self._emit_for_product(self.cases_requested))
        self._fact_forms = (left, right)
        self._two_columns: bool | None = None
        self._arrange_facts(two_columns=True)

        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setHorizontalHeader(WrapHeader(None, self.history))  # "Svart-/hvitt": the status fits beside
        self.history.setAccessibleName(self.tr("Meter history"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setAlternatingRowColors(True)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        history_header.setStretchLastSection(False)
        self.history_model.modelReset.connect(self._fit_history)
        self._history_fill = None
        self.history.setWordWrap(False)
        show_full_text(self.history)
        compact_rows(self.history)
        history_title = QLabel(self.tr("Meter history"))
        history_title.setBuddy(self.history)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(history_title)
        history_layout.addWidget(self.history)

        self.move_button = QPushButton(self.tr("Move this machine…"))
        self.move_button.clicked.connect(lambda: self.open_request_dialog("relocation"))
        self.remove_button = QPushButton(self.tr("Remove this machine…"))
        self.remove_button.clicked.connect(lambda: self.open_request_dialog("removal"))
        # side by side the two set a least width wider than the pane gets beside the list: Remove goes below if narrow
        self.request_row = WrapRow(self.move_button, [self.remove_button])
        self.request_dialog = None

        self.chart = VolumeChart()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("productDetailSplitter")
        self.splitter.addWidget(history_box)
        self.splitter.addWidget(self.chart)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.placeholder = QLabel(self.tr("Select a machine to see its data, contract and meter history."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        # a row of their own (beside the other two the pane would need more than its width); Edit goes below if narrow
        supplies = WrapRow(self.order_button, [self.edit_button])
        pending = QHBoxLayout()
        pending.addWidget(self.pending_label, 1)
        pending.addWidget(self.resolve_button)
        layout.addWidget(top)
        self._facts_box = QWidget()
        self._facts_box.setLayout(facts)
        facts.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._facts_box)
        layout.addLayout(pending)
        layout.addWidget(supplies)
        layout.addWidget(self.request_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder, 1)
        self._content = [self.heading, self.new_case_button, self.new_reading_button, self.order_button,
                         self.edit_button, supplies, self.request_row, self.splitter]

    def _arrange_facts(self, *, two_columns: bool) -> None:
        if two_columns == self._two_columns:
            return
        left, right = self._fact_forms
        for form in (left, right):
            self._facts.removeItem(form)
        self._facts.addLayout(left, 0, 0)
        self._facts.addLayout(right, 0 if two_columns else 1, 1 if two_columns else 0)
        self._facts.setColumnStretch(0, 1)
        self._facts.setColumnStretch(1, 1 if two_columns else 0)
        self._two_columns = two_columns

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange_facts(two_columns=event.size().width() >= TWO_COLUMNS_MIN_WIDTH)
        super().resizeEvent(event)
        self._fit_facts()

    def _fit_facts(self) -> None:
        """The facts as tall as their wrapped lines need at this width: in a short window (768) the pane scrolls
        (`VerticalScroll` on the products page) rather than cut the facts' second lines off."""
        width = self._facts_box.width() or self.width()
        needed = self._facts.totalHeightForWidth(width) if self._product else 0
        self._facts_box.setMinimumHeight(max(needed, 0))  # -1: no wrapped line among them

    def _request_reading(self) -> None:
        self._emit_for_product(self.new_reading_requested)

    def _emit_for_product(self, signal: Signal) -> None:
        if self._product is not None:
            signal.emit(self._product)

    def _add_fact(self, form: QFormLayout, key: str, label: str,
                  extra: tuple[str, QLabel] | None = None) -> None:
        """A fact's row; `extra` (its key and label) goes on a line of its own under the value."""
        value = plain_label()  # portal text, shown literally; wrapped, and never narrower than its longest word
        value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        caption = QLabel(label)
        caption.setBuddy(value)
        field: QWidget | QVBoxLayout = value
        if extra is not None:
            field = QVBoxLayout()
            field.setSpacing(0)
            field.addWidget(value)
            field.addWidget(extra[1])
            self._values[extra[0]] = extra[1]
        form.addRow(caption, field)
        self._values[key] = value
        self._captions = getattr(self, "_captions", []) + [caption]

    # --- showing a product -------------------------------------------------------------------------------------

    def fact(self, key: str) -> str:
        """The fact as set (an elided one whole)."""
        value = self._values[key]
        return value.full_text() if isinstance(value, ElidedLabel) else value.text()

    def _fit_history(self) -> None:
        """Each column as wide as its text (dates were cut "21.11.20…"), the status taking the room left; in a
        narrow pane (1024 wide, beside the list) the status, then the date, then the counters give up width rather
        than the history scrolling sideways (a cut cell is whole on hover). The columns are the product's counters: fitted anew."""
        fit_columns(self.history, list(range(self.history_model.columnCount())), max_chars=HISTORY_CHARS)
        status = self.history_model.status_section
        if self._history_fill is not None:
            self._history_fill.deleteLater()
        self._history_fill = fill_column(self.history, status, narrow=(
            (status, 6), (ReadingsModel.DATE, 7), *((c, 5) for c in range(ReadingsModel.DATE + 1, status))))
        self._history_fill.fill()
        # the pane may get no narrower than the history squeezed: at its least width (1024 wide, the e-mail elided)
        # the history scrolled sideways
        frame = 2 * self.history.frameWidth() + self.history.verticalScrollBar().sizeHint().width()
        self.history.setMinimumWidth(self._history_fill.least_width() + frame)

    def set_product(self, product: ProductRow | None) -> None:
        same = product is not None and self._product is not None and product.id == self._product.id
        self._product = product
        for widget in [*self._content, *self._values.values(), *self._captions]:
            widget.setVisible(product is not None)
        self.placeholder.setVisible(product is None)
        self._show_pending(product)
        if product is None:
            self.history_model.set_product(None)
            self.chart.set_volumes([], "")
            return
        self._show_facts(product)
        if not same:
            self.history_model.set_product(product)
        self._show_chart(product)

    def _show_facts(self, product: ProductRow) -> None:
        self.heading.setText(product.model)
        window = billing.current_window(self._ctx.today(), product.billing_cycle, product.reading_window_days)
        cycles = {"monthly": self.tr("Monthly"), "quarterly": self.tr("Quarterly")}
        texts = {
            "serial": product.serial,
            "internal_name": product.internal_name or self.tr("None"),
            "site": product.site_name,
            "location": product.location,
            "cost_centre": product.cost_centre or self.tr("None"),
            "contact": product.contact_name or self.tr("None"),
            "counters": ", ".join(counter_names(product).values()),
            "contract": product.contract_number,
            "response": self._hours(product.response_time_hours),
            "cycle": cycles.get(product.billing_cycle, product.billing_cycle),
            "window": self._window(product.reading_window_days, window),
            "due": self.tr("Yes — read it by {date}").format(date=format_date(window.closes)) if product.reading_due
            else self.tr("No"),
        }
        for key, text in texts.items():
            self._values[key].setText(text)
        email = self._values["email"]
        email.set_full_text(product.contact_email or self.tr("None"))
        email.setToolTip(plain_tooltip(product.contact_email))
        self._values["due"].setAccessibleDescription(texts["due"])
        self._fit_facts()
        self._show_cases(product)
        self._show_request(product)

    def _show_cases(self, product: ProductRow) -> None:
        counts = case_queries.product_cases(self._ctx.engine, product.id)
        if not counts.all:
            text = plain = self.tr("None")
        else:
            plain = self.tr("%Ln open", "", counts.open) + " · " + self.tr("%Ln in all", "", counts.all)
            text = f'<a href="cases">{plain}</a>'
        label = self._values["cases"]
        label.setText(text)
        label.setAccessibleDescription(plain)
        label.setToolTip(self.tr("Show this machine's cases") if counts.all else "")

    def _show_request(self, product: ProductRow) -> None:
        """The machine's open relocation or removal (or that it was removed), and the two buttons allowed only when
        there is neither: their tooltip says why not."""
        found = product_requests.open_request_for(self._ctx.engine, product.id)
        if product.removed_on is not None:
            text = self.tr("Removed on {day}").format(day=format_date(product.removed_on))
            why = self.tr("This machine has been removed.")
        elif found is not None:
            number = found.number or self.tr("not sent yet")
            text = self.tr("{kind} ({number}) wanted {day}").format(kind=kind_label(found.kind), number=number,
                                                                   day=day_text(found.desired_date))
            why = self.tr("It already has an open request; follow it on the Cases page, or cancel it there first.")
        else:
            text, why = self.tr("None"), ""
        self._values["request"].setText(text)
        self.heading.setText(product.model if product.removed_on is None else self.tr("{model} (removed)").format(
            model=product.model))
        for button, tip in ((self.move_button, self.tr("Ask for this machine to be moved")),
                            (self.remove_button, self.tr("Ask for this machine to be taken away"))):
            button.setEnabled(not why)
            button.setToolTip(why or tip)

    def _show_pending(self, product: ProductRow | None) -> None:
        """What of the machine's data the portal has not taken yet: waiting to be sent, refused, or in conflict (then
        the way to choose)."""
        states = edit_queries.pending_fields(self._ctx.engine, "product", product.id) if product else {}
        conflicts = [c for c in edit_queries.conflicts(self._ctx.engine) if product and c.entity_id == product.id]
        self._conflict_seq = conflicts[0].seq if conflicts else None
        from desktop.views.products.product_fields import field_label  # noqa: PLC0415 - with the edit form's words

        names = ", ".join(field_label(name) for name in states)
        if conflicts:
            text = self.tr("Someone else changed this machine's data while your change waited: {fields}.").format(
                fields=names)
        elif "refused" in states.values():
            text = self.tr("The portal refused your change of {fields}; see Pending changes.").format(fields=names)
        elif states:
            text = self.tr("Not sent yet: {fields}.").format(fields=names)
        else:
            text = ""
        self.pending_label.setText(text)
        self.pending_label.setVisible(bool(text))
        self.resolve_button.setVisible(self._conflict_seq is not None)

    def open_edit_dialog(self) -> None:
        if self._product is None:
            return
        from desktop.views.products.product_edit_dialog import ProductEditDialog  # noqa: PLC0415 - opened rarely

        dialog = ProductEditDialog(self._ctx, self._product, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.edit_dialog = dialog
        dialog.open()

    def open_conflict(self) -> None:
        if self._conflict_seq is None:
            return
        from desktop.views.conflicts.conflict_dialog import open_conflict  # noqa: PLC0415 - opened rarely

        self.edit_dialog = open_conflict(self._ctx, self._conflict_seq, self)

    def open_request_dialog(self, kind: str) -> None:
        """The relocation or removal form for the shown machine (one at a time)."""
        if self._product is None or not self.move_button.isEnabled():
            return
        from desktop.views.requests.relocation_dialog import RelocationDialog  # noqa: PLC0415 - opened rarely
        from desktop.views.requests.removal_dialog import RemovalDialog  # noqa: PLC0415

        dialog = (RelocationDialog if kind == "relocation" else RemovalDialog)(self._ctx, self._product, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_dialog = dialog
        dialog.open()

    def _hours(self, hours: int) -> str:
        return self.tr("%Ln business hour(s)", "", hours)

    def _window(self, days: int, window: billing.ReadingWindow) -> str:
        opens, closes = format_date(window.opens), format_date(window.closes)
        if days == 1:
            return self.tr("The last day of each billing period (next: {closes})").format(closes=closes)
        if self._ctx.today() < window.opens:
            return self.tr("The last %Ln day(s) of each billing period (next: {opens} – {closes})", "", days).format(
                opens=opens, closes=closes)
        return self.tr("The last %Ln day(s) of each billing period (now: {opens} – {closes})", "", days).format(
            opens=opens, closes=closes)

    def _show_chart(self, product: ProductRow) -> None:
        label = counter_names(product).get(CHART_COUNTER, CHART_COUNTER)
        history = reading_queries.reading_history(self._ctx.engine, product.id, include_rejected=False)
        volumes = monthly_volumes(counter_points(history, CHART_COUNTER), until=self._ctx.today(), months=CHART_MONTHS)
        self.chart.set_volumes(volumes, label)

    def _on_cache_changed(self, entity: str, ids: frozenset[str] | None) -> None:
        if self._product is None:
            return
        if entity == "product" and (ids is None or self._product.id in ids):
            self.set_product(product_queries.product(self._ctx.engine, self._product.id, today=self._ctx.today()))
        elif entity == "meter_reading":
            self._show_chart(self._product)
        elif entity == "case":
            self._show_cases(self._product)
            self._show_request(self._product)
        elif entity == "entity_edit":
            self._show_pending(self._product)

    # --- remembered layout -------------------------------------------------------------------------------------

    def save_state(self) -> None:
        settings.put(SPLITTER, self.splitter.saveState())

    def restore_state(self) -> None:
        state = settings.get(SPLITTER)
        if state:
            self.splitter.restoreState(state)


SPLITTER = settings.PRODUCT_DETAIL_SPLITTER
