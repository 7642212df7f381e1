"""What a new user found on the Reports page (issue 11's follow-ups): a preview that no longer matches the form is
covered, default file names in the user's language, the print and save failures worded from what went wrong (never
Qt's or the OS's English), the page's mnemonics clash with no menu in either language, Enter in the form previews
(and a date edit still takes the typed date first), and the Products page's selection is offered and explained."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.views.reports import printer_choice, report_files
from desktop.views.reports.report_files import write_failure_text
from desktop.views.reports.reports_page import ReportsPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TIMEOUT_MS = 20_000


def open_page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


@pytest.fixture
def page(qtbot, seeded_ctx, english_ui):
    return open_page(qtbot, seeded_ctx)


def preview(qtbot, page):
    with qtbot.waitSignal(page.preview.loaded, timeout=TIMEOUT_MS):
        page.preview_button.click()


# --- 1. a stale preview -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("change", [
    lambda form: form.choose("fleet"),
    lambda form: form.choose(preset="range", first=date(2026, 11, 20), last=date(2026, 11, 2)),
    lambda form: form.choose(site="Bergen office"),
])
def test_a_changed_choice_covers_the_preview_of_the_old_report(qtbot, page, change):
    page.form.choose("orders", "this_month")
    preview(qtbot, page)
    assert page.preview.page_count() > 0 and page.preview._stack.currentWidget() is page.preview.pdf
    change(page.form)
    assert page.preview._stack.currentWidget() is page.preview.hint
    assert page.preview.hint.text() == "The choices changed: press Preview to see the new report."
    assert page.preview.page_count() == 0 and page.preview.shown_file() is None and page.preview.report is None
    if page.form.is_ready():
        preview(qtbot, page)
        assert page.preview._stack.currentWidget() is page.preview.pdf


# --- 2. file names in the user's language -------------------------------------------------------------------------

@pytest.mark.parametrize("kind, preset, english, norwegian", [
    ("readings", "this_year", "readings-2026", "avlesninger-2026"),
    ("fleet", "last_year", "fleet-2025", "flateoversikt-2025"),
    ("due", None, "due-2026-11-27", "forfalte-avlesninger-2026-11-27"),
    ("cases", "this_month", "cases-2026-11", "saker-2026-11"),
    ("orders", "last_month", "orders-2026-10", "bestillinger-2026-10"),
])
def test_the_default_file_name_is_in_the_users_language(qtbot, seeded_ctx, kind, preset, english, norwegian,
                                                        request):
    request.getfixturevalue("english_ui")
    page = open_page(qtbot, seeded_ctx)
    page.form.choose(kind, preset)
    assert page.form.file_stem() == english
    request.getfixturevalue("norwegian_ui")
    page = open_page(qtbot, seeded_ctx)
    page.form.choose(kind, preset)
    assert page.form.file_stem() == norwegian and page.form.file_stem().isascii()


# --- 3. printing --------------------------------------------------------------------------------------------------

def test_a_printer_to_a_folder_prints_to_the_default_file_in_it(tmp_path, qapp):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path) + "/")
    printer_choice.name_output_file(printer, "fleet-2026")
    assert printer.outputFileName() == str(tmp_path / "fleet-2026.pdf")
    printer.setOutputFileName(str(tmp_path / "mine.pdf"))
    printer_choice.name_output_file(printer, "fleet-2026")
    assert printer.outputFileName() == str(tmp_path / "mine.pdf")  # a file the user named stays


def test_a_printer_to_no_file_prints_to_documents(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(report_files, "_last_folder", tmp_path)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer_choice.name_output_file(printer, "saker-2026-11")
    assert printer.outputFileName() == str(tmp_path / "saker-2026-11.pdf")


def test_the_print_dialog_offers_a_file_not_a_folder(qtbot, page, monkeypatch, tmp_path):
    monkeypatch.setattr(report_files, "_last_folder", tmp_path)
    offered = []

    def look(dialog):
        from PySide6.QtWidgets import QLineEdit
        field = dialog.findChild(QLineEdit, "filename")
        offered.append(field.text() if field is not None else None)
        return 0  # cancelled
    monkeypatch.setattr(printer_choice.QPrintDialog, "exec", look)
    assert printer_choice.choose_printer(page, "Fleet", "landscape", "fleet-2026") is None
    assert offered == [str(tmp_path / "fleet-2026.pdf")]


# --- 5. why a save failed -------------------------------------------------------------------------------------------

NOT_WRITABLE = "files cannot be written in the folder {folder}. Choose another folder."


@pytest.mark.parametrize("error, said", [
    (PermissionError(errno.EACCES, "Permission denied"), NOT_WRITABLE),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), NOT_WRITABLE),  # /proc says this
    (OSError(errno.EROFS, "Read-only file system"), NOT_WRITABLE),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full."),
    (OSError(errno.EIO, "Input/output error"), "the file could not be written (the log says why)."),
])
def test_a_failed_save_in_an_existing_folder_says_what_is_wrong(tmp_path, english_ui, error, said, caplog):
    text = write_failure_text(tmp_path / "x.pdf", error)
    assert text == "Cannot save x.pdf: " + said.format(folder=tmp_path)
    assert "does not exist" not in text and (error.strerror not in text)
    assert error.strerror in caplog.text  # the OS's reason is in the log


def test_a_failed_save_says_a_missing_folder_and_a_file_in_the_way(tmp_path, english_ui):
    gone = tmp_path / "gone"
    assert write_failure_text(gone / "x.pdf", FileNotFoundError(errno.ENOENT, "No such file")) == (
        f"Cannot save x.pdf: the folder {gone} does not exist.")
    (tmp_path / "afile").write_text("")
    assert write_failure_text(tmp_path / "afile" / "x.pdf", NotADirectoryError(errno.ENOTDIR, "Not a directory")) == (
        f"Cannot save x.pdf: {tmp_path / 'afile'} is a file, not a folder.")


def test_saving_in_proc_says_the_folder_cannot_be_written(qtbot, page, save_to):
    if not Path("/proc").is_dir():
        pytest.skip("no /proc here")
    page.form.choose("orders", "this_month")
    preview(qtbot, page)
    save_to(Path("/proc/x.csv"))
    with qtbot.waitSignal(page.save_ended, timeout=TIMEOUT_MS):
        page.save_buttons["csv"].click()
    assert page.save_message.text() == ("Cannot save x.csv: files cannot be written in the folder /proc. "
                                        "Choose another folder.")


# --- 4. mnemonics and Enter -----------------------------------------------------------------------------------------

MENUS = ("&File", "&Edit", "&View", "&Help")


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def page_mnemonics(page) -> list[tuple[str, str]]:
    texts = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel)]
    return [(m, t) for t in texts if (m := mnemonic(t))]


@pytest.mark.parametrize("language", ["english_ui", "norwegian_ui"])
def test_no_mnemonic_on_the_page_clashes_with_another_or_with_a_menu(qtbot, seeded_ctx, language, request):
    request.getfixturevalue(language)
    page = open_page(qtbot, seeded_ctx)
    menus = [(mnemonic(QCoreApplication.translate("MainWindow", m)), m) for m in MENUS]
    ours = page_mnemonics(page)
    assert len(ours) >= 9  # report, period, due on, machines, preview, print and the three saves
    letters = [m for m, _ in menus + ours]
    assert len(letters) == len(set(letters)), sorted(menus + ours)


def test_the_menus_named_here_are_the_main_windows():
    import inspect

    from desktop.shell.main_window import MainWindow
    source = inspect.getsource(MainWindow._build_menus)
    assert [m for m in MENUS if f'self.tr("{m}")' in source] == list(MENUS)
    assert source.count("addMenu(") == len(MENUS)


def test_enter_in_a_combo_previews(qtbot, page):
    page.form.choose("cases", "this_month")
    page.form.report_combo.setFocus()
    with qtbot.waitSignal(page.report_built, timeout=TIMEOUT_MS) as built:
        qtbot.keyClick(page.form.report_combo, Qt.Key.Key_Return)
    assert built.args[0].kind == "cases"


def test_enter_in_a_date_edit_takes_the_typed_date_then_previews(qtbot, page):
    page.form.choose("orders", "range", first=date(2026, 11, 1), last=date(2026, 11, 30))
    edit = page.form.from_edit
    edit.setFocus()
    edit.setKeyboardTracking(False)  # the typed date counts only once the edit reads it: at Enter
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "03")
    assert page.form.period().first == date(2026, 11, 1)  # typed, not yet read
    with qtbot.waitSignal(page.report_built, timeout=TIMEOUT_MS) as built:
        qtbot.keyClick(edit, Qt.Key.Key_Enter)
    facts = {f.label.key: f.value for f in built.args[0].facts}
    assert facts["fact.period"] == (date(2026, 11, 3), date(2026, 11, 30))


def test_enter_with_a_reversed_range_does_not_preview(qtbot, page):
    page.form.choose("orders", "range", first=date(2026, 11, 20), last=date(2026, 11, 2))
    page.form.to_edit.setFocus()
    with qtbot.assertNotEmitted(page.report_built, wait=300):
        qtbot.keyClick(page.form.to_edit, Qt.Key.Key_Return)
    assert page.form.period_error.isVisible()


# --- 6. the Products page's selection -------------------------------------------------------------------------------

def test_the_products_pages_selection_is_offered_and_says_how_when_empty(qtbot, page):
    combo = page.form.machines_combo
    assert combo.itemText(combo.count() - 1) == "From the Products page…"
    page.form.choose("readings", "this_year")
    combo.setCurrentIndex(combo.count() - 1)
    assert page.form.machines_error.isVisible()
    assert page.form.machines_error.text() == (
        "No machines are selected on the Products page. Select them there (Ctrl+click the rows), then right-click "
        "and choose “Report on the selected machines…”.")
    assert not page.preview_button.isEnabled() and not page.form.is_ready()
    page.choose_machines(("SN00003",))
    assert combo.currentText() == "1 machine chosen on the Products page" and combo.count() == 5
    assert not page.form.machines_error.isVisible() and page.preview_button.isEnabled()
    with qtbot.waitSignal(page.report_built, timeout=TIMEOUT_MS) as built:
        page.preview_button.click()
    assert {r.cells[0] for r in built.args[0].table.data_rows()} == {"SN00003"}
