"""The Reports page in the main window over the demo portal's fleet, with a fleet summary previewed, in English and
in bokmål at 1280x800 and 1024x768: every choice and button holds its whole text, nothing is cut off at the side,
the preview gets the larger part of the width, and a screenshot of each goes to $REPORTS_PNG_DIR (else the test's
own folder) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from desktop import i18n
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    from PySide6.QtCore import QLocale
    previous = QLocale()
    i18n.install_language(request.param)
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


def whole(widget) -> bool:
    """A button's, combo's or label's text fits the room it has (a word-wrapped label always does)."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return True
    hint = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
    return widget.width() >= hint.width() - 1


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_reports_page_with_a_preview(qtbot, ctx, language, size, tmp_path):
    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    page = window.show_page("reports")
    page.form.choose("fleet", "this_year")
    with qtbot.waitSignal(page.report_built, timeout=30_000):
        page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=30_000)
    qtbot.wait(50)
    folder = Path(os.environ.get("REPORTS_PNG_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"reports-{language}-{size[0]}x{size[1]}.png"))
    controls = [w for kind in (QAbstractButton, QComboBox, QLabel) for w in page.findChildren(kind)
                if w.isVisible() and not page.preview.isAncestorOf(w)]
    assert controls and [getattr(w, "currentText", getattr(w, "text", str))() for w in controls if not whole(w)] == []
    assert page.preview.width() > window.width() // 2 and window.width() == size[0]
    for widget in controls:
        assert page.rect().contains(QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())), widget
    assert ctx.wait_idle()


def test_report_on_the_selected_machines_in_the_window(qtbot, ctx, english_ui):
    from PySide6.QtCore import QItemSelectionModel
    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    products = window.show_page("products")
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        products.table.selectionModel().select(products.model.index(row, 0), flags)
    serials = (products.model.row_at(0).serial, products.model.row_at(2).serial)
    products.report_action.trigger()
    assert window.current_page_key() == "reports"
    page = window.pages["reports"]
    assert page.form.machines_combo.currentText() == "2 machines chosen on the Products page"
    assert page.form.serials() == serials
    assert ctx.wait_idle()


def test_ctrl_p_in_the_window_previews_the_list_on_screen(qtbot, ctx, english_ui, tmp_path):
    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    window.show()
    for key in ("products", "cases"):
        page = window.show_page(key)
        assert window.print_action.isEnabled()
        window.print_action.trigger()
        qtbot.waitUntil(lambda p=page: p.printout.dialog is not None and p.printout.dialog.isVisible(), timeout=20_000)
        assert page.printout.report.kind == {"products": "product_list", "cases": "case_list"}[key]
        assert len(page.printout.report.table.rows) == (page.model.total_count() if key == "products"
                                                         else page.model.rowCount())
        dialog = page.printout.dialog
        qtbot.waitUntil(lambda d=dialog: d.preview.page_count() > 0, timeout=20_000)
        qtbot.wait(300)  # QPdfView renders the visible pages after it is shown
        folder = Path(os.environ.get("REPORTS_PNG_DIR", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(folder / f"ctrl-p-{key}.png"))
        assert dialog.preview.pdf.page_label.text() == f"Page 1 of {dialog.preview.page_count()}"
        dialog.reject()
    window.show_page("account")
    assert not window.print_action.isEnabled()
    assert ctx.wait_idle()


def test_the_reports_page_after_a_change_and_with_no_products_selection(qtbot, ctx, language, tmp_path):
    """A changed choice covers the old preview with its sentence; "From the Products page…" with nothing selected
    there says how, under the choice; both whole at 1024x768 (screenshots to $REPORTS_PNG_DIR)."""
    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    page = window.show_page("reports")
    page.form.choose("orders", "this_month")
    with qtbot.waitSignal(page.preview.loaded, timeout=30_000):
        page.preview_button.click()
    page.form.choose("fleet")
    combo = page.form.machines_combo
    combo.setCurrentIndex(combo.count() - 1)
    qtbot.wait(50)
    folder = Path(os.environ.get("REPORTS_PNG_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"reports-stale-{language}-1024x768.png"))
    assert page.preview.hint.isVisible() and page.form.machines_error.isVisible()
    assert whole(combo) and page.rect().contains(QRect(page.form.machines_error.mapTo(page, QPoint(0, 0)),
                                                       page.form.machines_error.size()))
    assert ctx.wait_idle()
