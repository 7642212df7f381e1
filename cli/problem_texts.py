"""The command line's English for the problem codes it can meet: a typed counter, a reading's rules, a readings file,
a sign-in, a supplies order.

`domain` and the rest of `sync` report problems as codes and params (`domain.problems`, `ReadingProblem`, the CSV
judge's `RowCheck` and `CsvFormatError`); this table is where the command line turns them into sentences, as the
desktop does through its translation catalogue. A code it does not know is named, so a script's log still says what
happened."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Mapping

from cli.output import DATE_FORMAT, DATE_TIME_FORMAT, grouped
from domain import problems as codes
from domain.meter import MAX_COUNTER_VALUE, ReadingProblem
from sync.api.errors import NotAPortal, PortalError
from sync.readings import csv_format, csv_import

READING_TEXTS: dict[str, str] = {
    codes.METER_VALUE_MISSING: "Enter a value.",
    codes.METER_VALUE_NEGATIVE: "A counter cannot be negative.",
    codes.METER_VALUE_DECIMAL: "A counter is a whole number, without decimals.",
    codes.METER_VALUE_NOT_DIGITS: "Use digits only.",
    codes.METER_VALUE_TOO_LARGE: "The value is too large for a counter.",
    codes.METER_FUTURE_DATE: "The date {date} is in the future.",
    codes.METER_ALREADY_SUBMITTED_TODAY: "A reading for {date} already exists; only one a day is allowed.",
    codes.METER_UNKNOWN_COUNTER: "This machine has no counter '{counter}'.",
    codes.METER_INVALID_VALUE: "{given}: a counter value must be a whole number from 0 to {max}.",
    codes.METER_MISSING_COUNTER: "Enter a value for '{counter}'.",
    codes.METER_READING_DECREASED: "{given} is lower than the previous reading {previous} of {previous_date}.",
    codes.METER_UNUSUAL_JUMP: "{given} is {rise} above the previous reading {previous} of {previous_date}; the machine "
                              "normally does about {normal} a month. Check the value.",
    codes.NOT_FOUND: "The machine is not in the local data any more; run portal-cli sync and try again.",
}
"""Placeholders: the problem's params (numbers grouped, dates as 25.11.2026), plus `counter` (the counter's key, as
`readings add` takes it), `given` (the counter and the value given: "bw 12,000", or the counter alone when no value
was given) and `max`. Every counter's sentence names its counter: a reading has several."""

HIGHER_THAN_LATER = "{given} is higher than the later reading {previous} of {previous_date}."
JUMP_WITHOUT_PREVIOUS = ("{counter} rose by {rise} since the last reading; the machine normally does about {normal} "
                         "a month. Check the value.")
"""`METER_UNUSUAL_JUMP` from a problem that does not carry the last reading (e.g. one kept from an older version)."""

ROW_TEXTS: dict[str, str] = {
    csv_format.CSV_CELL_COUNT: "{cells} cells, but the header has {columns} columns.",
    csv_format.CSV_SERIAL_MISSING: "the serial number is missing.",
    csv_format.CSV_BAD_DATE: "'{text}' is not a date (use 2026-11-25 or 25.11.2026).",
    csv_format.CSV_BAD_VALUE: "{counter} '{text}' is not a counter value: {reason}",
    csv_format.CSV_NO_VALUES: "no counter values for {serial}.",
    csv_import.CSV_UNKNOWN_SERIAL: "no machine with serial {serial} in your fleet.",
    csv_import.CSV_UNKNOWN_COUNTER: "{serial} ({model}) has no counter {names}; its counters are {counters}.",
}
"""Why a row is not queued, without its line: `row_text` puts "Line N: " in front, the import's listing its own."""

SIGN_IN_TEXTS: dict[str, str] = {
    NotAPortal.code: "{url} answered, but it is not a service portal. Check the address given with --portal.",
}
"""Why a sign-in failed, by the error's code; placeholder `url`, the portal address given."""

READING_STATUSES: dict[str, str] = {
    "pending": "waiting to be sent", "accepted": "accepted", "rejected": "refused", "estimated": "estimated",
}

CASE_STATES: dict[str, str] = {
    "new": "new", "in_progress": "in progress", "awaiting_customer": "awaiting your reply", "resolved": "resolved",
    "closed": "closed", "cancelled": "cancelled",
}

ORDER_TEXTS: dict[str, str] = {
    codes.ORDER_EMPTY: "Give at least one ARTICLE=QUANTITY.",
    codes.ORDER_TOO_MANY_LINES: "An order takes at most {max} lines.",
    codes.ORDER_ARTICLE_NOT_FITTING: "{article} does not fit this machine (see portal-cli catalogue SERIAL).",
    codes.ORDER_ARTICLE_REPEATED: "{article} is given twice; give it once with the whole quantity.",
    codes.ORDER_QUANTITY_INVALID: "The quantity of {article} must be a whole number of 1 or more.",
    codes.ORDER_QUANTITY_OVER_LIMIT: "{quantity} of {article} is more than the contract allows in one order "
                                     "({limit}).",
    codes.ORDER_PRODUCT_INACTIVE: "The machine's contract has ended: supplies cannot be ordered for it.",
    codes.ORDER_PRODUCT_UNKNOWN: "The machine is not in the local data any more; run portal-cli sync and try again.",
    codes.ORDER_DELIVERY_SITE_UNKNOWN: "The delivery address is not one of your account's sites.",
    codes.ORDER_NOTE_TOO_LONG: "The note is longer than {max} characters.",
    codes.ORDER_RECIPIENT_TOO_LONG: "The recipient is longer than {max} characters.",
    codes.ORDER_PHONE_TOO_LONG: "The phone number is longer than {max} characters.",
    codes.ORDER_CANCEL_NOT_ALLOWED: "Only a submitted order can be cancelled; this one is on its way already.",
    codes.ORDER_NOT_CANCELLABLE: "Only the person who placed the order, or an administrator, may cancel it.",
    codes.ORDER_TRANSITION_NOT_ALLOWED: "The order cannot do that in its current state.",
}
"""Placeholders: the problem's params."""

ORDER_STATES: dict[str, str] = {
    "submitted": "submitted", "confirmed": "confirmed", "shipped": "shipped", "delivered": "delivered",
    "cancelled": "cancelled",
}

FORMAT_TEXTS: dict[str, str] = {
    csv_format.CSV_FILE_MISSING: "There is no file {name}.",
    csv_format.CSV_FILE_DENIED: "You may not read {name} (permission denied).",
    csv_format.CSV_FILE_IS_FOLDER: "{name} is a folder, not a file.",
    csv_format.CSV_FILE_UNREADABLE: "{name} could not be read from the disk or network; try again.",
    csv_format.CSV_NOT_TEXT: "The file is not text; save it from the spreadsheet as CSV.",
    csv_format.CSV_EMPTY: "The file is empty.",
    csv_format.CSV_BAD_HEADER: "The first line must be a header like '{example}' (found: {found}).",
    csv_format.CSV_UNNAMED_COUNTER: "Every counter column needs a name in the header line.",
    csv_format.CSV_COUNTER_TWICE: "A counter column appears twice in the header line ({name}).",
}


def reading_problem_text(problem: ReadingProblem, values: Mapping[str, object] | None = None) -> str:
    """A reading's problem in English; `values` are the counter values given (for "total 12,000 is lower than …")."""
    counter = problem.counter or ""
    value = (values or {}).get(counter)
    given = f"{counter} {_shown(value)}" if value is not None and counter else counter or _shown(value) or ""
    params = {**{key: _shown(v) for key, v in problem.params.items()}, "counter": counter, "given": given,
              "max": _shown(MAX_COUNTER_VALUE)}
    template = READING_TEXTS.get(problem.code)
    previous = problem.params.get("previous")
    if problem.code == codes.METER_READING_DECREASED and isinstance(value, int) and isinstance(previous, int) \
            and value > previous:
        template = HIGHER_THAN_LATER
    if problem.code == codes.METER_UNUSUAL_JUMP and (value is None or previous is None):
        template = JUMP_WITHOUT_PREVIOUS
    return _fill(template, problem.code, params)


def _shown(value: object) -> object:
    """A parameter as a sentence shows it: numbers grouped the English way (12,345), ISO dates as 25.11.2026."""
    if isinstance(value, int) and not isinstance(value, bool):
        return grouped(value)
    return local_dates(value) if isinstance(value, str) else value


def value_problem_text(code: str) -> str:
    """Why a typed counter is not a value (`domain.meter.InvalidCounterValue.code`)."""
    return _fill(READING_TEXTS.get(code), code, {})


def row_text(row: csv_import.RowCheck) -> str:
    """Why a row of a readings file is not queued, or what to check in it, after "Line N: "; "" for a good row."""
    reason = row_reason(row)
    return f"Line {row.line}: {reason}" if reason else ""


def row_reason(row: csv_import.RowCheck) -> str:
    """`row_text` without the line: sentences, one after the other."""
    if not row.code:
        return sentences(reading_problem_text(p, row.values) for p in row.problems)
    params = {**row.params, "line": row.line}
    if row.code == csv_format.CSV_BAD_VALUE:
        params["reason"] = value_problem_text(str(row.params.get("reason_code", "")))
    return _fill(ROW_TEXTS.get(row.code), row.code, params)


def sentences(texts) -> str:
    """Sentences after one another ("A is wrong. B is wrong."), never ".; "."""
    return " ".join(sentence(t) for t in texts if t)


def sentence(text: str) -> str:
    """`text` ending in one full stop (or its own "?" / "!"), however it ended before."""
    text = text.strip()
    return text if not text or text[-1] in ".?!" else text + "."


_URL_IN_PARENS = re.compile(r"\s*\((?:[^()]*\s)?https?://[^()\s]*\)")
_URL = re.compile(r"\s*(?:\b(?:at|from|to)\s+)?https?://\S+")


def plain_reason(text: str | None) -> str:
    """An error's English without the addresses and ids it may carry for the log ("The portal cannot be reached
    (http://…/products/<id>/meter-readings): Connection refused" → "The portal cannot be reached: Connection
    refused"), its ISO dates as people write them (`local_dates`): a reason a person can use."""
    return local_dates(_URL.sub("", _URL_IN_PARENS.sub("", text or "")).strip())


_ISO_MOMENT = re.compile(r"(?<![\d.-])(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?"
                         r"(?![\d-])")


def local_dates(text: str) -> str:
    """ISO dates and times in a text the portal or the queue wrote ("2026-11-25", "2026-11-25T09:05:00Z") as the
    command line shows dates: 25.11.2026, and a moment in the computer's time zone (25.11.2026 10:05)."""
    return _ISO_MOMENT.sub(_local_moment, text)


def _local_moment(found: re.Match) -> str:
    text = found.group(0)
    try:
        if "T" not in text:
            return f"{date.fromisoformat(text):{DATE_FORMAT}}"
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{moment.astimezone() if moment.tzinfo else moment:{DATE_TIME_FORMAT}}"


def access_lost_text(machines: int) -> str:
    """After a sync that found machines no longer assigned to the user (`sync.engine.access`)."""
    return (f"You no longer have access to {machines} machine(s): they were removed from this computer. Unsent work "
            "for them is kept as refused (portal-cli outbox); ask your administrator if that is wrong.")


def sign_in_text(error: PortalError, url: str) -> str:
    """Why signing in to `url` failed: `SIGN_IN_TEXTS` for its code, else its own English without the addresses."""
    template = SIGN_IN_TEXTS.get(error.code)
    return template.format(url=url) if template else sentence(plain_reason(str(error)))


USER_TEXTS: dict[str, str] = {
    codes.FORBIDDEN: "Only an administrator of the account manages its users; you are signed in as a customer.",
}


def user_problem_text(code: str, params: Mapping[str, object]) -> str:
    return _fill(USER_TEXTS.get(code), code, params)


def throttled_text(retry_after: float | None) -> str:
    """Why the portal takes no sign-in now (429 at sign-in), with the wait its Retry-After gave."""
    if retry_after is None:
        return "Too many wrong passwords. Wait a minute and try again."
    seconds = max(1, math.ceil(retry_after))
    return f"Too many wrong passwords. Wait {seconds} second{'' if seconds == 1 else 's'} and try again."


def reading_status_text(status: str) -> str:
    return READING_STATUSES.get(status, status.replace("_", " "))


def case_state_text(state: str) -> str:
    return CASE_STATES.get(state, state.replace("_", " "))


def order_state_text(state: str) -> str:
    return ORDER_STATES.get(state, state.replace("_", " "))


def order_problem_text(code: str, params: Mapping[str, object]) -> str:
    return _fill(ORDER_TEXTS.get(code), code, params)


def format_error_text(error: csv_format.CsvFormatError) -> str:
    """Why a readings file cannot be imported at all."""
    return _fill(FORMAT_TEXTS.get(error.code), error.code,
                 {"example": csv_format.example_header(), **error.params})


def _fill(template: str | None, code: str, params: Mapping[str, object]) -> str:
    if template is None:
        return f"Refused ({code})."
    return template.format_map(_Params(params))


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""
