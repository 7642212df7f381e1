"""Which machines a user has: two lists side by side, the machines not assigned on the left and the assigned ones on
the right, one filter above both (words of serial, model, site or location; a site; a model). Select many (Shift,
Ctrl) and move them across, or move every machine that matches the filter at once ("all of a site" is the site's
filter and Assign all). Each move is queued as one request at once; the lists are read from the cache in SQL pages,
so 10,000 machines filter and scroll as fast as 40."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import format_number
from desktop.models.base import ID_ROLE
from desktop.models.users import PickerModel
from desktop.views.users.user_problems import user_problem_text
from desktop.views.widgets.errors import show_error
from desktop.views.widgets.labels import bold, plain_label
from desktop.views.widgets.messages import error_label, set_error
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.tables import fit_columns
from sync.users import queries
from sync.users.operations import UserInputError, queue_assignments
from sync.users.records import ManagedUser, PickerFilter

FILTER_DELAY_MS = 120
"""Typing in the filter waits this long for the next key before it asks the cache, so a word is one query."""


class AssignmentPicker(QDialog):
    def __init__(self, ctx: AppContext, user: ManagedUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Machines of {name}").format(name=user.name))
        self.available = PickerModel(ctx, user.id, assigned=False, parent=self)
        self.assigned = PickerModel(ctx, user.id, assigned=True, parent=self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._build()
        self.apply_filter()
        for view in (self.available_view, self.assigned_view):  # once, to the first page: not at every filter
            fit_columns(view, [0, 1, 2], max_chars=20)
        self.resize(1100, 640)

    def _build(self) -> None:
        self.search = search_box(self.tr("Serial number, model, site or location"), self.tr("Filter the machines"))
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        sites, models = queries.picker_choices(self.ctx.engine)
        self.site = self._choice(self.tr("All sites"), self.tr("Site"), sites)
        self.model_choice = self._choice(self.tr("All models"), self.tr("Model"), [(m, m) for m in models])
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.site, 1)
        filters.addWidget(self.model_choice, 1)
        self.available_view = self._table(self.available, self.tr("Machines not assigned"))
        self.assigned_view = self._table(self.assigned, self.tr("Machines assigned to the user"))
        self.available_title, self.assigned_title = bold(plain_label()), bold(plain_label())
        self.assign_button = QPushButton(self.tr("&Assign →"))
        self.assign_all_button = QPushButton(self.tr("Assign all &that match"))
        self.unassign_button = QPushButton(self.tr("← &Take away"))
        self.unassign_all_button = QPushButton(self.tr("Take away all t&hat match"))
        self.assign_button.clicked.connect(lambda: self._move(assign=self._selected(self.available_view)))
        self.assign_all_button.clicked.connect(lambda: self._move(assign=self.available.matching_ids()))
        self.unassign_button.clicked.connect(lambda: self._move(unassign=self._selected(self.assigned_view)))
        self.unassign_all_button.clicked.connect(lambda: self._move(unassign=self.assigned.matching_ids()))
        self.available_view.doubleClicked.connect(lambda _i: self.assign_button.click())
        self.assigned_view.doubleClicked.connect(lambda _i: self.unassign_button.click())
        middle = QVBoxLayout()
        middle.addStretch(1)
        for button in (self.assign_button, self.assign_all_button, self.unassign_button, self.unassign_all_button):
            middle.addWidget(button)
        middle.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.available_title, 0, 0)
        grid.addWidget(self.assigned_title, 0, 2)
        grid.addWidget(self.available_view, 1, 0)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.assigned_view, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.error = error_label()
        note = plain_label(self.tr("An administrator sees every machine whatever is assigned; the machines assigned "
                                   "matter for a customer.")) if self.user.role == "admin" else None
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        if note is not None:
            layout.addWidget(note)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        for view in (self.available_view, self.assigned_view):
            view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def _choice(self, everything: str, name: str, items) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(everything, "")
        for value, text in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return box

    def _table(self, model: PickerModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def current_filter(self) -> PickerFilter:
        return PickerFilter(text=self.search.text(), site_id=self.site.currentData() or "",
                            model=self.model_choice.currentData() or "")

    def apply_filter(self) -> None:
        """Both lists from their first page with the filter as it stands (a typed word, a site or a model)."""
        self._filter_timer.stop()
        flt = self.current_filter()
        self.available.set_filter(flt)
        self.assigned.set_filter(flt)
        self._update_counts()

    def counts(self) -> tuple[int, int]:
        """How many machines match the filter the lists show, on each side (they hold only the pages scrolled to)."""
        return queries.picker_counts(self.ctx.engine, self.user.id, self.available.filter)

    def _update_counts(self) -> None:
        available, assigned = self.counts()
        self.available_title.setText(self.tr("Not assigned ({count})").format(count=format_number(available)))
        self.assigned_title.setText(self.tr("Assigned ({count})").format(count=format_number(assigned)))
        self.assign_all_button.setEnabled(available > 0)
        self.unassign_all_button.setEnabled(assigned > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.assign_button.setEnabled(bool(self.available_view.selectionModel().selectedRows()))
        self.unassign_button.setEnabled(bool(self.assigned_view.selectionModel().selectedRows()))

    @staticmethod
    def _selected(view: QTableView) -> list[str]:
        return [index.data(ID_ROLE) for index in view.selectionModel().selectedRows()]

    def _move(self, *, assign: list[str] = (), unassign: list[str] = ()) -> None:
        if not assign and not unassign:
            return
        set_error(self.error, None)
        (self.ctx.write(queue_assignments, self.user.id, assign_ids=list(assign), unassign_ids=list(unassign),
                        initiator=self)
         .success(lambda _c: self.apply_filter()).failure(self._refused).run_on(self.ctx.db_pool))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, UserInputError):
            set_error(self.error, "\n".join(user_problem_text(p) for p in error.problems))
        else:
            show_error(error)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.apply_filter()  # Enter filters at once rather than closing the dialog
            return
        super().keyPressEvent(event)
