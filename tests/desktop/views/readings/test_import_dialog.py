"""Import readings: a preview with a status per row (and the line number in every error), then only the good rows
are queued, in one batch."""

from __future__ import annotations

import errno
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMessageBox

from desktop.views.readings import import_readings_dialog
from desktop.views.readings.import_readings_dialog import (
    ImportPreviewModel,
    ImportReadingsDialog,
    open_import_dialog,
    preview_csv,
)
from desktop.views.widgets.progress_dialog import ProgressDialog
from sync.outbox.queue import outbox_items
from sync.products import queries as product_queries
from sync.readings import csv_import, operations
from tests.desktop.pages_fixtures import (  # noqa: F401
    NORMAL_VOLUME,
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark


def last(ctx, pid: str) -> dict[str, int]:
    return dict(product_queries.product(ctx.engine, pid, today=TODAY).last_values)


@pytest.fixture
def csv_file(tmp_path: Path, offline_ctx) -> Path:
    p1, p3, p6 = last(offline_ctx, product_id(1)), last(offline_ctx, product_id(3)), last(offline_ctx, product_id(6))
    lines = [
        "serial;dato;total;bw;colour",
        f"SN00001;27.11.2026;{p1['total'] + 900};;",                                              # 2 ok
        f"SN00003;2026-11-27;{p3['total'] + 3000};{p3['bw'] + 2000};{p3['colour'] + 1000}",        # 3 ok
        "SN00099;27.11.2026;5;;",                                                                 # 4 unknown serial
        f"SN00006;27.11.2026;{p6['total'] - 10};{p6['bw']};{p6['colour']}",                        # 5 decreased
        "SN00007;32.11.2026;5;;",                                                                 # 6 not a date
        "SN00010;27.11.2026;12a;;",                                                               # 7 not a number
        f"SN00001;27.11.2026;{p1['total'] + 1900};;",                                             # 8 same day again
        f"SN00009;27.11.2026;{last(offline_ctx, product_id(9))['total'] + 50 * NORMAL_VOLUME};"
        f"{last(offline_ctx, product_id(9))['bw'] + 10};{last(offline_ctx, product_id(9))['colour'] + 10}",  # 9 jump
    ]
    path = tmp_path / "round.csv"
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8"))
    return path


@pytest.fixture
def dialog(qtbot, offline_ctx, csv_file):
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.load_file(csv_file)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 8)
    return widget


def statuses(model: ImportPreviewModel) -> dict[int, tuple[str, str]]:
    return {line.line: (line.status, line.message) for line in model.rows}


def test_the_preview_gives_each_row_its_status_and_line_number(english_ui, dialog):
    found = statuses(dialog.model)
    assert [line for line, (status, _m) in found.items() if status == "ok"] == [2, 3]
    assert found[9][0] == "warning" and "above the previous reading" in found[9][1]
    for line, words in {4: "no machine with this serial number", 5: "lower than the previous reading",
                        6: "not a date", 7: "Use digits only", 8: "already a reading"}.items():
        status, message = found[line]
        serial = dialog.model.rows[line - 2].serial
        assert status == "error" and message.startswith(f"Line {line} ({serial}): ") and words in message, message
    assert dialog.queue_button.isEnabled() and dialog.queue_button.text() == "Queue 3 readings"
    assert "5 with errors will be skipped" in dialog.state_label.text()


def test_only_the_good_rows_are_queued_in_one_batch(english_ui, dialog, qtbot, monkeypatch, offline_ctx):
    batches = []
    real = operations.queue_readings
    monkeypatch.setattr(operations, "queue_readings",
                        lambda engine, entries, *, today: batches.append(entries) or real(engine, entries, today=today))
    asked = []
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: asked.append((good, skipped)) or True)
    with qtbot.waitSignal(offline_ctx.cache_changed):
        dialog.queue_button.click()
    qtbot.waitUntil(lambda: dialog.done_queueing)
    assert asked == [(3, 5)]
    assert len(batches) == 1 and [e.product_id for e in batches[0]] == [product_id(1), product_id(3), product_id(9)]
    assert len(outbox_items(offline_ctx.engine)) == 3
    assert [line for line, (status, _m) in statuses(dialog.model).items() if status == "queued"] == [2, 3, 9]
    assert "3 readings queued" in dialog.state_label.text() and "5 rows were not queued" in dialog.state_label.text()
    assert not dialog.queue_button.isEnabled()


def test_declining_to_skip_queues_nothing(dialog, monkeypatch, offline_ctx):
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: False)
    dialog.queue_button.click()
    assert offline_ctx.wait_idle() and outbox_items(offline_ctx.engine) == []


def test_a_file_without_the_header_is_refused_as_a_whole(qtbot, offline_ctx, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("hello;world\n1;2\n", encoding="utf-8")
    widget = open_import_dialog(offline_ctx, None, path)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: "cannot be imported" in widget.state_label.text())
    assert "serial;date" in widget.state_label.text()
    assert not widget.queue_button.isEnabled()


def _load_and_wait(qtbot, ctx, path: Path) -> ImportReadingsDialog:
    widget = ImportReadingsDialog(ctx)
    qtbot.addWidget(widget)
    widget.load_file(path)
    qtbot.waitUntil(lambda: not widget._busy, timeout=10_000)
    return widget


def test_a_missing_file_is_explained(qtbot, offline_ctx, tmp_path):
    widget = _load_and_wait(qtbot, offline_ctx, tmp_path / "gone.csv")
    assert widget.state_label.text() == "The file could not be opened: There is no file gone.csv (any more)."
    assert not widget.queue_button.isEnabled()


OS_WORDS = re.compile(r"No such file|Permission denied|Is a directory|Errno|Input/output", re.IGNORECASE)


def _denied(self):
    raise PermissionError(errno.EACCES, "Permission denied", str(self))


def _disk_error(self):
    raise OSError(errno.EIO, "Input/output error", str(self))


@pytest.mark.parametrize(("make", "read_bytes", "expected"), [
    (lambda folder: folder / "borte.csv", None, "Filen kunne ikke åpnes: Det finnes ingen fil borte.csv (lenger)."),
    (lambda folder: _write(folder / "runde.csv", "serial;date;total\n"), _denied,
     "Filen kunne ikke åpnes: Du har ikke lov til å lese runde.csv. Spør den som styrer datamaskinen eller mappen, "
     "eller kopier filen til din egen mappe."),
    (lambda folder: _folder(folder / "mappe.csv"), None,
     "Filen kunne ikke åpnes: mappe.csv er en mappe; velg en fil i den."),
    (lambda folder: _write(folder / "runde.csv", "serial;date;total\n"), _disk_error,
     "Filen kunne ikke åpnes: runde.csv kunne ikke leses fra disken eller nettverket. Prøv igjen, eller kopier den "
     "til datamaskinen først."),
    (lambda folder: _write_bytes(folder / "runde.csv", b"PK\x03\x04\x00\x00"), None,
     "Denne filen kan ikke importeres: Filen er ikke tekst. Lagre den som CSV fra regnearket, og velg den filen."),
])
def test_a_file_that_cannot_be_read_says_why_in_norwegian(qtbot, offline_ctx, tmp_path, monkeypatch, norwegian_ui,
                                                          make, read_bytes, expected):
    path = make(tmp_path)
    if read_bytes is not None:
        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    widget = _load_and_wait(qtbot, offline_ctx, path)
    assert widget.state_label.text() == expected
    assert not OS_WORDS.search(widget.state_label.text())
    assert not widget.queue_button.isEnabled()


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def test_cancelling_the_file_picker_opens_nothing(qtbot, offline_ctx, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: ("", "")))
    assert open_import_dialog(offline_ctx, None) is None


def test_closing_while_the_file_is_read_drops_the_answer(qtbot, offline_ctx, csv_file):
    from PySide6.QtCore import QCoreApplication, QThreadPool
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.load_file(csv_file)
    widget.reject()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # deliver the worker's answer; it must be ignored, not shown
    assert widget.model.rowCount() == 0


class Recorder:
    """A plain progress object, as a `sync` caller would pass: no Qt."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return False


def test_the_preview_reports_every_row_it_checks(offline_ctx, csv_file):
    progress = Recorder()
    lines = preview_csv(offline_ctx.engine, csv_file, today=TODAY, progress=progress)
    checked = len(csv_import.parse_readings_csv(csv_file.read_bytes()).rows)  # rows the parser refused: not checked
    assert len(lines) == 8 and checked == 6
    assert progress.reports == [(done, checked) for done in range(checked + 1)]


def test_the_progress_dialog_goes_away_when_the_preview_is_in(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.findChild(ProgressDialog) is None)
    assert dialog.model.rowCount() == 8


@pytest.fixture
def held_rows(monkeypatch):
    """The first row's check waits until the test lets it go, so a Cancel lands while the file is being read."""
    started, release = threading.Event(), threading.Event()
    real = csv_import._check_row

    def held(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(csv_import, "_check_row", held)
    yield started, release
    release.set()


@pytest.fixture
def no_message_box(monkeypatch):
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: pytest.fail(f"a message box: {a}")))


def test_cancel_in_the_progress_dialog_stops_the_reading_without_an_error(qtbot, offline_ctx, csv_file, held_rows,
                                                                           no_message_box):
    started, release = held_rows
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.load_file(csv_file)
    progress_dialog = widget.findChild(ProgressDialog)
    qtbot.waitUntil(progress_dialog.isVisible)  # the reading takes long enough to show it
    assert started.wait(5) and progress_dialog.label.text() == "Reading round.csv…"
    progress_dialog.cancel_button.click()
    assert progress_dialog.isVisible() and progress_dialog.label.text() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: widget.state_label.text() == "Import cancelled.")
    qtbot.waitUntil(lambda: widget.findChild(ProgressDialog) is None)
    assert widget.model.rowCount() == 0 and not widget.queue_button.isEnabled()
    assert widget.choose_button.isEnabled() and widget.isVisible()


def test_a_cancel_after_the_last_row_still_cancels(qtbot, offline_ctx, csv_file, monkeypatch, no_message_box):
    """The job may finish before it looks at the Cancel again; the user gave up, so the rows are not shown."""
    started, release = threading.Event(), threading.Event()
    real = import_readings_dialog.preview_csv

    def ignores_cancel(engine, path, *, today, progress):
        lines = real(engine, path, today=today)
        started.set()
        assert release.wait(10)
        return lines
    monkeypatch.setattr(import_readings_dialog, "preview_csv", ignores_cancel)
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.load_file(csv_file)
    assert started.wait(10)
    widget.findChild(ProgressDialog).reject()
    release.set()
    qtbot.waitUntil(lambda: widget.state_label.text() == "Import cancelled.")
    assert widget.model.rowCount() == 0


def test_choosing_another_file_while_one_is_read_shows_only_the_second(english_ui, qtbot, offline_ctx, csv_file, held_rows,
                                                                        tmp_path):
    started, release = held_rows
    second = tmp_path / "second.csv"
    second.write_text("serial;date;total\nSN00099;27.11.2026;5\n", encoding="utf-8")
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.load_file(csv_file)
    assert started.wait(5)
    widget.load_file(second)
    release.set()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    assert QThreadPool.globalInstance().waitForDone(5000)  # the first file's job has ended too
    QCoreApplication.processEvents()  # and its late answer was delivered: it must change nothing
    assert [line.serial for line in widget.model.rows] == ["SN00099"]
    assert "0 of 1 row can be queued" in widget.state_label.text()


def test_a_full_disk_while_queueing_is_explained_not_apologised_for(dialog, qtbot, monkeypatch, tmp_path):
    from tests.support import sqlite_failures
    full = sqlite_failures.disk_full(tmp_path)

    def queue_readings(engine, entries, *, today):
        raise full
    monkeypatch.setattr(operations, "queue_readings", queue_readings)
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: True)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(title)))
    dialog.queue_button.click()
    qtbot.waitUntil(lambda: shown == ["The disk is full"])
    assert dialog.state_label.text() == "Nothing was queued." and dialog.queue_button.isEnabled()


def test_closing_the_window_while_the_file_is_read_ends_the_job_quietly(qtbot, offline_ctx, csv_file, held_rows,
                                                                         no_message_box):
    """The window deletes itself on close; the job still running must not report to anything that went with it."""
    from desktop import tasks
    started, release = held_rows
    widget = open_import_dialog(offline_ctx, None, csv_file)
    assert started.wait(5)
    with qtbot.waitSignal(widget.destroyed):
        widget.reject()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not tasks._running)  # the job's outcome was delivered, to no one


def test_a_second_file_after_an_import_can_be_queued_too(english_ui, dialog, qtbot, monkeypatch, offline_ctx,
                                                         tmp_path):
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: True)
    dialog.queue_button.click()
    qtbot.waitUntil(lambda: dialog.done_queueing)
    assert not dialog.queue_button.isEnabled()
    p4 = last(offline_ctx, product_id(4))
    second = tmp_path / "second.csv"
    second.write_text(f"serial;date;total\nSN00004;27.11.2026;{p4['total'] + 500}\n", encoding="utf-8")
    dialog.load_file(second)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog._busy)
    assert dialog.queue_button.isEnabled() and dialog.queue_button.text() == "Queue 1 reading"
    assert dialog.close_button.text() == "Close"  # the first file's readings stay queued
    with qtbot.waitSignal(offline_ctx.cache_changed):
        dialog.queue_button.click()
    qtbot.waitUntil(lambda: statuses(dialog.model)[2][0] == "queued")
    assert len(outbox_items(offline_ctx.engine)) == 4


def _nb(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")  # nb_NO groups with a no-break space


def test_each_problem_names_the_machine_the_counter_and_both_values_in_norwegian(qtbot, offline_ctx, tmp_path,
                                                                                 norwegian_ui):
    p6, p9 = last(offline_ctx, product_id(6)), last(offline_ctx, product_id(9))
    lines = ["serienr;dato;totalt;s/h;farge",
             f"SN00006;27.11.2026;{p6['total'] - 10};{p6['bw'] + 5};{p6['colour'] - 1234}",   # 2 two counters lower
             "SN00010;27.11.2026;;12a;",                                                      # 3 not a number
             f"SN00009;27.11.2026;{p9['total'] + 1_500_000};{p9['bw'] + 10};{p9['colour'] + 10}",  # 4 a jump
             f"SN00003;27.11.2026;{last(offline_ctx, product_id(3))['total'] + 10};;",         # 5 counters missing
             "SN00099;27.11.2026;5;;"]                                                        # 6 unknown machine
    path = tmp_path / "runde.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    widget = _load_and_wait(qtbot, offline_ctx, path)
    found = statuses(widget.model)
    assert found[2] == ("error", f"Linje 2 (SN00006): Totalt {_nb(p6['total'] - 10)} er lavere enn forrige avlesning "
                                 f"{_nb(p6['total'])} fra 25.10.2026. Farge {_nb(p6['colour'] - 1234)} er lavere enn "
                                 f"forrige avlesning {_nb(p6['colour'])} fra 25.10.2026.")
    assert found[3] == ("error", "Linje 3 (SN00010): Svart-hvitt «12a» er ikke en tellerverdi: Bruk bare sifre.")
    assert found[4] == ("warning", f"Linje 4 (SN00009): Totalt {_nb(p9['total'] + 1_500_000)} er 1\u00a0500\u00a0000 "
                                   f"over forrige avlesning {_nb(p9['total'])} fra 25.10.2026; denne maskinen gjør "
                                   f"vanligvis rundt 3\u00a0000 i måneden. Kontroller verdien.")
    assert found[5] == ("error", "Linje 5 (SN00003): Svart-hvitt mangler verdi. Farge mangler verdi.")
    assert found[6] == ("error", "Linje 6 (SN00099): ingen maskin med dette serienummeret i maskinparken din.")
    for _status, message in found.values():
        assert not re.search(r"\d{4}-\d\d-\d\d|(?<![\w.\u00a0])\d{4,}(?![.\d])", message), message  # no ISO, grouped


def test_with_nothing_to_queue_the_button_says_why_and_never_queue_0(qtbot, offline_ctx, tmp_path, norwegian_ui):
    """A file of bad rows only: the button is off, without a count, and its tooltip says why; it keeps its width
    when a later file gives it a count, and the count takes its plural."""
    bad = tmp_path / "feil.csv"
    bad.write_text("serienr;dato;totalt\nSN00099;27.11.2026;5\nSN00007;32.11.2026;5\n", encoding="utf-8")
    widget = ImportReadingsDialog(offline_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    button = widget.queue_button
    assert (button.text(), button.isEnabled()) == ("Sett avlesningene i kø", False)
    assert button.toolTip() == "Ingen fullstendige avlesninger ennå: velg først en fil med avlesninger."
    empty_width = button.width()

    widget.load_file(bad)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=10_000)
    assert (button.text(), button.isEnabled()) == ("Sett avlesningene i kø", False)
    assert "0" not in button.text()
    assert button.toolTip().startswith("Ingen rader i denne filen kan settes i kø: rett radene med feil")

    p1, p3 = last(offline_ctx, product_id(1)), last(offline_ctx, product_id(3))
    for name, rows, text in (
            ("en.csv", [f"SN00001;27.11.2026;{p1['total'] + 5}"], "Sett 1 avlesning i kø"),
            ("to.csv", [f"SN00001;27.11.2026;{p1['total'] + 5}", f"SN00003;27.11.2026;{p3['total'] + 5};"
                        f"{p3['bw'] + 3};{p3['colour'] + 2}"], "Sett 2 avlesninger i kø")):
        good = tmp_path / name
        good.write_text("\n".join(["serienr;dato;totalt;sh;farge", *rows]), encoding="utf-8")
        widget.load_file(good)
        qtbot.waitUntil(lambda: button.isEnabled(), timeout=10_000)
        assert button.text() == text and button.width() == empty_width
        assert button.toolTip().startswith("Sett radene merket OK eller Kontroller i kø")


def test_after_every_good_row_is_queued_the_button_says_so(english_ui, dialog, qtbot, monkeypatch, offline_ctx):
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: True)
    dialog.queue_button.click()
    qtbot.waitUntil(lambda: dialog.done_queueing, timeout=10_000)
    assert (dialog.queue_button.text(), dialog.queue_button.isEnabled()) == ("Queue readings", False)
    assert dialog.queue_button.toolTip() == "Every row that could be queued is queued."


def test_no_other_file_can_be_chosen_while_a_batch_is_queued(english_ui, dialog, qtbot, monkeypatch, offline_ctx,
                                                             tmp_path):
    """The tryout's race: a second file chosen before the queue's answer came back had its rows marked queued."""
    started, release = threading.Event(), threading.Event()
    real = operations.queue_readings

    def held(engine, entries, *, today):
        started.set()
        assert release.wait(10)
        return real(engine, entries, today=today)
    monkeypatch.setattr(operations, "queue_readings", held)
    monkeypatch.setattr(dialog, "confirm_skip", lambda good, skipped: True)
    p4 = last(offline_ctx, product_id(4))
    second = tmp_path / "second.csv"
    second.write_text(f"serial;date;total\nSN00004;27.11.2026;{p4['total'] + 500}\n", encoding="utf-8")
    monkeypatch.setattr(import_readings_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (str(second), "")))
    dialog.queue_button.click()
    assert started.wait(5)
    assert not dialog.choose_button.isEnabled()
    assert dialog.choose_button.toolTip() == "Wait until the readings of this file are queued."
    dialog.choose_file()  # a shortcut or a second click that got through anyway: the rows stay the first file's
    dialog.load_file(second)
    release.set()
    qtbot.waitUntil(lambda: dialog.done_queueing, timeout=10000)
    assert [line for line, (status, _m) in statuses(dialog.model).items() if status == "queued"] == [2, 3, 9]
    assert len(outbox_items(offline_ctx.engine)) == 3
    assert dialog.choose_button.isEnabled() and dialog.choose_button.toolTip() == ""
    dialog.choose_file()  # now the second file loads, with nothing of it marked queued
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog._busy, timeout=10000)
    assert statuses(dialog.model)[2][0] == "ok" and dialog.queue_button.text() == "Queue 1 reading"


@pytest.mark.parametrize("n, expected", [
    (1, ["1 av 2 rader kan settes i kø; 1 med feil hoppes over. Rett den i filen og importer den raden på nytt.",
         "1 rad har feil og hoppes over. Sette den andre avlesningen i kø?",
         "Setter 1 avlesning i kø …",
         "1 avlesning er satt i kø; den sendes når du er tilkoblet. 1 rad ble ikke satt i kø."]),
    (2, ["2 av 4 rader kan settes i kø; 2 med feil hoppes over. Rett dem i filen og importer de radene på nytt.",
         "2 rader har feil og hoppes over. Sette de andre 2 avlesningene i kø?",
         "Setter 2 avlesninger i kø …",
         "2 avlesninger er satt i kø; de sendes når du er tilkoblet. 2 rader ble ikke satt i kø."]),
])
def test_every_count_takes_its_norwegian_plural(qtbot, offline_ctx, tmp_path, norwegian_ui, monkeypatch, n, expected):
    """The tryout read "1 rader har feil", "Alle 1 radene", "1 avlesninger er satt i kø"."""
    p1, p3 = last(offline_ctx, product_id(1)), last(offline_ctx, product_id(3))
    good = [f"SN00001;27.11.2026;{p1['total'] + 5};;",
            f"SN00003;27.11.2026;{p3['total'] + 5};{p3['bw'] + 3};{p3['colour'] + 2}"][:n]
    bad = ["SN00099;27.11.2026;5;;", "SN00007;32.11.2026;5;;"][:n]
    path = tmp_path / "runde.csv"
    path.write_text("\n".join(["serienr;dato;totalt;sh;farge", *good, *bad]), encoding="utf-8")
    widget = _load_and_wait(qtbot, offline_ctx, path)
    qtbot.waitUntil(lambda: widget.queue_button.isEnabled(), timeout=10_000)
    assert widget.state_label.text() == expected[0]
    asked, states = [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *args: asked.append(text) or states.append(widget.state_label.text())
        or QMessageBox.StandardButton.Yes))
    real = operations.queue_readings
    monkeypatch.setattr(operations, "queue_readings", lambda engine, entries, *, today: states.append(
        widget.state_label.text()) or real(engine, entries, today=today))
    widget.queue_button.click()
    qtbot.waitUntil(lambda: widget.done_queueing, timeout=10_000)
    assert asked == [expected[1]] and states[-1] == expected[2]
    assert widget.state_label.text() == expected[3]


@pytest.mark.parametrize("n, expected", [(1, "Raden kan settes i kø."), (2, "Alle 2 radene kan settes i kø.")])
def test_a_file_without_errors_says_so_in_norwegian(qtbot, offline_ctx, tmp_path, norwegian_ui, n, expected):
    p1, p3 = last(offline_ctx, product_id(1)), last(offline_ctx, product_id(3))
    good = [f"SN00001;27.11.2026;{p1['total'] + 5};;",
            f"SN00003;27.11.2026;{p3['total'] + 5};{p3['bw'] + 3};{p3['colour'] + 2}"][:n]
    path = tmp_path / "runde.csv"
    path.write_text("\n".join(["serienr;dato;totalt;sh;farge", *good]), encoding="utf-8")
    widget = _load_and_wait(qtbot, offline_ctx, path)
    qtbot.waitUntil(lambda: widget.queue_button.isEnabled(), timeout=10_000)
    assert widget.state_label.text() == expected
