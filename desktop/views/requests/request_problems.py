"""The user's words for the problems of a relocation or removal: one template per code of `domain.product_requests`
(and the refusals only the portal makes), through the translation catalogue. `case_problems` takes these in, so a
refused request reads the same in Pending changes as any case.

A date is written with its weekday, "torsdag 10.12.2026": "too soon" is about which day of the week comes first.
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.views.requests.request_labels import kind_label
from domain import problems as codes
from domain.problems import Problem

CONTEXT = "RequestProblems"

TEXTS: dict[str, str] = {
    codes.DESIRED_DATE_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Choose the day it should happen."),
    codes.DESIRED_DATE_TOO_SOON: QT_TRANSLATE_NOOP(
        "RequestProblems", "Too soon: the service desk needs three business days, so {earliest} at the earliest."),
    codes.DESIRED_DATE_TOO_FAR: QT_TRANSLATE_NOOP(
        "RequestProblems", "At most a year ahead: {latest} at the latest."),
    codes.DESIRED_DATE_WEEKEND: QT_TRANSLATE_NOOP(
        "RequestProblems", "That is a weekend; choose a weekday."),
    codes.DESIRED_DATE_HOLIDAY: QT_TRANSLATE_NOOP(
        "RequestProblems", "That is a public holiday ({holiday}); choose another weekday."),
    codes.PHONE_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Write a telephone number for the contact."),
    codes.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "RequestProblems", "This is not a telephone number (8 digits, or + and the country code)."),
    codes.PHONE_TOO_LONG: QT_TRANSLATE_NOOP("RequestProblems", "The telephone number can be at most {max} characters."),
    codes.RELOCATION_DESTINATION_MISSING: QT_TRANSLATE_NOOP(
        "RequestProblems", "Choose a site, or write the new address."),
    codes.RELOCATION_SITE_UNKNOWN: QT_TRANSLATE_NOOP(
        "RequestProblems", "This site is not in your account's data any more; choose another."),
    codes.RELOCATION_ADDRESS_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Write the street address."),
    codes.RELOCATION_POSTCODE_INVALID: QT_TRANSLATE_NOOP("RequestProblems", "A postcode is four digits."),
    codes.RELOCATION_CITY_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Write the city."),
    codes.RELOCATION_LOCATION_MISSING: QT_TRANSLATE_NOOP(
        "RequestProblems", "Say where it should stand: the building, floor or room."),
    codes.RELOCATION_SAME_PLACE: QT_TRANSLATE_NOOP("RequestProblems", "The machine already stands there."),
    codes.RELOCATION_CONTACT_MISSING: QT_TRANSLATE_NOOP(
        "RequestProblems", "Name someone on site the technician can ask for."),
    codes.REMOVAL_REASON_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Choose why the machine is to go."),
    codes.REMOVAL_REASON_NOTE_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Say in a few words why."),
    codes.REMOVAL_PICKUP_MISSING: QT_TRANSLATE_NOOP("RequestProblems", "Write where it is to be picked up."),
    codes.REQUEST_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("RequestProblems", "This can be at most {max} characters."),
    codes.CASE_REQUEST_ALREADY_OPEN: QT_TRANSLATE_NOOP(
        "RequestProblems", "This machine already has an open request ({kind} {number}); wait until it is done, or "
                           "cancel it first."),
    codes.CASE_PRODUCT_REMOVED: QT_TRANSLATE_NOOP(
        "RequestProblems", "This machine has been removed; nothing more can be asked for it."),
}
"""Each code's template; its placeholders are the code's params (see `domain.problems`)."""

HEADLINES: dict[str, str] = {
    codes.DESIRED_DATE_TOO_SOON: QT_TRANSLATE_NOOP(
        "RequestProblems", "The desired date is too soon (it waited to be sent); choose a later day."),
    codes.DESIRED_DATE_TOO_FAR: QT_TRANSLATE_NOOP("RequestProblems", "The desired date is more than a year ahead."),
    codes.DESIRED_DATE_HOLIDAY: QT_TRANSLATE_NOOP("RequestProblems", "The desired date is a public holiday."),
    codes.PHONE_TOO_LONG: QT_TRANSLATE_NOOP("RequestProblems", "The telephone number is too long."),
    codes.REQUEST_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("RequestProblems", "A text of the request is too long."),
    codes.CASE_REQUEST_ALREADY_OPEN: QT_TRANSLATE_NOOP(
        "RequestProblems", "The machine already has an open relocation or removal."),
}
"""A portal's refusal brings no params: the codes whose template needs some have a headline without them."""


def request_problem_text(problem: Problem) -> str:
    """A problem's words with its params filled in (dates with their weekday, a kind as a word)."""
    template = TEXTS.get(problem.code)
    if template is None:
        from desktop.views.cases.case_problems import problem_text  # noqa: PLC0415 - the cases' codes (unknown too)
        return problem_text(problem)
    return QCoreApplication.translate(CONTEXT, template).format_map(_Params(problem.params))


def day_text(day: date) -> str:
    """The weekday in full, then the short date: "torsdag 10.12.2026"."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    return f"{locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.LongFormat)} " \
           f"{locale.toString(qdate, QLocale.FormatType.ShortFormat)}"


class _Params(dict):
    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__({key: _shown(key, value) for key, value in params.items()})

    def __missing__(self, key: str) -> str:
        return ""


def _shown(key: str, value: object) -> object:
    if isinstance(value, date):
        return day_text(value)
    if key == "kind":
        return kind_label(str(value)).lower()
    return value


def request_headline(code: str) -> str:
    """Our words for a request code the portal refused with (no params come with it); "" for another code."""
    if code in HEADLINES:
        return QCoreApplication.translate(CONTEXT, HEADLINES[code])
    template = TEXTS.get(code, "{")
    return "" if "{" in template else QCoreApplication.translate(CONTEXT, template)
