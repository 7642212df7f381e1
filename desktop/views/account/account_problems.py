"""The user's words for what is wrong with an account field (`domain.account`'s codes), said under the field where
it was typed, and for a refusal of an account edit that Pending changes or the Account page shows. The codes the
account shares with other forms (e-mail, phone, one line) get words that fit the account's fields here.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.formatting import format_number
from domain import problems as codes
from domain.problems import Problem

CONTEXT = "AccountProblems"

TEXTS: dict[str, str] = {
    codes.ACCOUNT_NAME_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the account's name."),
    codes.ACCOUNT_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("AccountProblems", "This can be at most {max} characters."),
    codes.ORG_NUMBER_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the organisation number."),
    codes.ORG_NUMBER_NOT_NINE_DIGITS: QT_TRANSLATE_NOOP(
        "AccountProblems", "An organisation number is nine digits, for example 916 482 736."),
    codes.ORG_NUMBER_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "AccountProblems", "This is not a valid organisation number: the last digit (the check digit) does not "
                           "match the others. Check it for a typo."),
    codes.ADDRESS_STREET_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the street address or post box."),
    codes.ADDRESS_POSTCODE_INVALID: QT_TRANSLATE_NOOP(
        "AccountProblems", "A postcode is four digits, for example 0159."),
    codes.ADDRESS_CITY_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the city (poststed)."),
    codes.EMAIL_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the e-mail address invoices are sent to."),
    codes.EMAIL_INVALID: QT_TRANSLATE_NOOP(
        "AccountProblems", "This is not an e-mail address: it needs a name, @ and a domain, for example "
                           "faktura@example.no."),
    codes.EMAIL_TOO_LONG: QT_TRANSLATE_NOOP("AccountProblems", "The e-mail address can be at most {max} characters."),
    codes.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "AccountProblems", "This is not a telephone number: eight digits, or + and the country code, for example "
                           "+47 22 33 44 55."),
    codes.PHONE_TOO_LONG: QT_TRANSLATE_NOOP("AccountProblems", "The telephone number can be at most {max} characters."),
    codes.PHONE_MISSING: QT_TRANSLATE_NOOP("AccountProblems", "Write the telephone number, or leave the field empty."),
    codes.TEXT_CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "AccountProblems", "Write this on one line, without line breaks or other control characters."),
    codes.FORBIDDEN: QT_TRANSLATE_NOOP("AccountProblems", "Only an administrator of the account can change it."),
    codes.NOT_FOUND: QT_TRANSLATE_NOOP(
        "AccountProblems", "The account is not in the local data yet; synchronise first."),
}

OWN_CODES = frozenset({codes.ACCOUNT_NAME_MISSING, codes.ACCOUNT_TEXT_TOO_LONG, codes.ORG_NUMBER_MISSING,
                       codes.ORG_NUMBER_NOT_NINE_DIGITS, codes.ORG_NUMBER_CHECK_DIGIT, codes.ADDRESS_STREET_MISSING,
                       codes.ADDRESS_POSTCODE_INVALID, codes.ADDRESS_CITY_MISSING})
"""The codes only the account answers with: the ones `account_headline` words for every refusal."""

TOO_LONG_HEADLINE = QT_TRANSLATE_NOOP("AccountProblems", "A text of the account is too long.")
UNKNOWN = QT_TRANSLATE_NOOP("AccountProblems", "This is not valid ({code}).")


def problem_text(problem: Problem) -> str:
    """What is wrong with one field, for under that field."""
    return code_text(problem.code, problem.params)


def code_text(code: str, params: Mapping[str, object] | None = None) -> str:
    template = TEXTS.get(code)
    if template is None:
        return QCoreApplication.translate(CONTEXT, UNKNOWN).format(code=code)
    values = {key: format_number(value) if isinstance(value, int) else value for key, value in (params or {}).items()}
    return QCoreApplication.translate(CONTEXT, template).format(**{"max": "", **values})


def account_headline(code: str) -> str:
    """Our words for an account code a refusal names without params (`case_problems.headline_text` asks);
    "" for a code that is not the account's own."""
    if code == codes.ACCOUNT_TEXT_TOO_LONG:
        return QCoreApplication.translate(CONTEXT, TOO_LONG_HEADLINE)
    return code_text(code) if code in OWN_CODES else ""
