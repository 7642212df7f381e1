"""A machine's meter history (newest first, paged) and the as-you-type check of a reading someone is entering.

`check_typed` is what the reading dialog and the meter round grid share: it parses each typed counter with
`domain.meter.parse_counter_value`, checks the parsed values against the machine's cached history with
`sync.readings.operations.check_reading`, and words every problem for the user in their language and locale
("12 000 is lower than the previous reading 12 345 of 30.10.2026").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from desktop.context import AppContext
from desktop.counter_names import counter_names
from desktop.models.base import Column, RowTableModel, Tint
from desktop.models.reading_problems import describe_parse_error, describe_problem  # noqa: F401 - also imported from here
from domain import problems as codes
from domain.meter import (
    InvalidCounterValue,
    ReadingProblem,
    parse_counter_value,
)
from sync.cache.db import CacheHandle
from sync.products.records import ProductRow
from sync.readings import operations
from sync.readings import queries as reading_queries
from sync.readings.records import ReadingRow

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")

Severity = Literal["error", "warning"]

def _tr(text: str) -> str:
    return translate("ReadingChecks", text)


@dataclass(frozen=True)
class Finding:
    """One thing to tell the user about a typed reading, already in their words: `text` for the counter's own cell,
    `named` (naming the counter) for a place that shows several counters at once, such as a row's status."""
    severity: Severity
    text: str
    code: str = ""
    named: str = ""

    @property
    def named_text(self) -> str:
        return self.named or self.text

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class TypedReading:
    """What a person typed for one machine, parsed and checked."""
    texts: Mapping[str, str]
    values: Mapping[str, int]
    cells: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)   # per counter key
    general: tuple[Finding, ...] = ()                                       # about the date or the whole reading
    missing: tuple[str, ...] = ()                                           # counters with nothing typed

    @property
    def empty(self) -> bool:
        return not any(t.strip() for t in self.texts.values())

    @property
    def complete(self) -> bool:
        return not self.missing

    def findings(self) -> list[Finding]:
        return list(self.general) + [f for found in self.cells.values() for f in found]

    @property
    def blocked(self) -> bool:
        return any(f.blocking for f in self.findings())

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings() if not f.blocking]

    @property
    def ready(self) -> bool:
        return self.complete and not self.blocked

    def cell_severity(self, key: str) -> Severity | None:
        found = self.cells.get(key, ())
        if any(f.blocking for f in found):
            return "error"
        return "warning" if found else None


def check_typed(engine: CacheHandle, product: ProductRow, reading_date: date, texts: Mapping[str, str], *, today: date,
                found: Sequence[ReadingProblem] | None = None) -> TypedReading:
    """Parse and check `texts` (counter key → what was typed) for a reading of `product` on `reading_date`.

    The parsed values are checked with `sync.readings.operations.check_reading` (a read of the cached history; no write),
    unless `found` already holds the problems (e.g. those a batch came back with)."""
    texts = {k: t for k, t in texts.items() if k in product.counter_keys}
    values: dict[str, int] = {}
    cells: dict[str, list[Finding]] = {}
    labels = counter_names(product)
    for key, text in texts.items():
        if not text.strip():
            continue
        try:
            values[key] = parse_counter_value(text)
        except InvalidCounterValue as error:
            reason = describe_parse_error(error.code)
            named = translate("ReadingChecks", "{counter}: {reason}").format(counter=labels.get(key, key),
                                                                             reason=reason)
            finding = Finding("error", reason, codes.METER_INVALID_VALUE, named)
            cells.setdefault(key, []).append(finding)
    general: list[Finding] = []
    if found is None:
        found = _check_cached(engine, product.id, reading_date, values, today)
    for problem in found:
        if problem.code == codes.METER_MISSING_COUNTER:
            continue
        finding = Finding(problem.severity, describe_problem(problem, values, labels), problem.code,
                          describe_problem(problem, values, labels, named=True))
        if problem.counter in product.counter_keys:
            cells.setdefault(problem.counter, []).append(finding)
        else:
            general.append(finding)
    missing = tuple(k for k in product.counter_keys if not texts.get(k, "").strip())
    return TypedReading(texts=dict(texts), values=values, cells={k: tuple(v) for k, v in cells.items()},
                        general=tuple(general), missing=missing)


def _check_cached(engine: CacheHandle, product_id: str, reading_date: date, values: Mapping[str, int],
                  today: date) -> list[ReadingProblem]:
    try:
        return operations.check_reading(engine, product_id, reading_date, values, today=today)
    except operations.UnknownProduct:
        return [ReadingProblem(codes.NOT_FOUND, "unknown product")]


# --- the history table ------------------------------------------------------------------------------------------

STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("ReadingsModel", "Pending"),
    "accepted": QT_TRANSLATE_NOOP("ReadingsModel", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("ReadingsModel", "Rejected"),
    "estimated": QT_TRANSLATE_NOOP("ReadingsModel", "Estimated"),
}
STATUS_TOOLTIP = {
    "pending": QT_TRANSLATE_NOOP("ReadingsModel", "Queued here; it is sent to the portal when you are online."),
    "rejected": QT_TRANSLATE_NOOP("ReadingsModel",
                                  "The portal refused this reading. Open Pending changes to see why and fix it."),
    "estimated": QT_TRANSLATE_NOOP("ReadingsModel", "Estimated by the vendor; no reading was taken."),
}
STATUS_TINT = {"pending": Tint.PENDING, "rejected": Tint.ERROR, "estimated": Tint.MUTED}


def _status_text(status: object) -> str:
    return translate("ReadingsModel", STATUS_TEXT.get(str(status), str(status)))


def _status_tooltip(row: ReadingRow) -> str | None:
    text = STATUS_TOOLTIP.get(row.status)
    return translate("ReadingsModel", text) if text else None


def _counter_column(key: str, label: str) -> Column:
    return Column(f"counter:{key}", label, lambda r, k=key: r.values.get(k), numeric=True)


class ReadingsModel(RowTableModel[ReadingRow]):
    """One product's readings, newest first, the local pending ones included; a page at a time."""

    DATE = 0  # then one column per counter of the product, then the status
    tr_context = "ReadingsModel"
    cell_roles = frozenset({int(Qt.ItemDataRole.FontRole)})  # pending and estimated in italics, refused struck out
    page_size = 50
    date_column = Column("date", QT_TRANSLATE_NOOP("ReadingsModel", "Date"), lambda r: r.reading_date)
    status_column = Column("status", QT_TRANSLATE_NOOP("ReadingsModel", "Status"), lambda r: r.status,
                           text=_status_text, tooltip=_status_tooltip, tint=lambda r: STATUS_TINT.get(r.status))

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._product: ProductRow | None = None
        self._columns = (self.date_column, self.status_column)
        self.watch(ctx, "meter_reading")
        ctx.cache_changed.connect(self._on_product_changed)

    @property
    def product(self) -> ProductRow | None:
        return self._product

    @property
    def status_section(self) -> int:
        return len(self._columns) - 1

    def set_product(self, product: ProductRow | None) -> None:
        self._product = product
        counters = [_counter_column(key, name) for key, name in counter_names(product).items()] if product else []
        page = self.fetch_page(None, self.page_size)
        self.set_rows(page, has_more=len(page) >= self.page_size,
                      columns=[self.date_column, *counters, self.status_column])

    def header_text(self, column: Column) -> str:
        if column.key.startswith("counter:"):
            return column.title  # already in the user's language (desktop.counter_names)
        return super().header_text(column)

    def fetch_page(self, after: ReadingRow | None, limit: int) -> list[ReadingRow]:
        if self._product is None:
            return []
        skip = (self.row_of(after.id) or 0) + 1 if after is not None else 0
        return reading_queries.reading_history(self._ctx.engine, self._product.id, limit=skip + limit)[skip:]

    def rows_appeared(self, ids: set[str]) -> None:
        self.refresh_all()

    def cell_data(self, row: ReadingRow, column: Column, index: QModelIndex, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status in ("pending", "rejected", "estimated"):
            font = QFont()
            font.setItalic(row.status != "rejected")
            font.setStrikeOut(row.status == "rejected" and column is not self.status_column)
            return font
        return None

    def _on_product_changed(self, entity: str, ids: frozenset[str] | None) -> None:
        if entity == "product" and self._product is not None and (ids is None or self._product.id in ids):
            self.refresh_all()
