"""Every problem code the portal can answer a case request with reads in the user's words, in Norwegian, from its
code alone: never the portal's English detail (with its ids, paths, ISO dates or "cannot be given the action 'reply'
by a customer"). The codes are walked from the portal's catalogue and its source, not from a hand-kept list."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n
from desktop.models.outbox import reason_headline
from desktop.views.cases import case_problems
from domain import problems
from sync.outbox.records import LocalProblem, OutboxItem

ROOT = Path(__file__).resolve().parents[4]
DETAIL = ("A case that is cancelled cannot be given the action 'reply' by a customer. See "
          "http://127.0.0.1:8765/v1/cases/0b6f1c1e-2a53-4a0e-9d43-3c2b8f9a1d11 since 2026-11-25T08:00:00+00:00")
RAW = re.compile(r"https?://|[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}T|cannot be given the action|\{[a-z_]*\}")


def portal_codes() -> set[str]:
    """The codes of the portal's catalogue (`domain.problems.TITLES`), every code of `domain.problems` the portal's
    source names (`problems.X`, under any alias such as `codes.X`, or imported by name), and the codes of the case
    rules both sides share (a reading's codes are the readings' to word)."""
    found = set(problems.TITLES)
    for path in [*sorted((ROOT / "portal").rglob("*.py")), ROOT / "domain" / "cases.py",
                 ROOT / "domain" / "attachments.py"]:
        found |= named_codes(ast.parse(path.read_text(encoding="utf-8")))
    return found


def named_codes(tree: ast.AST) -> set[str]:
    """The codes of `domain.problems` a module names: through the module under any alias, or imported by name."""
    aliases: set[str] = set()
    names: dict[str, str] = {}  # local name → name in domain.problems
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "domain":
            aliases |= {a.asname or a.name for a in node.names if a.name == "problems"}
        elif isinstance(node, ast.ImportFrom) and node.module == "domain.problems":
            names |= {a.asname or a.name: a.name for a in node.names}
        elif isinstance(node, ast.Import):
            aliases |= {a.asname for a in node.names if a.name == "domain.problems" and a.asname}
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            found |= _code(node.attr)
        elif isinstance(node, ast.Name) and node.id in names:
            found |= _code(names[node.id])
    return found


def _code(name: str) -> set[str]:
    value = getattr(problems, name, None)
    return {value} if name.isupper() and isinstance(value, str) and not name.startswith("PROBLEM_") else set()


CODES = sorted(code for code in portal_codes() if not code.startswith("meter."))  # readings word their own


@pytest.fixture
def norwegian(qapp):
    previous = QLocale()
    i18n.reset()
    yield
    i18n.reset()
    QLocale.setDefault(previous)


def item(problem: dict) -> OutboxItem:
    from datetime import datetime, timezone
    return OutboxItem(seq=7, idempotency_key="k", kind="case_message.create", method="POST", path="/cases/x/messages",
                      body={}, entity="case_message", entity_id="m1", group_key="case:c1", summary="",
                      state="rejected", attempts=1, next_attempt_at=None, last_error=None, problem=problem,
                      created_at=datetime(2026, 11, 25, tzinfo=timezone.utc), sent_at=None)


def test_the_walk_sees_every_way_a_module_names_a_code():
    source = """
from domain import problems as codes
from domain.problems import CASE_ATTACHMENT_EMPTY, CASE_ATTACHMENT_BINARY_TEXT as BINARY
import domain.problems as p
x = (codes.CASE_REOPEN_WINDOW_PASSED, CASE_ATTACHMENT_EMPTY, BINARY, p.RATE_LIMITED, codes.PROBLEM_TYPE_BASE,
     other.NOT_FOUND)
"""
    assert named_codes(ast.parse(source)) == {problems.CASE_REOPEN_WINDOW_PASSED, problems.CASE_ATTACHMENT_EMPTY,
                                              problems.CASE_ATTACHMENT_BINARY_TEXT, problems.RATE_LIMITED}


def attachment_rule_codes() -> set[str]:
    """Every code `domain.attachments` answers a file with, found by running its rule on one file of each kind of
    fault (the portal answers an upload with the same rule)."""
    from domain import attachments
    files = [("empty.pdf", b""), ("big.pdf", b"%PDF-" + b"x" * attachments.MAX_BYTES), ("README", b"text"),
             ("virus.exe", b"MZ"), ("photo.png", b"not a png"), ("notes.txt", b"a\x00b")]
    found = {p.code for name, data in files if (p := attachments.content_problem(name, data)) is not None}
    assert len(found) == len(files)  # each sample shows a fault of its own
    return found


def test_the_walk_finds_every_code_of_the_attachment_rule():
    assert attachment_rule_codes() <= set(CODES)


@pytest.mark.parametrize("code", sorted(attachment_rule_codes()))
def test_each_attachment_refusal_has_a_headline_without_params_in_norwegian(code, norwegian):
    english = case_problems.headline_text(code)
    assert i18n.install_language("nb") == "nb"
    text = case_problems.headline_text(code)
    assert text and "{" not in text and text != english and code not in text, (code, text)


def test_the_walk_finds_the_portals_case_codes():
    assert {problems.CASE_TRANSITION_NOT_ALLOWED, problems.CASE_REOPEN_WINDOW_PASSED, problems.CASE_PRODUCT_REQUIRED,
            problems.CASE_ATTACHMENT_TOO_LARGE, problems.CASE_ATTACHMENT_EMPTY, problems.NOT_FOUND,
            problems.VALIDATION_FAILED, problems.CONFLICT_ETAG} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_portal_code_has_norwegian_words_without_the_portals_detail(code, norwegian):
    refusal = {"code": code, "detail": DETAIL, "title": problems.TITLES.get(code, ""), "errors": []}
    english = case_problems.rejection_text(refusal)
    assert i18n.install_language("nb") == "nb"
    text = case_problems.rejection_text(refusal)
    assert text.strip() and text != english, (code, text)
    assert code not in text, (code, text)  # a known code: not the unknown-code text
    assert not RAW.search(text) and not RAW.search(english), (code, text, english)
    assert reason_headline(item(refusal)) == text  # Pending changes says the same


def test_field_codes_of_a_validation_failure_are_worded_too(norwegian):
    assert i18n.install_language("nb") == "nb"
    refusal = {"code": problems.VALIDATION_FAILED, "detail": DETAIL,
               "errors": [{"field": "contact_email", "code": problems.EMAIL_INVALID, "message": "not an e-mail"}]}
    assert case_problems.rejection_text(refusal) == ("Portalen fant noe i den som ikke er gyldig.\n"
                                                     "Dette er ikke en e-postadresse (navn@eksempel.no).")


def test_a_local_refusal_is_worded_with_its_file_name(norwegian):
    """`local.attachment_missing` never reached the portal: Pending changes names the file, in Norwegian."""
    assert i18n.install_language("nb") == "nb"
    problem = LocalProblem(problems.LOCAL_ATTACHMENT_MISSING, "The attachment's file is gone",
                           "The copy (attachments/c1/a1-photo.png) can no longer be read (No such file or directory)",
                           {"name": "photo.png"}).problem()
    text = reason_headline(item(problem))
    assert text == ("Kopien av photo.png som ble lagret for sending, kan ikke lenger leses. Forkast denne endringen "
                    "og legg ved filen på nytt.")


def test_a_reply_refused_because_the_case_moved_on_names_the_cases_state(norwegian):
    assert i18n.install_language("nb") == "nb"
    assert case_problems.refusal_text(problems.CASE_TRANSITION_NOT_ALLOWED, kind="reply", case_state="closed") == \
        "Saken ble lukket før svaret ditt nådde servicedesken, så det ble ikke levert."
    assert case_problems.refusal_text("", kind="reply") == "Portalen avviste dette svaret."


def test_numbers_in_a_problem_follow_the_locale(norwegian):
    assert i18n.install_language("nb") == "nb"
    assert case_problems.code_text(problems.CASE_REPLY_TOO_LONG, {"max": 10_000}) == \
        "Svaret er for langt (høyst 10\u00a0000 tegn)."
