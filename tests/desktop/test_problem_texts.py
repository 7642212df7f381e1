"""Every problem the client can produce reads as Norwegian with its values filled in, and the dialogs show no
sentence of ours that bypasses the catalogue (a pseudo-locale brackets every translated string: whatever a dialog
shows without brackets was never translated).

The codes are collected from the source (`tests.support.problem_codes`), so a new code without a wording fails here."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import i18n
from desktop.models import outbox as outbox_texts
from desktop.models import reading_problems
from desktop.views.account import account_problems
from desktop.models.readings import check_typed
from desktop.views.cases import case_problems
from desktop.views.cases.case_detail import CaseDetailView
from desktop.views.cases.new_case_dialog import NewCaseDialog
from desktop.views.conflicts import edit_fields
from desktop.views.products import product_fields
from desktop.views.readings import import_readings_dialog as import_texts
from desktop.views.readings.import_readings_dialog import preview_csv
from desktop.views.requests import request_problems
from desktop.views.users import user_problems
from domain.meter import ReadingProblem
from domain.problems import Problem
from sync.products import queries as product_queries
from sync.readings.csv_import import CsvFormatError, RowCheck
from tests.desktop.case_fixtures import add_case, case_ctx, case_engine  # noqa: F401
from tests.desktop.pages_fixtures import TODAY, offline_ctx, product_id, small_cache  # noqa: F401
from tests.support.problem_codes import produced_codes

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PRODUCED = sorted(produced_codes())
_LEFTOVER = re.compile(r"\{[a-z_]*\}")

CASE_PARAMS = {"name": "skjerm.exe", "max": 200, "max_mb": 10, "type": ".exe", "allowed": ".pdf, .png",
               "reason": "Permission denied", "article": "3763C002", "limit": 10, "quantity": 11}
READING_PARAMS = {"previous": 12_345, "previous_date": "2026-10-30", "date": "2026-11-25", "rise": 50_000,
                  "normal": 3_000}
CSV_PARAMS = {"cells": 3, "columns": 5, "text": "32.11.2026", "counter": "total", "reason_code": "meter.value_decimal",
              "serial": "SN00099", "model": "Bizhub C300i", "names": "farge", "counters": "total, bw",
              "found": "serienummer", "name": "total"}


ACCESS_PARAMS = {"serial": "SN00099", "model": "Bizhub C300i"}
REQUEST_PARAMS = {"earliest": date(2026, 12, 10), "latest": date(2027, 12, 7), "holiday": "Første juledag",
                  "max": 60, "number": "CS0001009", "kind": "removal"}


def render(code: str) -> str:
    """`code` worded by the desktop catalogue that knows it, with every param it may use."""
    if code in outbox_texts.ANY_KIND_TEXT:
        return outbox_texts.refusal_headline({"code": code, "params": ACCESS_PARAMS}, about_case=False)
    if code in request_problems.TEXTS:
        return request_problems.request_problem_text(Problem("desired_date", code, REQUEST_PARAMS))
    if code in case_problems.TEXTS:
        return case_problems.problem_text(Problem("attachments", code, CASE_PARAMS))
    if code in reading_problems.TEXTS:
        problem = ReadingProblem(code, "", counter="total", params=READING_PARAMS)
        return reading_problems.describe_problem(problem, {"total": 12_000}, {"total": "Total"})
    if code in import_texts.ROW_TEXTS:
        return import_texts.describe_row(RowCheck(7, "SN00099", code, CSV_PARAMS))
    if code in user_problems.TEXTS:
        return user_problems.user_problem_text(Problem("name", code, {"min": 8, "max": 120}))
    if code in import_texts.FORMAT_TEXTS:
        return import_texts.describe_format_error(CsvFormatError(code, "", **CSV_PARAMS))
    if code in product_fields.TEXTS:
        return product_fields.problem_text(Problem("room", code, {"max": 60}))
    if code in edit_fields.TEXTS:
        return edit_fields.edit_problem_text(code)
    if code in account_problems.TEXTS:
        return account_problems.problem_text(Problem("name", code, {"max": 60}))
    raise AssertionError(f"no desktop catalogue words {code}")


@pytest.fixture
def norwegian(qapp):
    """Lets a test install Norwegian; afterwards the source strings and the locale are back as they were."""
    previous = QLocale()
    yield
    i18n.reset()
    QLocale.setDefault(previous)


def test_the_codes_are_collected_from_the_source():
    """The collector finds the codes of each feature, and only codes of domain.problems or the CSV judge."""
    assert {"case.subject_too_long", "case.attachment_type_not_allowed", "meter.reading_decreased",
            "meter.value_decimal", "email.invalid", "csv.unknown_serial"} <= set(PRODUCED)
    assert "auth.invalid_credentials" not in PRODUCED  # sync compares it, never produces it
    assert len(PRODUCED) == len(set(PRODUCED)) > 40


@pytest.mark.parametrize("code", PRODUCED)
def test_every_code_reads_as_norwegian_with_its_values(code, norwegian):
    i18n.reset()
    english = render(code)
    assert i18n.install_language("nb") == "nb"
    text = render(code)
    assert text.strip() and text != english, (code, text)
    assert not _LEFTOVER.search(text) and not _LEFTOVER.search(english), (code, text, english)
    if code in request_problems.TEXTS:
        for name in re.findall(r"\{([a-z_]+)\}", request_problems.TEXTS[code]):
            assert name in REQUEST_PARAMS, (code, name)
    if code in outbox_texts.ANY_KIND_TEXT:
        assert all(value in text and value in english for value in ACCESS_PARAMS.values()), (code, text)
    if code in case_problems.TEXTS:  # each param its template names is filled in, in both languages
        for name in re.findall(r"\{([a-z_]+)\}", case_problems.TEXTS[code]):
            assert str(CASE_PARAMS[name]) in text and str(CASE_PARAMS[name]) in english, (code, name, text)


def test_an_unknown_code_still_gets_a_translated_text(norwegian):
    assert i18n.install_language("nb") == "nb"
    assert case_problems.code_text("case.from_the_future") == "Dette godtas ikke (problemkode case.from_the_future)."
    problem = ReadingProblem("meter.from_the_future", "An English sentence", counter="total")
    assert "An English sentence" not in reading_problems.describe_problem(problem, {}, {})
    assert "meter.from_the_future" in reading_problems.describe_problem(problem, {}, {})


def test_the_decrease_text_names_the_values_in_the_user_locale(norwegian):
    assert i18n.install_language("nb") == "nb"
    problem = ReadingProblem("meter.reading_decreased", "", counter="total", params=READING_PARAMS)
    assert reading_problems.describe_problem(problem, {"total": 12_000}, {}) == \
        "12\u00a0000 er lavere enn forrige avlesning 12\u00a0345 fra 30.10.2026."
    later = ReadingProblem("meter.reading_decreased", "", counter="total", params=READING_PARAMS)
    assert "høyere enn den senere" in reading_problems.describe_problem(later, {"total": 13_000}, {})


def test_a_portal_refusal_is_said_in_our_words_only(norwegian):
    assert i18n.install_language("nb") == "nb"
    refusal = {"code": "case.attachment_type_not_allowed", "detail": "Files of type '.exe' cannot be attached."}
    assert case_problems.rejection_text(refusal) == "Denne filtypen kan ikke legges ved."
    unknown = {"code": "something.new", "detail": "The portal's reason."}
    assert case_problems.rejection_text(unknown, "Overskrift") == "Overskrift"
    assert case_problems.rejection_text(unknown) == "Dette godtas ikke (problemkode something.new)."
    assert case_problems.rejection_text(None) == ""


# --- the pseudo-locale ------------------------------------------------------------------------------------------

class PseudoTranslator(QTranslator):
    """Wraps every string it is asked for in ⟦…⟧ (and so lengthens it)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"⟦{source_text}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def pseudo(qapp, norwegian):
    i18n.reset()
    translator = PseudoTranslator()
    assert QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("CaseProblems", "Choose a category.") == "⟦Choose a category.⟧"
    yield
    QCoreApplication.removeTranslator(translator)


def all_translated(text: str) -> bool:
    """Each line of `text` came through the catalogue (params inside the brackets are fine)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith("⟦") and line.endswith("⟧") for line in lines)


def test_the_new_case_dialog_shows_only_catalogue_texts(pseudo, qtbot, case_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(NewCaseDialog, "confirm_discard", lambda _dialog: True)
    dialog = NewCaseDialog(case_ctx, product_id=product_id(0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.subject_edit, "x" * 201)
    dialog.description_edit.setPlainText("   ")
    dialog.contact_email_edit.clear()
    qtbot.keyClicks(dialog.contact_email_edit, "kari at example")
    dialog.contact_name_edit.clear()
    qtbot.keyClicks(dialog.contact_name_edit, "K" * 121)
    (tmp_path / "tool.exe").write_bytes(b"MZ")
    (tmp_path / "empty.txt").write_bytes(b"")
    dialog.attachments.add_files([tmp_path / "tool.exe", tmp_path / "empty.txt", tmp_path / "gone.pdf"])
    qtbot.waitUntil(lambda: not dialog.attachments.checking(), timeout=5000)
    shown = {name: label.text() for name, label in dialog.error_labels.items() if not label.isHidden()}
    assert {"subject", "description", "contact_email", "contact_name"} <= set(shown)
    assert all(all_translated(text) for text in shown.values()), shown
    assert all_translated(dialog.ok_button.toolTip())
    files = dialog.attachments.message.text()
    assert len(files.splitlines()) == 3 and all_translated(files), files
    assert "tool.exe" in files and "gone.pdf" in files


def test_the_reply_box_shows_only_catalogue_texts(pseudo, qtbot, case_ctx, case_engine, tmp_path):
    add_case(case_engine, "c1")
    view = CaseDetailView(case_ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case("c1")
    view.send_reply()  # nothing typed
    assert all_translated(view.reply_error.text()), view.reply_error.text()
    view.reply_edit.setPlainText("Still jams.")
    photo = tmp_path / "fake.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 10)
    view.reply_attachments.add_files([photo])
    qtbot.waitUntil(lambda: view.reply_attachments.files == [photo], timeout=5000)
    photo.write_bytes(b"GIF89a")  # changed after its check: the queueing refuses it
    view.send_reply()
    qtbot.waitUntil(lambda: "fake.png" in view.reply_error.text(), timeout=5000)
    assert all_translated(view.reply_error.text()), view.reply_error.text()


def test_reading_checks_show_only_catalogue_texts(pseudo, offline_ctx):
    product = product_queries.product(offline_ctx.engine, product_id(3), today=TODAY)
    last = dict(product.last_values)
    typed = {"total": str(last["total"] - 10), "bw": "12,5", "colour": "-3"}
    checked = check_typed(offline_ctx.engine, product, date(2026, 12, 24), typed, today=TODAY)
    texts = [finding.text for finding in checked.findings()]
    assert len(texts) >= 3 and all(all_translated(t) for t in texts), texts


def test_the_import_preview_shows_only_catalogue_texts(pseudo, offline_ctx, tmp_path):
    lines = ["serial;dato;total", "SN00099;27.11.2026;5", "SN00007;32.11.2026;5", "SN00010;27.11.2026;12a",
             "SN00001;27.11.2026;1", ";27.11.2026;4"]
    path = tmp_path / "round.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    preview = preview_csv(offline_ctx.engine, path, today=TODAY)
    messages = [line.message for line in preview]
    assert len(messages) == 5 and all(all_translated(m) for m in messages), messages
