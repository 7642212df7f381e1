"""A table whose first columns stay put while the others scroll sideways (Qt's "Frozen Column" example): on a narrow
window the meter round's counters scrolled the serial and the model out of view, and the user no longer knew which
machine a row was.

A second QTableView over the same model shows only the frozen columns and lies over the table's left edge. It
shares the table's selection model (a click on a serial is a click on that row's cell) and its vertical scroll bar
(the rows move together), its columns are as wide as the table's own (a resize in either is one in both), its
header is as high, and its sort indicator is the table's. The table keeps the keyboard: the frozen view takes no
focus, and a cell the table scrolls to is never left under the frozen columns.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)

from desktop.views.widgets.cells import show_full_text

AnyIndex = QModelIndex | QPersistentModelIndex


class FrozenColumnsTable(QTableView):
    """A QTableView whose first `frozen` columns do not scroll sideways; use it as a QTableView (subclass it to edit
    or to move the cursor your own way, calling the base class for the moves you leave alone)."""

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen_view = QTableView(self)
        view = self.frozen_view
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionsClickable(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.horizontalHeader().setHighlightSections(False)
        show_full_text(view)  # a model name cut in its cell is whole on hover
        self.viewport().stackUnder(view)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # the frozen part hides pixels
        self._connect_views()

    def _connect_views(self) -> None:
        view = self.frozen_view
        self.horizontalHeader().sectionResized.connect(self._table_column_resized)
        view.horizontalHeader().sectionResized.connect(self._frozen_column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: view.setRowHeight(row, new))
        self.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, order: _same_indicator(view.horizontalHeader(), section, order))
        view.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, order: _same_indicator(self.horizontalHeader(), section, order))

    # --- the model, shared -------------------------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen_view.setModel(model)
        self.frozen_view.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.layoutChanged):
                signal.connect(self._show_frozen_columns_only)
            model.rowsInserted.connect(self._place_frozen_view)
            model.rowsRemoved.connect(self._place_frozen_view)
        self._show_frozen_columns_only()

    def setSortingEnabled(self, enable: bool) -> None:  # noqa: N802 - Qt override
        super().setSortingEnabled(enable)
        self.frozen_view.horizontalHeader().setSectionsClickable(enable)
        self.frozen_view.horizontalHeader().setSortIndicatorShown(enable)

    def _show_frozen_columns_only(self, *_args: object) -> None:
        model, view = self.model(), self.frozen_view
        if model is None:
            return
        for column in range(model.columnCount()):
            view.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                view.setColumnWidth(column, self.columnWidth(column))
        header = self.horizontalHeader()
        _same_indicator(view.horizontalHeader(), header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._place_frozen_view()

    # --- widths, heights and place -----------------------------------------------------------------------------

    def frozen_width(self) -> int:
        """The pixels of the viewport's left edge that the frozen columns cover."""
        count = min(self.frozen_count, self.model().columnCount() if self.model() is not None else 0)
        return sum(self.columnWidth(column) for column in range(count) if not self.isColumnHidden(column))

    def _table_column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count:
            if self.frozen_view.columnWidth(column) != new:
                self.frozen_view.setColumnWidth(column, new)
            self._place_frozen_view()

    def _frozen_column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)  # the user dragged a frozen column's edge

    def _place_frozen_view(self, *_args: object) -> None:
        view, header = self.frozen_view, self.horizontalHeader()
        view.setAlternatingRowColors(self.alternatingRowColors())
        view.setShowGrid(self.showGrid())
        view.setWordWrap(self.wordWrap())
        view.setVerticalScrollMode(self.verticalScrollMode())
        view.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        view.horizontalHeader().setFixedHeight(header.height())  # two-line counter titles make the table's higher
        rows = self.model() is not None and self.model().rowCount() > 0
        body = self.viewport().height() if rows else 0  # no rows: what the table shows instead stays in view
        left = self.frameWidth() + (self.verticalHeader().width() if self.verticalHeader().isVisible() else 0)
        width = min(self.frozen_width(), self.viewport().width())
        view.setGeometry(left, self.frameWidth(), width, (header.height() if header.isVisible() else 0) + body)
        view.setVisible(width > 0)
        view.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        self._place_frozen_view()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_frozen_view()

    # --- scrolling ---------------------------------------------------------------------------------------------

    def scrollTo(self, index: AnyIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802, E501 - Qt override
        """To a frozen cell: up or down only (it is always in view sideways). To another: as Qt does, then far
        enough back that it is not under the frozen columns."""
        bar = self.horizontalScrollBar()
        sideways = bar.value()
        super().scrollTo(index, hint)
        if not index.isValid():
            return
        if index.column() < self.frozen_count:
            bar.setValue(sideways)
            return
        hidden = self.frozen_width() - self.visualRect(index).left()
        if hidden > 0:
            bar.setValue(bar.value() - hidden)


def _same_indicator(header: QHeaderView, section: int, order: Qt.SortOrder) -> None:
    if header.sortIndicatorSection() != section or header.sortIndicatorOrder() != order:
        header.setSortIndicator(section, order)
