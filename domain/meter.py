"""Meter-reading rules, shared by the portal (which enforces them) and the client (which checks them offline first).

Checks return every problem at once, each tied to the counter (field) it concerns, so a form can mark each cell.
Warnings (an unusual jump) never block a reading; errors do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Mapping, Sequence

from domain import problems

MAX_COUNTER_VALUE = 999_999_999_999
"""Twelve digits: far above any copier's lifetime count, and well inside SQLite's and JSON's safe integer range."""

JUMP_WARNING_FACTOR = 3
"""A rise above this many times the machine's normal volume for the elapsed time is flagged as unusual."""

Severity = Literal["error", "warning"]
_GROUPING = re.compile(r"[\s\u00a0\u202f'_.]")


@dataclass(frozen=True)
class ReadingProblem:
    """`code`, `counter` and `params` say what is wrong. `message` is the portal's English detail (and for logs): the
    client never shows it, it words the code (desktop.models.reading_problems, cli.problem_texts)."""

    code: str
    message: str
    counter: str | None = None
    severity: Severity = "error"
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class PastReading:
    reading_date: date
    values: Mapping[str, int]


class InvalidCounterValue(ValueError):
    """Raised by `parse_counter_value`; `code` says why (a `domain.problems.METER_VALUE_*` code). `str()` is English,
    for logs: the desktop and the command line word the code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def parse_counter_value(text: str) -> int:
    """Read a counter as typed by a person: digits with optional thousands grouping ("1 234 567", "1.234.567").

    Decimals, signs, letters and absurdly large values are refused with a specific reason.
    """
    stripped = (text or "").strip()
    if not stripped:
        raise InvalidCounterValue(problems.METER_VALUE_MISSING, "Enter a value.")
    if stripped.startswith("-"):
        raise InvalidCounterValue(problems.METER_VALUE_NEGATIVE, "A counter cannot be negative.")
    if "," in stripped:
        raise InvalidCounterValue(problems.METER_VALUE_DECIMAL, "A counter is a whole number, without decimals.")
    digits = _GROUPING.sub("", stripped)
    if not digits.isascii() or not digits.isdigit():
        raise InvalidCounterValue(problems.METER_VALUE_NOT_DIGITS, "Use digits only.")
    value = int(digits)
    if value > MAX_COUNTER_VALUE:
        raise InvalidCounterValue(problems.METER_VALUE_TOO_LARGE, "The value is too large for a counter.")
    return value


def is_valid_value(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNTER_VALUE


def check_reading(
    *,
    counters: Sequence[str],
    values: Mapping[str, object],
    reading_date: date,
    today: date,
    history: Sequence[PastReading] = (),
    normal_monthly_volume: int | None = None,
) -> list[ReadingProblem]:
    """Every problem with a proposed reading. `today` is the account's calendar day (see `domain.clock.today`)."""
    found: list[ReadingProblem] = []
    found += _check_date(reading_date, today, history)
    found += _check_counters(counters, values)
    valid = {k: v for k, v in values.items() if k in counters and is_valid_value(v)}
    found += _check_order(valid, reading_date, history)
    found += _check_jump(valid, reading_date, history, normal_monthly_volume)
    return found


def blocking(found: Sequence[ReadingProblem]) -> list[ReadingProblem]:
    return [p for p in found if p.blocking]


def _check_date(reading_date: date, today: date, history: Sequence[PastReading]) -> list[ReadingProblem]:
    if reading_date > today:
        return [_problem(problems.METER_FUTURE_DATE, f"The date {reading_date.isoformat()} is in the future.",
                         date=reading_date.isoformat())]
    if any(past.reading_date == reading_date for past in history):
        return [_problem(problems.METER_ALREADY_SUBMITTED_TODAY,
                         f"A reading for {reading_date.isoformat()} already exists; only one a day is allowed.",
                         date=reading_date.isoformat())]
    return []


def _check_counters(counters: Sequence[str], values: Mapping[str, object]) -> list[ReadingProblem]:
    found = []
    for name, value in values.items():
        if name not in counters:
            found.append(_problem(problems.METER_UNKNOWN_COUNTER, f"This machine has no counter '{name}'.", name))
        elif not is_valid_value(value):
            found.append(_problem(problems.METER_INVALID_VALUE,
                                  "A counter value must be a whole number from 0 to 999 999 999 999.", name))
    for name in counters:
        if name not in values:
            found.append(_problem(problems.METER_MISSING_COUNTER, f"Enter a value for '{name}'.", name))
    return found


def _check_order(values: Mapping[str, int], reading_date: date, history: Sequence[PastReading]) -> list[ReadingProblem]:
    found = []
    for name, value in values.items():
        before = _neighbour(history, name, reading_date, earlier=True)
        after = _neighbour(history, name, reading_date, earlier=False)
        if before and value < before.values[name]:
            found.append(_problem(
                problems.METER_READING_DECREASED,
                f"{value} is lower than the previous reading {before.values[name]} of {before.reading_date.isoformat()}.",
                name, previous=before.values[name], previous_date=before.reading_date.isoformat()))
        elif after and value > after.values[name]:
            found.append(_problem(
                problems.METER_READING_DECREASED,
                f"{value} is higher than the later reading {after.values[name]} of {after.reading_date.isoformat()}.",
                name, previous=after.values[name], previous_date=after.reading_date.isoformat()))
    return found


def _check_jump(values: Mapping[str, int], reading_date: date, history: Sequence[PastReading],
                normal_monthly_volume: int | None) -> list[ReadingProblem]:
    if not normal_monthly_volume or normal_monthly_volume <= 0:
        return []
    found = []
    for name, value in values.items():
        before = _neighbour(history, name, reading_date, earlier=True)
        if not before:
            continue
        months = max(1.0, (reading_date - before.reading_date).days / 30.4)
        limit = normal_monthly_volume * months * JUMP_WARNING_FACTOR
        rise = value - before.values[name]
        if rise > limit:
            found.append(_problem(
                problems.METER_UNUSUAL_JUMP,
                f"{name} rose by {rise} since {before.reading_date.isoformat()}; the machine normally does about "
                f"{normal_monthly_volume} a month. Check the value.",
                name, severity="warning", rise=rise, normal=normal_monthly_volume, previous=before.values[name],
                previous_date=before.reading_date.isoformat()))
    return found


def _neighbour(history: Sequence[PastReading], name: str, reading_date: date, *, earlier: bool) -> PastReading | None:
    """The nearest reading before (or after) `reading_date` that has a value for counter `name`."""
    candidates = [p for p in history if name in p.values and
                  (p.reading_date < reading_date if earlier else p.reading_date > reading_date)]
    if not candidates:
        return None
    pick = max if earlier else min
    return pick(candidates, key=lambda p: p.reading_date)


def _problem(code: str, message: str, counter: str | None = None, *, severity: Severity = "error",
             **params: object) -> ReadingProblem:
    return ReadingProblem(code=code, message=message, counter=counter, severity=severity, params=params)
