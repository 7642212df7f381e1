"""The meter round grid: every visible machine (SQL-paged like the products list) with one editable cell per counter.

What the user types lives in `drafts`, keyed by product id and counter key — never in the rows — so it survives
paging, filtering and re-sorting, and a save can queue typed machines the current filter hides. Each typed machine is
checked as a whole (`check_typed`) whenever one of its cells, the round's date or the cache changes.

Columns: the fixed ones, then for every counter key seen in the fleet a "last" and a "new" column (machines without
that counter show the cells greyed and not editable), then the status of the row. Counter columns are learnt from the
rows as pages arrive; a page that brings a new counter appends its two columns.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from desktop.context import AppContext
from desktop.counter_names import counter_name
from desktop.formatting import format_date, format_number
from desktop.models.base import SORT_ROLE, Column, Tint, tint_background
from desktop.models.products import (
    ProductQueryModel,
    due_text,
    due_tooltip,
    last_reading_tint,
    last_reading_tooltip,
)
from desktop.models.readings import Finding, TypedReading, check_typed
from domain.meter import ReadingProblem
from sync.products.records import ProductFilter, ProductRow
from sync.readings import queries as reading_queries
from sync.readings.operations import BatchResult, ReadingEntry

translate = QCoreApplication.translate  # a bare name lupdate recognises: translate("Context", "text")

AnyIndex = QModelIndex | QPersistentModelIndex
CANONICAL_ORDER = ("total", "bw", "colour")
"""Counters most machines have come first, in this order; any other counter follows in the order first seen."""


def on_machine(row: ProductRow, text: str) -> str:
    """ "SN00006 (Model X): …": a message shown away from its row (the line under the grid) says which machine."""
    return translate("MeterRoundModel", "{serial} ({model}): {message}").format(
        serial=row.serial, model=row.model, message=text)


class MeterRoundModel(ProductQueryModel):
    SERIAL, MODEL, LOCATION, DUE, LAST_DATE = range(5)
    FIRST_COUNTER = 5  # then (last, new) per counter key, then the status column

    tr_context = "MeterRoundModel"
    fixed_columns = (
        Column("serial", QT_TRANSLATE_NOOP("MeterRoundModel", "Serial"), lambda r: r.serial, sort="serial"),
        Column("model", QT_TRANSLATE_NOOP("MeterRoundModel", "Model"), lambda r: r.model, sort="model"),
        Column("location", QT_TRANSLATE_NOOP("MeterRoundModel", "Location"), lambda r: r.location, sort="location"),
        Column("due", QT_TRANSLATE_NOOP("MeterRoundModel", "Due"), lambda r: r.reading_due, text=due_text,
               tooltip=due_tooltip, tint=lambda r: Tint.WARNING if r.reading_due else None),
        Column("last_date", QT_TRANSLATE_NOOP("MeterRoundModel", "Last reading"), lambda r: r.last_reading_date,
               sort="last_reading", tooltip=last_reading_tooltip, tint=last_reading_tint),
    )
    status_column = Column("status", QT_TRANSLATE_NOOP("MeterRoundModel", "Check"), lambda r: None)

    drafts_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, flt: ProductFilter | None = None) -> None:
        super().__init__(ctx, parent, flt=flt)
        self._reading_date = ctx.today()
        self._labels: dict[str, str] = {}
        self._drafts: dict[str, dict[str, str]] = {}
        self._checks: dict[str, TypedReading] = {}
        self._products: dict[str, ProductRow] = {}   # the rows drafts were typed for, also when filtered away
        self._refused: set[str] = set()  # loaded machines with a refused reading of the round's date
        self._columns = self._make_columns()
        ctx.cache_changed.connect(self._on_cache_changed)

    # --- paging and columns ------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ProductRow], *, has_more: bool = False,
                 columns: Sequence[Column] | None = None) -> None:
        rows = list(rows)
        self._learn_counters(rows)
        super().set_rows(rows, has_more=has_more, columns=columns or self._make_columns())

    def fetchMore(self, parent: AnyIndex) -> None:
        before = len(self._rows)
        super().fetchMore(parent)
        new_keys = self._learn_counters(self._rows[before:])
        if new_keys:
            first = len(self._columns) - 1
            with self.changing():
                self.beginInsertColumns(QModelIndex(), first, first + 2 * len(new_keys) - 1)
                self._columns = self._make_columns()
                self.endInsertColumns()

    def fetch_page(self, after: ProductRow | None, limit: int) -> list[ProductRow]:
        rows = super().fetch_page(after, limit)
        self._note_refused([r.id for r in rows], reset=after is None)
        return rows

    def fetch_row(self, row_id: str) -> ProductRow | None:
        row = super().fetch_row(row_id)
        self._note_refused([row_id])
        return row

    def _note_refused(self, product_ids: list[str], *, reset: bool = False) -> None:
        """Which of these machines have a reading of the round's date that the portal refused: one query per page
        (`refused_on`), kept beside the rows, as the rows' own query knows only the last reading not refused."""
        if reset:
            self._refused.clear()
        self._refused.difference_update(product_ids)
        self._refused.update(reading_queries.refused_on(self._ctx.engine, product_ids, self._reading_date))

    def _learn_counters(self, rows: Iterable[ProductRow]) -> list[str]:
        new = []
        for row in rows:
            for counter in row.counters:
                if counter.key not in self._labels:
                    self._labels[counter.key] = counter_name(counter.key, counter.label)
                    new.append(counter.key)
        return new

    def counter_keys(self) -> list[str]:
        """Counter keys in column order."""
        return [c.key.split(":", 1)[1] for c in self._columns if c.key.startswith("new:")]

    def _make_columns(self) -> tuple[Column, ...]:
        ordered = [k for k in CANONICAL_ORDER if k in self._labels] + \
                  [k for k in self._labels if k not in CANONICAL_ORDER]
        existing = self.counter_keys() if hasattr(self, "_columns") else []
        keys = existing + [k for k in ordered if k not in existing]
        counters: list[Column] = []
        for key in keys:
            counters.append(Column(f"last:{key}", self._labels[key], lambda r, k=key: r.last_values.get(k),
                                   numeric=True))
            counters.append(Column(f"new:{key}", self._labels[key], lambda r, k=key: self._parsed(r.id, k),
                                   numeric=True))
        return (*self.fixed_columns, *counters, self.status_column)

    # --- the round's date and the drafts -----------------------------------------------------------------------

    @property
    def reading_date(self) -> date:
        return self._reading_date

    def set_reading_date(self, day: date) -> None:
        if day != self._reading_date:
            self._reading_date = day
            self._note_refused([r.id for r in self._rows], reset=True)
            self.recheck()

    def has_drafts(self) -> bool:
        return bool(self._drafts)

    def drafts(self) -> dict[str, dict[str, str]]:
        return {pid: dict(texts) for pid, texts in self._drafts.items()}

    def check_for(self, product_id: str) -> TypedReading | None:
        return self._checks.get(product_id)

    def clear_drafts(self) -> None:
        self._drafts.clear()
        self._checks.clear()
        self._announce_all()
        self.drafts_changed.emit()

    def set_draft(self, product: ProductRow, key: str, text: str) -> None:
        """Store what was typed into `product`'s cell for `key` (empty text clears it) and re-check the machine."""
        texts = self._drafts.setdefault(product.id, {})
        if text.strip():
            texts[key] = text.strip()
        else:
            texts.pop(key, None)
        self._products[product.id] = product
        if not texts:
            del self._drafts[product.id]
        self._recheck_one(product.id)
        self._announce(product.id)
        self.drafts_changed.emit()

    def restore_drafts(self, drafts: dict[str, dict[str, str]]) -> int:
        """Put back values typed before the app stopped; machines no longer in the cache are skipped.
        Returns how many machines got their values back."""
        restored = 0
        for product_id, texts in drafts.items():
            product = self.fetch_row(product_id)
            if product is None:
                continue
            self._products[product_id] = product
            self._drafts[product_id] = {k: str(t) for k, t in texts.items() if k in product.counter_keys and t}
            if not self._drafts[product_id]:
                del self._drafts[product_id]
                continue
            self._recheck_one(product_id)
            restored += 1
        self._announce_all()
        self.drafts_changed.emit()
        return restored

    def preview(self, index: AnyIndex, text: str) -> TypedReading | None:
        """The check the machine would get if `text` were in the cell at `index` (for the editor, as you type)."""
        key, product = self.counter_at(index), self.row_at(index.row())
        if key is None or product is None:
            return None
        texts = dict(self._drafts.get(product.id, {}))
        texts[key] = text
        return self._check(product, texts)

    def recheck(self) -> None:
        for product_id in list(self._drafts):
            self._recheck_one(product_id)
        self._announce_all()
        self.drafts_changed.emit()

    def _recheck_one(self, product_id: str, found: Sequence[ReadingProblem] | None = None) -> None:
        texts = self._drafts.get(product_id)
        if not texts:
            self._checks.pop(product_id, None)
            return
        self._checks[product_id] = self._check(self._products[product_id], texts, found)

    def _check(self, product: ProductRow, texts: dict[str, str],
               found: Sequence[ReadingProblem] | None = None) -> TypedReading:
        return check_typed(self._ctx.engine, product, self._reading_date, texts, today=self._ctx.today(), found=found)

    # --- saving ------------------------------------------------------------------------------------------------

    def ready_entries(self) -> list[ReadingEntry]:
        """One entry per typed machine that is complete and has no error (warnings included), in grid order."""
        order = {pid: i for i, pid in enumerate(self._index_of)}
        ready = [pid for pid, check in self._checks.items() if check.ready]
        ready.sort(key=lambda pid: order.get(pid, len(order)))
        return [ReadingEntry(pid, self._reading_date, dict(self._checks[pid].values)) for pid in ready]

    def entry_warnings(self, entries: Iterable[ReadingEntry]) -> list[tuple[ProductRow, Finding]]:
        return [(self._products[e.product_id], w) for e in entries for w in self._checks[e.product_id].warnings]

    def read_on_round_date(self, row: ProductRow) -> bool:
        """The machine has a reading (queued or accepted) on the round's date or later: nothing left to type."""
        return row.last_reading_date is not None and row.last_reading_date >= self._reading_date

    def attention_count(self) -> int:
        """Typed machines that cannot be queued as they are (incomplete or with an error)."""
        return sum(1 for check in self._checks.values() if not check.ready)

    def apply_batch(self, result: BatchResult) -> None:
        """Drop the drafts that were queued; keep the refused ones with the reasons the batch gave."""
        for outcome in result.queued:
            self._drafts.pop(outcome.entry.product_id, None)
            self._checks.pop(outcome.entry.product_id, None)
        for outcome in result.refused:
            if outcome.entry.product_id in self._drafts:
                self._recheck_one(outcome.entry.product_id, outcome.problems)
        self._announce_all()
        self.drafts_changed.emit()

    # --- cells -------------------------------------------------------------------------------------------------

    def counter_at(self, index: AnyIndex) -> str | None:
        """The counter key of a "new value" cell, None for every other cell."""
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        key = self._columns[index.column()].key
        return key.split(":", 1)[1] if key.startswith("new:") else None

    def has_counter(self, index: AnyIndex) -> bool:
        key = self._columns[index.column()].key if index.isValid() else ""
        row = self.row_at(index.row()) if index.isValid() else None
        return row is not None and (":" not in key or key.split(":", 1)[1] in row.counter_keys)

    def message_for(self, index: AnyIndex) -> str:
        """What the message line under the grid says while `index` is current."""
        row = self.row_at(index.row()) if index.isValid() else None
        check = self._checks.get(row.id) if row else None
        if check is None:
            return ""
        key = self.counter_at(index)
        found = list(check.cells.get(key, ())) if key else []
        found += list(check.general)
        if not found and key is None:
            found = check.findings()
        if not found and check.complete:
            return ""
        text = " ".join(f.named_text for f in found) if found else translate("MeterRoundModel", "Enter all counters.")
        return on_machine(row, text)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.has_counter(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.counter_at(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.counter_at(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or key is None or row is None or key not in row.counter_keys:
            return False
        self.set_draft(row, key, "" if value is None else str(value))
        return True

    def header_text(self, column: Column) -> str:
        if column.key.startswith("last:"):
            return translate("MeterRoundModel", "{counter}\nlast").format(counter=column.title)
        if column.key.startswith("new:"):
            return translate("MeterRoundModel", "{counter}\nnew").format(counter=column.title)
        return super().header_text(column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(self._columns):
            key = self._columns[section].key
            label = self._columns[section].title
            if key.startswith("new:"):
                text = translate("MeterRoundModel", "{counter}: type the value the machine shows now.")
                return text.format(counter=label)
            if key.startswith("last:"):
                return translate("MeterRoundModel", "{counter} at the last reading.").format(counter=label)
        return super().headerData(section, orientation, role)

    def cell_data(self, row: ProductRow, column: Column, index: QModelIndex, role: int) -> Any:
        if ":" in column.key and column.key.split(":", 1)[1] not in row.counter_keys:
            return self._absent_counter_data(role)
        if column.key.startswith("new:"):
            return self._new_value_data(row, column.key.split(":", 1)[1], role)
        if column is self.status_column:
            return self._status_data(row, role)
        if column.key.startswith("last:") and role == Qt.ItemDataRole.ToolTipRole and row.last_reading_date:
            return translate("MeterRoundModel", "Read on {date}").format(date=format_date(row.last_reading_date))
        return None

    def _absent_counter_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.Window))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("MeterRoundModel", "This machine has no such counter.")
        if role == Qt.ItemDataRole.DisplayRole:
            return "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (Qt.AlignmentFlag.AlignCenter).value
        return None

    def _new_value_data(self, row: ProductRow, key: str, role: int) -> Any:
        text = self._drafts.get(row.id, {}).get(key, "")
        check = self._checks.get(row.id)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            value = check.values.get(key) if check else None
            return format_number(value) if value is not None else text
        if role == Qt.ItemDataRole.ToolTipRole:
            found = check.cells.get(key, ()) if check else ()
            if found:
                return "\n".join(f.text for f in found)
            if check and not text:
                return translate("MeterRoundModel", "Enter all counters.")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and check:
            severity = check.cell_severity(key)
            return tint_background(Tint.ERROR if severity == "error" else Tint.WARNING if severity else None)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text
        return None

    def _status_data(self, row: ProductRow, role: int) -> Any:
        text, tint, tooltip = self._status(row)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint_background(tint)
        return None

    def _status(self, row: ProductRow) -> tuple[str, Tint | None, str]:
        check = self._checks.get(row.id)
        if check is None:
            return self._cached_status(row)
        errors = [f.named_text for f in check.findings() if f.blocking]
        if errors:
            return errors[0], Tint.ERROR, "\n".join(errors)
        if not check.complete:
            text = translate("MeterRoundModel", "Enter all counters.")
            return text, Tint.WARNING, text
        if check.warnings:
            return (translate("MeterRoundModel", "Ready — check the value"), Tint.WARNING,
                    "\n".join(f.named_text for f in check.warnings))
        return translate("MeterRoundModel", "Ready"), None, ""

    def _cached_status(self, row: ProductRow) -> tuple[str, Tint | None, str]:
        """What the cache says of the machine's reading on the round's date: queued here, or the portal has it."""
        if row.last_reading_date != self._reading_date:
            if row.id in self._refused:
                return (translate("MeterRoundModel", "Refused"), Tint.ERROR,
                        translate("MeterRoundModel", "The portal refused the reading of this day. Fix it or discard it "
                                                     "in Pending changes."))
            return "", None, ""
        if row.last_status == "pending":
            return (translate("MeterRoundModel", "Queued"), Tint.PENDING,
                    translate("MeterRoundModel", "Queued; it is sent to the portal when you are online."))
        return (translate("MeterRoundModel", "Accepted"), None,
                translate("MeterRoundModel", "The portal has this reading."))

    def _parsed(self, product_id: str, key: str) -> int | None:
        check = self._checks.get(product_id)
        return check.values.get(key) if check else None

    # --- change notifications ----------------------------------------------------------------------------------

    def _announce(self, product_id: str) -> None:
        position = self.row_of(product_id)
        if position is not None:
            self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def _announce_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _on_cache_changed(self, entity: str, ids: frozenset[str] | None) -> None:
        if entity not in ("product", "meter_reading") or not self._drafts:
            return
        if entity == "product" and ids is not None and not (ids & self._drafts.keys()):
            return
        if entity == "product":
            for product_id in list(self._drafts):
                fresh = self.fetch_row(product_id) if ids is None or product_id in ids else None
                if fresh is not None:
                    self._products[product_id] = fresh
        self.recheck()
