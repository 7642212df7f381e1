"""The products list: every machine the user may see, filtered, sorted and paged in SQL."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal

from desktop.context import AppContext
from desktop.models.base import Column, RowTableModel, Tint
from sync.products import queries as product_queries
from sync.products.records import ProductFilter, ProductRow

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")



def last_reading_tooltip(row: ProductRow) -> str | None:
    if row.last_status == "pending":
        return translate("ProductsModel", "Queued here; it is sent to the portal when you are online.")
    if row.last_status == "estimated":
        return translate("ProductsModel", "Estimated by the vendor; no reading was taken.")
    return None


def last_reading_tint(row: ProductRow) -> Tint | None:
    return Tint.PENDING if row.last_status == "pending" else None


def due_tooltip(row: ProductRow) -> str | None:
    if not row.reading_due:
        return None
    return translate("ProductsModel", "The reading window for the next invoice is open and no reading was taken in "
                                      "it yet.")


def due_text(due: object) -> str:
    return translate("ProductsModel", "Due") if due else ""


class ProductQueryModel(RowTableModel[ProductRow]):
    """Products the way `sync.products.queries` pages them: filtered, sorted and paged in SQL. `set_filter` re-queries from
    the first page; a header click re-queries in the new order. Shared by the products list and the meter round."""

    filter_changed = Signal(object)  # the new ProductFilter, after the model has reloaded

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, flt: ProductFilter | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = flt or ProductFilter()
        self.watch(ctx, "product")
        self.watch_related(ctx, "meter_reading")

    @property
    def filter(self) -> ProductFilter:
        return self._filter

    def set_filter(self, flt: ProductFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()
        self.filter_changed.emit(flt)

    def update_filter(self, **changes: object) -> None:
        self.set_filter(replace(self._filter, **changes))

    def total_count(self) -> int:
        """How many products match the filter (not just the loaded pages)."""
        return product_queries.product_count(self._ctx.engine, self._filter, today=self._ctx.today())

    def fetch_page(self, after: ProductRow | None, limit: int) -> list[ProductRow]:
        return product_queries.product_page(self._ctx.engine, self._filter, today=self._ctx.today(), after=after, limit=limit)

    def fetch_row(self, row_id: str) -> ProductRow | None:
        return product_queries.product(self._ctx.engine, row_id, today=self._ctx.today())

    def apply_sort(self, key: str, descending: bool) -> None:
        self.update_filter(sort=key, descending=descending)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order that show the current SQL sort."""
        section = next((i for i, c in enumerate(self.visible_columns) if c.sort == self._filter.sort), 0)
        return section, Qt.SortOrder.DescendingOrder if self._filter.descending else Qt.SortOrder.AscendingOrder


class ProductsModel(ProductQueryModel):
    """The products list: rows are `ProductRow`s."""

    class Col(IntEnum):
        SERIAL = 0
        MODEL = 1
        SITE = 2
        LOCATION = 3
        LAST_READING = 4
        LAST_TOTAL = 5
        DUE = 6

    tr_context = "ProductsModel"
    columns = (
        Column("serial", QT_TRANSLATE_NOOP("ProductsModel", "Serial"), lambda r: r.serial, sort="serial"),
        Column("model", QT_TRANSLATE_NOOP("ProductsModel", "Model"), lambda r: r.model, sort="model"),
        Column("site", QT_TRANSLATE_NOOP("ProductsModel", "Site"), lambda r: r.site_name, sort="site"),
        Column("location", QT_TRANSLATE_NOOP("ProductsModel", "Location"), lambda r: r.location, sort="location"),
        Column("last_reading", QT_TRANSLATE_NOOP("ProductsModel", "Last reading"), lambda r: r.last_reading_date,
               sort="last_reading", tooltip=last_reading_tooltip, tint=last_reading_tint),
        Column("last_total", QT_TRANSLATE_NOOP("ProductsModel", "Last total"), lambda r: r.last_values.get("total"),
               numeric=True, tooltip=last_reading_tooltip, tint=last_reading_tint),
        Column("due", QT_TRANSLATE_NOOP("ProductsModel", "Due"), lambda r: r.reading_due, text=due_text,
               tooltip=due_tooltip, tint=lambda r: Tint.WARNING if r.reading_due else None),
    )
