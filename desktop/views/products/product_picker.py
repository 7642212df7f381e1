"""Pick one machine from the cache by typing part of its serial, model, site or location (searched in SQL, so it
works the same with 10 machines or 10,000). Used by the new-case dialog and the self-help page."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop.context import AppContext
from desktop.views.widgets.search_box import search_box
from sync.products import queries as product_queries
from sync.products.records import ProductFilter, ProductRow

SEARCH_DELAY_MS = 200
MAX_CHOICES = 200


def product_text(product: ProductRow) -> str:
    return " · ".join(part for part in (product.serial, product.model, product.site_name, product.location) if part)


class ProductPicker(QWidget):
    product_changed = Signal(object)  # ProductRow or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._none_text = none_text
        self.search = search_box(self.tr("Search serial, model or site"), self.tr("Search machines"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Machine"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.combo, 5)
        self.setFocusProxy(self.search)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.combo.currentIndexChanged.connect(lambda _i: self.product_changed.emit(self.product()))
        self._fill(product_queries.product_page(ctx.engine, ProductFilter(), today=ctx.today(), limit=MAX_CHOICES))

    def product(self) -> ProductRow | None:
        return self.combo.currentData()

    def set_product_id(self, product_id: str | None) -> bool:
        """Select the machine (adding it to the choices if the current search hides it). False if not cached."""
        if product_id is None:
            self.combo.setCurrentIndex(0 if self._none_text else -1)
            return True
        for i in range(self.combo.count()):
            row = self.combo.itemData(i)
            if row is not None and row.id == product_id:
                self.combo.setCurrentIndex(i)
                return True
        row = product_queries.product(self._ctx.engine, product_id, today=self._ctx.today())
        if row is None:
            return False
        self.combo.addItem(product_text(row), row)
        self.combo.setCurrentIndex(self.combo.count() - 1)
        return True

    def apply_search(self) -> None:
        self._timer.stop()
        flt = ProductFilter(text=self.search.text().strip())
        self._fill(product_queries.product_page(self._ctx.engine, flt, today=self._ctx.today(), limit=MAX_CHOICES))

    def _fill(self, rows: list[ProductRow]) -> None:
        current = self.product()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._none_text:
            self.combo.addItem(self._none_text, None)
        for row in rows:
            self.combo.addItem(product_text(row), row)
        index = 0 if self._none_text or rows else -1
        if current is not None:
            found = next((i for i in range(self.combo.count())
                          if self.combo.itemData(i) is not None and self.combo.itemData(i).id == current.id), None)
            if found is not None:
                index = found
            elif not self._none_text and rows:
                index = 0
        if index == -1 and not rows:
            index = 0 if self._none_text else -1
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        if (self.product().id if self.product() else None) != (current.id if current else None):
            self.product_changed.emit(self.product())
