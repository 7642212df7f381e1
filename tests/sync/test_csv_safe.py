"""Every CSV the app writes guards text cells that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from sync.csv_safe import safe_cell, write_csv


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://evil.example","Klikk")', "+47 815 00 000",
                                  "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "\n=1", "＝1+1"])
def test_text_that_starts_like_a_formula_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value, cell", [("Hovedkontor Oslo", "Hovedkontor Oslo"),
                                         ("2. etg = kopirom", "2. etg = kopirom"), ("", ""), (None, ""), (1234567, 1234567), (-5, -5), (12.5, 12.5),
                                         ("'allerede", "'allerede"), (True, "True")])
def test_other_cells_are_written_as_they_are(value, cell):
    assert safe_cell(value) == cell


def test_write_csv_guards_every_cell_header_included_and_reads_back_as_text():
    out = io.StringIO(newline="")
    count = write_csv(out, ["serienr", "=plassering"], [["XK-1001", "=cmd|' /C calc'!A0"], ["XK-1002", -3]])
    assert count == 2
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert rows == [["serienr", "'=plassering"], ["XK-1001", "'=cmd|' /C calc'!A0"], ["XK-1002", "-3"]]
