"""Opening a readings file: each way it cannot be read is a code (never the OS's sentence, which is in the
computer's language, not the user's), and text in the encodings a spreadsheet writes is read."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from sync.readings import csv_format
from sync.readings.csv_format import CsvFormatError, parse_readings_csv, read_csv_file

ROWS = "serial;date;total\nSN1;25.11.2026;1 234\n"


def _refusal(path: Path) -> CsvFormatError:
    with pytest.raises(CsvFormatError) as raised:
        read_csv_file(path)
    return raised.value


def test_a_missing_file_is_a_code_with_its_name(tmp_path):
    error = _refusal(tmp_path / "gone.csv")
    assert (error.code, dict(error.params)) == (csv_format.CSV_FILE_MISSING, {"name": "gone.csv"})


def test_a_file_under_a_missing_folder_is_missing_too(tmp_path):
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    assert _refusal(tmp_path / "plain" / "round.csv").code == csv_format.CSV_FILE_MISSING


def test_a_folder_is_not_a_file(tmp_path):
    folder = tmp_path / "round.csv"
    folder.mkdir()
    assert _refusal(folder).code == csv_format.CSV_FILE_IS_FOLDER


@pytest.mark.parametrize(("number", "code"), [
    (errno.EACCES, csv_format.CSV_FILE_DENIED), (errno.EPERM, csv_format.CSV_FILE_DENIED),
    (errno.EIO, csv_format.CSV_FILE_UNREADABLE), (errno.ETIMEDOUT, csv_format.CSV_FILE_UNREADABLE)])
def test_an_os_error_is_sorted_by_its_errno(tmp_path, monkeypatch, number, code):
    path = tmp_path / "round.csv"
    path.write_text(ROWS, encoding="utf-8")

    def refuse(self):
        raise OSError(number, "Kein Zugriff (the OS's words, in its own language)", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    error = _refusal(path)
    assert (error.code, dict(error.params)) == (code, {"name": "round.csv"})
    assert "Kein Zugriff" in str(error)  # kept for the log only


def test_a_readable_file_is_its_bytes(tmp_path):
    path = tmp_path / "round.csv"
    path.write_bytes(ROWS.encode("utf-8"))
    assert read_csv_file(path) == ROWS.encode("utf-8")


@pytest.mark.parametrize("data", [b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", b"serial;date\x00;total\n"])
def test_binary_data_is_not_text(data):
    with pytest.raises(CsvFormatError) as raised:
        parse_readings_csv(data)
    assert raised.value.code == csv_format.CSV_NOT_TEXT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_bom_is_text(encoding):
    data = ("\ufeff" + ROWS).encode(encoding) if encoding == "utf-16-be" else ROWS.encode(encoding)
    parsed = parse_readings_csv(data)
    assert [(row.serial, row.values) for row in parsed.rows] == [("SN1", {"total": 1234})]
