"""The preview as a PDF: written off the UI thread (a timer on the UI thread keeps ticking while it is written),
every page of it shown (the page count is the written file's, read with pypdf), from page 1; a second preview
deletes the first's temporary file and closing the page deletes them all; the zoom and page buttons move the view.
Ctrl+P on the products and cases pages opens the same preview in a dialog, of the filtered rows, which prints on
the chosen printer (a PDF printer here, standing in for Qt's print dialog) and saves the previewed file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from desktop.views.cases.cases_page import CasesPage
from desktop.views.products.products_page import ProductsPage
from desktop.views.reports import printer_choice
from desktop.views.reports.pdf_preview_dialog import PdfPreviewDialog
from desktop.views.reports.reports_page import ReportsPage

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TIMEOUT_MS = 30_000


def reports_page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def preview(qtbot, page: ReportsPage, kind: str, preset: str):
    """Build and preview; returns the page count the preview announced once its document was Ready."""
    page.form.choose(kind, preset)
    with qtbot.waitSignal(page.preview.loaded, timeout=TIMEOUT_MS) as loaded:
        page.preview_button.click()
    return loaded.args[0]


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_a_large_preview_shows_every_page_while_the_ui_thread_keeps_running(qtbot, big_ctx, english_ui):
    page = reports_page(qtbot, big_ctx)
    ticks = {"count": 0}
    marks: dict[str, int] = {}
    timer = QTimer(interval=2)
    timer.timeout.connect(lambda: ticks.__setitem__("count", ticks["count"] + 1))
    page.report_built.connect(lambda _r: marks.setdefault("built", ticks["count"]))
    page.preview.loaded.connect(lambda _n: marks.setdefault("loaded", ticks["count"]))
    timer.start()
    pages = preview(qtbot, page, "fleet", "this_year")
    timer.stop()
    written = page.preview.shown_file()
    assert written.is_file() and pages == len(pypdf.PdfReader(written).pages) == page.preview.page_count()
    assert pages > 21
    # the UI thread ran its timer while the worker wrote the PDF (written on the UI thread, "loaded" would come
    # before "built", inside the same call)
    assert marks["loaded"] - marks["built"] > 3
    assert page.preview.pdf.current_page() == 0
    assert page.preview.pdf.page_label.text() == f"Page 1 of {pages:,}"
    assert page.preview.pdf.view.pageMode() == QPdfView.PageMode.MultiPage
    assert page.preview.pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_a_second_preview_replaces_the_first_and_deletes_its_file(qtbot, seeded_ctx, english_ui):
    page = reports_page(qtbot, seeded_ctx)
    preview(qtbot, page, "cases", "this_month")
    first = page.preview.shown_file()
    assert "CS1000" in pdf_text(first)
    preview(qtbot, page, "fleet", "this_year")
    second = page.preview.shown_file()
    assert second != first and second.is_file() and not first.exists()
    assert "Fleet summary" in pdf_text(second)
    assert sorted(p.name for p in second.parent.iterdir()) == [second.name]  # nothing half-written left either


def test_closing_the_page_deletes_the_preview_files(qtbot, seeded_ctx, english_ui):
    page = reports_page(qtbot, seeded_ctx)
    preview(qtbot, page, "orders", "this_month")
    folder = page.preview.shown_file().parent
    assert folder.is_dir()
    page.close()
    assert not folder.exists() and page.preview.page_count() == 0


def test_save_as_pdf_after_a_changed_choice_writes_the_new_report(qtbot, seeded_ctx, english_ui, tmp_path,
                                                                   save_to):
    """The previewed file is copied only for the report it is of: a rebuilt report is written again."""
    page = reports_page(qtbot, seeded_ctx)
    preview(qtbot, page, "cases", "this_month")
    page.form.choose("orders")
    with qtbot.waitSignal(page.report_built, timeout=TIMEOUT_MS):
        page.preview_button.click()
    save_to(tmp_path / "orders.pdf")
    with qtbot.waitSignal(page.saved, timeout=TIMEOUT_MS):
        page.save_buttons["pdf"].click()
    text = pdf_text(tmp_path / "orders.pdf")
    assert "OR0001001" in text and "CS1000" not in text


def test_the_zoom_and_page_buttons(qtbot, big_ctx, english_ui):
    page = reports_page(qtbot, big_ctx)
    pages = preview(qtbot, page, "fleet", "this_year")
    pdf = page.preview.pdf
    assert not pdf.previous_button.isEnabled() and pdf.next_button.isEnabled()
    fitted = pdf.shown_zoom()
    pdf.zoom_in_button.click()
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.Custom and not pdf.fit_button.isChecked()
    assert pdf.view.zoomFactor() == pytest.approx(fitted * 1.25)
    pdf.zoom_out_button.click()
    pdf.zoom_out_button.click()
    assert pdf.view.zoomFactor() == pytest.approx(fitted / 1.25)
    pdf.fit_button.click()
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and pdf.fit_button.isChecked()
    pdf.next_button.click()
    qtbot.waitUntil(lambda: pdf.current_page() == 1)
    assert pdf.page_label.text() == f"Page 2 of {pages:,}" and pdf.previous_button.isEnabled()
    pdf.go_to(pages - 1)
    qtbot.waitUntil(lambda: pdf.current_page() == pages - 1)
    assert not pdf.next_button.isEnabled()
    bar = pdf.view.verticalScrollBar()  # scrolling by hand moves the page count along
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: pdf.page_label.text() == f"Page 1 of {pages:,}")
    assert not pdf.previous_button.isEnabled()


# --- Ctrl+P on the list pages --------------------------------------------------------------------------------------

def ctrl_p(qtbot, page) -> PdfPreviewDialog:
    page.print_page()
    qtbot.waitUntil(lambda: page.printout.dialog is not None, timeout=TIMEOUT_MS)
    dialog = page.printout.dialog
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=TIMEOUT_MS)
    return dialog


def test_ctrl_p_on_products_previews_the_filtered_rows_as_pdf(qtbot, seeded_ctx, english_ui):
    page = ProductsPage(seeded_ctx)
    qtbot.addWidget(page)
    page.show()
    page.site_combo.setCurrentIndex(page.site_combo.findText("Bergen office"))
    dialog = ctrl_p(qtbot, page)
    shown = {page.model.row_at(i).serial for i in range(page.model.rowCount())}
    every = {f"SN{i:05d}" for i in range(40)}
    assert 0 < len(shown) < 40
    path = dialog.preview.shown_file()
    text = pdf_text(path)
    assert dialog.preview.page_count() == len(pypdf.PdfReader(path).pages)
    assert all(serial in text for serial in shown) and not any(serial in text for serial in every - shown)
    dialog.reject()
    assert not path.exists()  # the dialog's temporary file goes with it


def test_ctrl_p_on_cases_previews_the_searched_rows_and_prints_them(qtbot, seeded_ctx, english_ui, tmp_path,
                                                                    monkeypatch):
    page = CasesPage(seeded_ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_search("all", "jam")
    dialog = ctrl_p(qtbot, page)
    text = pdf_text(dialog.preview.shown_file())
    assert "CS1000" in text and "CS1005" in text and "CS1001" not in text
    chosen = []

    def to_file(parent, title, orientation, stem):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        chosen.append((parent, title, orientation))
        return printer
    monkeypatch.setattr(printer_choice, "choose_printer", to_file)
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT_MS) as printed:
        dialog.print_button.click()
    assert chosen == [(dialog, "Cases", dialog.report.orientation)]
    printed_pdf = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert printed.args[0] == len(printed_pdf.pages) == dialog.preview.page_count()
    assert "CS1002" in " ".join(p.extract_text() for p in printed_pdf.pages)
    assert dialog.message.text() == f"{printed.args[0]} page{'s' if printed.args[0] > 1 else ''} sent to the printer."
    dialog.reject()


def test_a_printer_cancelled_in_the_dialog_prints_nothing(qtbot, seeded_ctx, english_ui, monkeypatch):
    page = CasesPage(seeded_ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = ctrl_p(qtbot, page)
    monkeypatch.setattr(printer_choice, "choose_printer", lambda *args: None)
    with qtbot.assertNotEmitted(dialog.printed, wait=200):
        dialog.print_button.click()
    assert dialog.message.text() == ""
    dialog.reject()


def test_save_as_pdf_from_the_dialog_copies_the_preview(qtbot, seeded_ctx, english_ui, tmp_path, save_to):
    page = CasesPage(seeded_ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = ctrl_p(qtbot, page)
    offered = save_to(tmp_path / "cases")  # typed without the extension
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as saved:
        dialog.save_button.click()
    assert saved.args[0] == tmp_path / "cases.pdf" and offered[0][1].endswith("case-list.pdf")
    assert (tmp_path / "cases.pdf").read_bytes() == dialog.preview.shown_file().read_bytes()
    dialog.reject()


def test_a_cancelled_preview_leaves_no_file_and_says_so(qtbot, seeded_ctx, english_ui, monkeypatch):
    import threading

    from desktop.views.reports import report_preview
    from desktop.views.widgets.progress_dialog import ProgressDialog
    page = reports_page(qtbot, seeded_ctx)
    preview(qtbot, page, "cases", "this_month")
    shown = page.preview.shown_file()
    started, release = threading.Event(), threading.Event()
    real = report_preview.write_report

    def held(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(report_preview, "write_report", held)
    page.form.choose("orders")
    with qtbot.waitSignal(page.report_built, timeout=TIMEOUT_MS):
        page.preview_button.click()
    assert started.wait(10)
    writing = [d for d in page.preview.findChildren(ProgressDialog) if d.label.text() == "Preparing the preview…"]
    assert len(writing) == 1
    writing[0].reject()
    release.set()
    assert page.preview.hint.text() == "The choices changed: press Preview to see the new report."  # meanwhile
    qtbot.waitUntil(lambda: page.preview.hint.text() == "The preview was not made: you cancelled it.",
                    timeout=TIMEOUT_MS)
    assert page.preview.hint.isVisible()
    assert page.preview.page_count() == 0 and page.preview.pdf_for(page.report) is None
    assert list(shown.parent.iterdir()) == []  # neither the older preview nor a half-written one
    assert page.save_buttons["pdf"].isEnabled()  # the report itself was made: it can still be saved
