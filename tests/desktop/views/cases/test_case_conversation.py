"""The conversation's header line: the author's name, then the role only when it says something the name does not
(the service desk's agent was shown as "Kundeservice  kundeservice")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

from desktop import i18n
from desktop.formatting import format_datetime
from desktop.views.cases.case_conversation import build_document
from sync.cases.thread import ThreadEntry

WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def norwegian(qapp):
    previous = QLocale()
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.reset()
    QLocale.setDefault(previous)


def header_line(author_kind: str, author_name: str, my_name: str | None = "Kari Nordmann") -> str:
    entry = ThreadEntry(kind="message", id="m1", author_kind=author_kind, author_name=author_name,
                        created_at=WHEN, body="Hei")
    return build_document([entry], my_name=my_name, font=QFont()).toPlainText().splitlines()[0]


@pytest.mark.parametrize("name", ["Kundeservice", "KUNDESERVICE", "Kundeservice Oslo"])
def test_a_role_the_name_already_says_is_left_out(norwegian, name):
    assert header_line("agent", name) == f"{name}  {format_datetime(WHEN)}"


@pytest.mark.parametrize(("kind", "name", "role"), [
    ("agent", "Ola Hansen", "kundeservice"),
    ("customer", "Kari Nordmann", "deg"),
    ("customer", "Per Olsen", "din virksomhet"),
])
def test_a_role_that_says_more_is_shown(norwegian, kind, name, role):
    assert header_line(kind, name) == f"{name}  {role} · {format_datetime(WHEN)}"


def test_the_same_in_english(qapp):
    assert header_line("agent", "Service desk") == f"Service desk  {format_datetime(WHEN)}"
    assert header_line("agent", "Ola Hansen") == f"Ola Hansen  service desk · {format_datetime(WHEN)}"
