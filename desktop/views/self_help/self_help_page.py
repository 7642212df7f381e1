"""Self-help: find a guide (full-text search over the cached guides, filtered by machine type and category) and step
through it. When a guide does not help, a new case opens already filled in: the machine picked here, the guide's
category and the steps already tried."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.views.cases.case_labels import CATEGORY_ORDER, category_label
from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.models.base import OBJECT_ROLE
from desktop.models.guides import GuideHitsModel
from desktop.views.widgets.labels import muted, plain_label
from desktop.views.self_help.guide_list import guide_list_view
from desktop.views.self_help.guide_runner import CaseRequest, GuideRunner
from desktop.views.products.product_picker import ProductPicker
from desktop.views.widgets.search_box import search_box
from desktop.shell import page_titles
from desktop.shell.page import Navigation, Page
from sync.guides import search as guide_search

SEARCH_DELAY_MS = 250


class SelfHelpPage(Page):
    has_new = True
    has_find = True

    def __init__(self, ctx: AppContext, nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, nav, parent)
        self.model = GuideHitsModel(self)
        self.case_dialog = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self._fill_families()
        self._connect()
        self.search_now()

    title = staticmethod(page_titles.self_help)  # the main window names a page before it builds it

    def _build(self) -> None:
        self.search = search_box(self.tr("Describe the problem or type an error code (Ctrl+F)"), self.tr("Search guides"))
        self.machine_picker = ProductPicker(self._ctx, none_text=self.tr("Any machine"))
        self.family_combo = QComboBox()
        self.family_combo.setAccessibleName(self.tr("Machine type"))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in CATEGORY_ORDER:
            self.category_combo.addItem(category_label(category), category)
        filters = QFormLayout()
        filters.addRow(self.tr("&Machine:"), self.machine_picker)
        filters.addRow(self.tr("Machine &type:"), self.family_combo)
        filters.addRow(self.tr("C&ategory:"), self.category_combo)
        self.results = guide_list_view(self.model, self.tr("Guides"))
        self.count_label = muted(plain_label(selectable=False))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.count_label)

        self.runner = GuideRunner()
        self.placeholder = muted(plain_label(self.tr("Pick a guide on the left and follow its steps. If it does not "
                                                     "help, you can open a case from any step."), selectable=False))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.runner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(self.splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.family_combo.currentIndexChanged.connect(lambda _i: self.search_now())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.search_now())
        self.machine_picker.product_changed.connect(self._machine_changed)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.runner.case_requested.connect(self.open_case_dialog)
        self._ctx.cache_changed.connect(self._on_cache_changed)

    def _fill_families(self) -> None:
        current = self.family_combo.currentData()
        self.family_combo.blockSignals(True)
        self.family_combo.clear()
        self.family_combo.addItem(self.tr("All machine types"), None)
        for family in guide_search.product_families(self._ctx.engine):
            self.family_combo.addItem(family, family)
        self.family_combo.setCurrentIndex(max(0, self.family_combo.findData(current)))
        self.family_combo.blockSignals(False)

    # --- the shell's page interface ----------------------------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: a new case, as when no guide helps."""
        self.nav.new_case()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_guide(self, guide_id: str) -> bool:
        """Open `guide_id` in the runner (in the UI language). False when it is not in the cache."""
        record = guide_search.guide(self._ctx.engine, guide_id, current_language())
        if record is None:
            self.status_message.emit(self.tr("That guide is not available yet; it arrives with the next sync."))
            return False
        self.runner.set_guide(record)
        self.right.setCurrentWidget(self.runner)
        for row, hit in enumerate(self.model.hits()):
            if hit.id == guide_id:
                self.results.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    # --- searching ---------------------------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        hits = guide_search.search_guides(self._ctx.engine, self.search.text(), language=current_language(),
                                          family=self.family_combo.currentData(),
                                          category=self.category_combo.currentData(), limit=50)
        shown = self.runner.guide.id if self.runner.guide else None
        self.results.selectionModel().blockSignals(True)
        self.model.set_hits(hits)
        for row, hit in enumerate(hits):
            if hit.id == shown:
                self.results.selectionModel().setCurrentIndex(self.model.index(row),
                                                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.results.selectionModel().blockSignals(False)
        self.count_label.setText(self.tr("%n guide(s)", "", len(hits)) if hits else
                                 self.tr("No guide matches. Try other words, or open a case."))

    def _machine_changed(self, product) -> None:
        if product is not None:
            index = self.family_combo.findData(product.family)
            if index >= 0:
                self.family_combo.setCurrentIndex(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(OBJECT_ROLE) if current.isValid() else None
        if hit is not None and (self.runner.guide is None or self.runner.guide.id != hit.id):
            self.show_guide(hit.id)

    def _on_cache_changed(self, entity: str, _ids) -> None:
        if entity == "guide":
            self.search_now()
        elif entity == "product":
            self._fill_families()

    # --- when a guide did not help -----------------------------------------------------------------------------

    def open_case_dialog(self, request: CaseRequest):
        from desktop.views.cases.new_case_dialog import NewCaseDialog  # noqa: PLC0415 - only when a guide did not help
        if self.case_dialog is not None:  # one case at a time: the open one takes the newer path
            self.case_dialog.apply_guide_request(request)
            self.case_dialog.raise_()
            self.case_dialog.activateWindow()
            return self.case_dialog
        product = self.machine_picker.product()
        self.case_dialog = NewCaseDialog(self._ctx, self, product_id=product.id if product else None,
                                         category=request.category, guide_steps=request.steps_tried,
                                         guide_title=request.guide_title, given_up_guide=request.guide_id)
        self.case_dialog.case_queued.connect(self.nav.open_case)  # shown where cases live
        self.case_dialog.case_queued.connect(
            lambda _case_id: self.status_message.emit(self.tr("Your case is queued and will be sent to the service "
                                                              "desk.")))
        self.case_dialog.finished.connect(self._case_dialog_closed)
        self.case_dialog.open()
        return self.case_dialog

    def _case_dialog_closed(self, _result: int) -> None:
        dialog, self.case_dialog = self.case_dialog, None
        if dialog is not None:
            dialog.deleteLater()
