"""A PDF on screen: QtPdf's document and view (every page, rendered lazily as it scrolls into sight, so a
400-page report opens at once), fitted to the width by default, with zoom out / in / fit-width and "Page X of Y"
with previous and next (Page Up / Page Down stay the view's own scrolling; Ctrl++ and Ctrl+- zoom). The
Reports page and the list printout's dialog show their previews through it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.formatting import format_number

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class PdfView(QWidget):
    loaded = Signal(int)  # the pages of the file just shown (its document is Ready)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._status_changed)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of the report"))
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.view.zoomModeChanged.connect(self._update_zoom)
        self.zoom_out_button = self._button(self.tr("Zoom out"), "−", QKeySequence.StandardKey.ZoomOut,
                                            lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = self._button(self.tr("Zoom in"), "+", QKeySequence.StandardKey.ZoomIn,
                                           lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button = self._button(self.tr("Fit to width"), self.tr("Fit width"), None, self.fit_width)
        self.fit_button.setCheckable(True)
        self.previous_button = self._button(self.tr("Previous page"), "‹", None,
                                            lambda: self.go_to(self.current_page() - 1))
        self.next_button = self._button(self.tr("Next page"), "›", None,
                                        lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel("")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_page()
        self._update_zoom()

    def _button(self, name: str, text: str, keys, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        button.clicked.connect(slot)
        return button

    # --- the file ----------------------------------------------------------------------------------------------

    def show_file(self, path: Path) -> None:
        """Show `path` from its first page, fitted to the width; `loaded` follows once the document is Ready."""
        self.document.close()
        self.document.load(str(path))
        self.fit_width()
        self.go_to(0)

    def close_file(self) -> None:
        self.document.close()
        self._update_page()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        self._update_page()
        if status == QPdfDocument.Status.Ready:
            self.go_to(0)
            self.loaded.emit(self.document.pageCount())

    # --- pages -------------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), 0)
        self._update_page()

    def _update_page(self, *_args) -> None:
        pages, current = self.page_count(), self.current_page()
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=format_number(current + 1), pages=format_number(pages)) if pages else "")
        self.previous_button.setEnabled(pages > 0 and current > 0)
        self.next_button.setEnabled(current + 1 < pages)

    # --- zoom --------------------------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    def zoom_by(self, step: float) -> None:
        """Zoom from what is shown now (fitted to the width, that is the fitted size, not 100 %)."""
        factor = min(max(self.shown_zoom() * step, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._update_zoom()

    def shown_zoom(self) -> float:
        """The zoom factor of the pages on screen; fitted to the width, worked out as QPdfView does."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        screen = self.screen() or QGuiApplication.primaryScreen()
        points_to_pixels = screen.logicalDotsPerInch() / 72.0 if screen else 96 / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        widest = max(self.document.pagePointSize(i).width() for i in range(min(self.page_count(), 3)))
        return room / (widest * points_to_pixels) if widest > 0 else 1.0

    def _update_zoom(self, *_args) -> None:
        self.fit_button.setChecked(self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)
