"""One judge for a readings CSV: the same file through `portal-cli readings import` and through the app's import
preview gets the same verdict on every row, and the header hint the dialog shows is one the parser takes."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale

from cli import readings as cli_readings
from cli.main import main as portal_cli
from desktop import i18n
from desktop.views.readings.import_readings_dialog import ImportReadingsDialog
from sync.outbox.queue import outbox_items
from sync.products import queries as product_queries
from sync.readings.csv_format import parse_readings_csv
from tests.desktop.pages_fixtures import (  # noqa: F401
    NORMAL_VOLUME,
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark

EXPECTED = {  # line → (the verdict, words the command line says, words the preview says)
    2: ("ok", "queued: Meter reading SN00003", ""),                           # serial in other case, with spaces
    3: ("ok", "queued: Meter reading SN00001", ""),
    4: ("error", "no machine with serial SN00099", "(SN00099): no machine with this serial number"),
    5: ("error", "'32.11.2026' is not a date", "'32.11.2026' is not a date"),
    6: ("error", "lower than the previous reading", "lower than the previous reading"),
    7: ("error", "already exists", "already a reading"),                       # the same machine and day as line 3
    8: ("error", "Use digits only", "Use digits only"),
    9: ("warning", "queued: Meter reading SN00009", "above the previous reading"),                  # an unusual jump: queued, flagged
    10: ("error", "has no counter Farge", "has no counter Farge"),             # a mono machine with a colour count
    11: ("error", "Enter a value for 'bw'", "Black/white has no value"),
    12: ("error", "is in the future", "is in the future"),
    13: ("error", "6 cells, but the header has 5 columns", "6 cells, but the header has 5 columns"),
    14: ("error", "the serial number is missing", "the serial number is missing"),
    15: ("error", "without decimals", "without decimals"),
    16: ("error", "no counter values for SN00018", "(SN00018): no counter values"),
}


def last(ctx, i: int) -> dict[str, int]:
    return dict(product_queries.product(ctx.engine, product_id(i), today=TODAY).last_values)


@pytest.fixture
def round_file(tmp_path: Path, offline_ctx) -> Path:
    p1, p3, p4, p6, p9, p12 = (last(offline_ctx, i) for i in (1, 3, 4, 6, 9, 12))
    lines = [
        "Serienr;Dato;Totalt;S/H;Farge",
        f"  sn00003 ;27.11.2026;{p3['total'] + 3000};{p3['bw'] + 2000};{p3['colour'] + 1000}",
        f"SN00001;27.11.2026;{p1['total'] + 900};;",
        "SN00099;27.11.2026;5;;",
        "SN00007;32.11.2026;5;;",
        f"SN00006;2026-11-27;{p6['total'] - 10};{p6['bw']};{p6['colour']}",
        f"Sn00001 ;27.11.2026;{p1['total'] + 1900};;",
        "SN00010;27.11.2026;12a;;",
        f"SN00009;27.11.2026;{p9['total'] + 50 * NORMAL_VOLUME};{p9['bw'] + 10};{p9['colour'] + 10}",
        f"SN00004;27.11.2026;{p4['total'] + 10};;7",
        f"SN00012;27.11.2026;{p12['total'] + 10};;",
        "SN00013;28.11.2026;5;;",
        "SN00015;27.11.2026;1;2;3;4",
        ";27.11.2026;5;;",
        "SN00016;27.11.2026;1,5;;",
        "SN00018;27.11.2026;;;",
    ]
    path = tmp_path / "meter round.csv"
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8"))
    return path


def open_dialog(qtbot, ctx, path: Path | None = None, *, shows: str = "") -> ImportReadingsDialog:
    """The import dialog, with `path` loaded: until its preview has rows, or its state line says `shows`."""
    dialog = ImportReadingsDialog(ctx)
    qtbot.addWidget(dialog)
    if path is not None:
        dialog.load_file(path)
        qtbot.waitUntil(lambda: shows in dialog.state_label.text() if shows else dialog.model.rowCount() > 0)
    return dialog


def preview(qtbot, ctx, path: Path) -> dict[int, tuple[str, str]]:
    dialog = open_dialog(qtbot, ctx, path)
    return {line.line: (line.status, line.message) for line in dialog.model.rows}


def cli_import(monkeypatch, capsys, ctx, path: Path) -> tuple[int, dict[int, str], str]:
    """`portal-cli readings import` on the dialog's cache, offline: the sync that follows the queueing is skipped."""
    monkeypatch.setattr(cli_readings, "open_workspace",
                        lambda _data_dir: contextlib.nullcontext(SimpleNamespace(engine=ctx.engine)))
    monkeypatch.setattr(cli_readings, "_verdict", lambda _ws, _seqs, _password: None)
    monkeypatch.setattr(cli_readings, "today", lambda: TODAY)
    code = portal_cli(["--data-dir", str(path.parent / "cli-data"), "readings", "import", str(path)])
    out, err = capsys.readouterr()
    lines = dict((int(m[1]), m[2]) for m in re.finditer(r"^Line (\d+): (.*)$", out, re.MULTILINE))
    return code, lines, err


def test_the_command_line_and_the_preview_give_every_row_the_same_verdict(qtbot, monkeypatch, capsys, offline_ctx,
                                                                       round_file):
    shown = preview(qtbot, offline_ctx, round_file)
    code, said, err = cli_import(monkeypatch, capsys, offline_ctx, round_file)

    assert sorted(shown) == sorted(said) == sorted(EXPECTED)
    for line, (verdict, cli_words, preview_words) in EXPECTED.items():
        status, message = shown[line]
        assert status == verdict, (line, message)
        assert said[line].startswith("queued: " if verdict != "error" else "not queued: "), (line, said[line])
        assert cli_words in said[line], (line, said[line])
        assert preview_words in message, (line, message)
        if verdict == "error":
            assert re.match(rf"Line {line}( \(SN\d+\))?: ", message), message  # and its machine, when it has one
    assert code == 4 and "12 row(s)" in err
    queued = [i.product_id for i in outbox_items(offline_ctx.engine)]
    assert queued == [product_id(3), product_id(1), product_id(9)]  # what the preview offered to queue, in order


def test_a_file_the_preview_refuses_whole_the_command_line_refuses_too(qtbot, monkeypatch, capsys, offline_ctx,
                                                                    tmp_path):
    path = tmp_path / "no header.csv"
    path.write_text("SN00001;27.11.2026;5\n", encoding="utf-8")
    dialog = open_dialog(qtbot, offline_ctx, path, shows="cannot be imported")
    code, said, err = cli_import(monkeypatch, capsys, offline_ctx, path)
    assert code == 4 and said == {} and "must be a header like 'serial;date;total;bw;colour'" in err
    assert "must be a header like 'serial;date;total;bw;colour'" in dialog.state_label.text()
    assert outbox_items(offline_ctx.engine) == [] and dialog.model.rowCount() == 0


EXAMPLES = {"en": "serial;date;total;bw;colour", "nb": "serienr;dato;total;sh;farge"}


@pytest.fixture(params=list(EXAMPLES))
def ui_language(request, qapp):
    previous = QLocale()
    i18n.install_language(request.param)
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


def test_the_header_the_dialog_shows_is_one_the_parser_takes(qtbot, offline_ctx, ui_language):
    dialog = open_dialog(qtbot, offline_ctx)
    header = re.search(r"<code>([^<]*)</code>", dialog.help_label.text())[1]
    assert header == EXAMPLES[ui_language]
    parsed = parse_readings_csv(f"{header}\nSN00003;27.11.2026;3;2;1\n")
    assert parsed.errors == () and parsed.counters == ("total", "bw", "colour")
    assert parsed.rows[0].values == {"total": 3, "bw": 2, "colour": 1}


def test_the_whole_file_refusal_names_the_header_in_the_users_language(qtbot, offline_ctx, ui_language, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("hello;world\n1;2\n", encoding="utf-8")
    dialog = open_dialog(qtbot, offline_ctx, path, shows="hello;world")
    shown = dialog.state_label.text()
    assert EXAMPLES[ui_language] in shown
    assert all(example not in shown for language, example in EXAMPLES.items() if language != ui_language)
    assert shown.startswith({"en": "This file cannot be imported", "nb": "Denne filen kan ikke importeres"}[ui_language])
