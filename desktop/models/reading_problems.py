"""The user's words for the problems of a meter reading: one template per problem code, numbers and dates in the
user's locale ("12 000 is lower than the previous reading 12 345 of 30.10.2026").

`domain.meter` reports a problem as code + counter + params (`ReadingProblem`; its `message` is the portal's English
and never shown here), and `parse_counter_value` refuses a typed value with a `METER_VALUE_*` code. This table is the
only place that words them, through the translation catalogue; a code it does not know still gets a translated text.
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.formatting import format_date, format_number
from domain import problems as codes
from domain.meter import MAX_COUNTER_VALUE, ReadingProblem

CONTEXT = "ReadingChecks"

TEXTS: dict[str, str] = {
    codes.METER_VALUE_MISSING: QT_TRANSLATE_NOOP("ReadingChecks", "Enter a value."),
    codes.METER_VALUE_NEGATIVE: QT_TRANSLATE_NOOP("ReadingChecks", "A counter cannot be negative."),
    codes.METER_VALUE_DECIMAL: QT_TRANSLATE_NOOP("ReadingChecks", "A counter is a whole number, without decimals."),
    codes.METER_VALUE_NOT_DIGITS: QT_TRANSLATE_NOOP("ReadingChecks", "Use digits only."),
    codes.METER_VALUE_TOO_LARGE: QT_TRANSLATE_NOOP("ReadingChecks", "The value is too large for a counter."),
    codes.METER_UNKNOWN_COUNTER: QT_TRANSLATE_NOOP("ReadingChecks", "This machine has no such counter."),
    codes.METER_MISSING_COUNTER: QT_TRANSLATE_NOOP("ReadingChecks", "Enter all counters."),
    codes.NOT_FOUND: QT_TRANSLATE_NOOP("ReadingChecks",
                                       "This machine is not in the local data any more; synchronise and try again."),
    codes.METER_UNUSUAL_JUMP: QT_TRANSLATE_NOOP(
        "ReadingChecks", "{counter} rose by {rise} since the last reading; this machine normally does about {normal} "
                         "a month. Check the value."),
    codes.METER_ALREADY_SUBMITTED_TODAY: QT_TRANSLATE_NOOP(
        "ReadingChecks", "There is already a reading of {date}; only one reading a day is allowed."),
    codes.METER_FUTURE_DATE: QT_TRANSLATE_NOOP("ReadingChecks", "{date} is in the future."),
    codes.METER_INVALID_VALUE: QT_TRANSLATE_NOOP("ReadingChecks", "A counter is a whole number from 0 to {max}."),
    codes.METER_READING_DECREASED: QT_TRANSLATE_NOOP(
        "ReadingChecks", "{value} is lower than the previous reading {other} of {date}."),
}
"""Each code's template; the placeholders are filled by `_params` from the problem's params, in the user's locale."""

HIGHER_THAN_LATER = QT_TRANSLATE_NOOP("ReadingChecks", "{value} is higher than the later reading {other} of {date}.")
"""`METER_READING_DECREASED` for a value above a *later* reading (one typed for a day before the newest)."""
UNKNOWN = QT_TRANSLATE_NOOP("ReadingChecks", "This value is not accepted (problem {code}).")
DECREASED_HEADLINE = QT_TRANSLATE_NOOP("ReadingChecks", "A counter is lower than its previous reading.")
"""`METER_READING_DECREASED` when the typed value is not known (e.g. a batch that came back without it)."""

NAMED_TEXTS: dict[str, str] = {
    codes.METER_READING_DECREASED: QT_TRANSLATE_NOOP(
        "ReadingChecks", "{counter} {value} is lower than the previous reading {other} of {date}."),
    codes.METER_UNUSUAL_JUMP: QT_TRANSLATE_NOOP(
        "ReadingChecks", "{counter} {value} is {rise} above the previous reading {other} of {date}; this machine "
                         "normally does about {normal} a month. Check the value."),
    codes.METER_MISSING_COUNTER: QT_TRANSLATE_NOOP("ReadingChecks", "{counter} has no value."),
    codes.METER_INVALID_VALUE: QT_TRANSLATE_NOOP("ReadingChecks",
                                                 "{counter}: a counter is a whole number from 0 to {max}."),
}
"""The codes about one counter, worded where no cell shows which counter is meant (a line of a readings file): the
counter's name, the value given and the reading it is compared with."""
NAMED_HIGHER_THAN_LATER = QT_TRANSLATE_NOOP("ReadingChecks",
                                            "{counter} {value} is higher than the later reading {other} of {date}.")


def describe_parse_error(code: str) -> str:
    """Why a typed counter is not a value (`domain.meter.InvalidCounterValue.code`), in the user's words."""
    return _text(code, {"code": code})


def describe_problem(problem: ReadingProblem, values: Mapping[str, int], labels: Mapping[str, str], *,
                     named: bool = False) -> str:
    """The user's words for a problem from `domain.meter.check_reading`, with numbers and dates in their locale.

    `named`: the sentence names its counter (by `labels`, the names in the user's language), its value and the
    reading it is compared with, for a place that shows no cell of its own (the import preview); without it the text
    is for the counter's own cell ("12 000 is lower than …")."""
    value = values.get(problem.counter or "")
    params = _params(problem, value, labels)
    other = problem.params.get("previous")
    if problem.code == codes.METER_READING_DECREASED:
        if value is None or other is None:
            return _translate(DECREASED_HEADLINE)
        if isinstance(other, int) and value > other:
            return _translate(NAMED_HIGHER_THAN_LATER if named else HIGHER_THAN_LATER).format_map(params)
    whole = problem.code != codes.METER_UNUSUAL_JUMP or (value is not None and other is not None)  # an older jump
    if named and whole and problem.code in NAMED_TEXTS:
        return _translate(NAMED_TEXTS[problem.code]).format_map(_Params(params))
    return _text(problem.code, params)


def _text(code: str, params: Mapping[str, object]) -> str:
    template = TEXTS.get(code)
    if template is None:
        return _translate(UNKNOWN).format(code=code)
    return _translate(template).format_map(_Params(params))


def _params(problem: ReadingProblem, value: int | None, labels: Mapping[str, str]) -> dict[str, object]:
    given = problem.params
    counter = problem.counter or ""
    return {"counter": labels.get(counter, counter), "value": _number(value), "other": _number(given.get("previous")),
            "date": _date(given.get("previous_date") or given.get("date")), "rise": _number(given.get("rise")),
            "normal": _number(given.get("normal")), "max": format_number(MAX_COUNTER_VALUE), "code": problem.code}


def _number(value: object) -> str:
    return format_number(value) if isinstance(value, int) and not isinstance(value, bool) else str(value or "")


def _date(value: object) -> str:
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""
