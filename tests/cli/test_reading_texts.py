"""portal-cli's English for every reading problem code, walked through the real rules: each problem is made by
`domain.meter.check_reading` (or the value parser, or the queue) with the params it really carries, so a template
whose placeholder names another param (`{counter}` where the value belongs) shows here as a wrong sentence.

Every sentence about a counter names the counter, the value given and the reading it is compared with; numbers are
grouped the English way (1,234,567) and dates are never ISO."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cli import problem_texts
from cli.output import grouped
from domain import meter
from domain.meter import PastReading, ReadingProblem
from sync.cache.db import open_cache
from sync.readings.operations import ReadingEntry, queue_readings
from tests.support.problem_codes import produced_codes

TODAY = date(2026, 11, 27)
HISTORY = (PastReading(date(2026, 10, 25), {"total": 1_234_567, "bw": 800_000}),
           PastReading(date(2026, 11, 26), {"total": 1_300_000, "bw": 810_000}))


def checked(day: date, values: dict[str, object], code: str, counter: str | None = None) -> str:
    """The CLI's words for the one problem with `code` (and `counter`) the rules find in this reading."""
    found = [p for p in meter.check_reading(counters=["total", "bw"], values=values, reading_date=day, today=TODAY,
                                            history=HISTORY, normal_monthly_volume=3_000)
             if p.code == code and (counter is None or p.counter == counter)]
    assert len(found) == 1, found
    return problem_texts.reading_problem_text(found[0], values)


def parsed(text: str) -> str:
    with pytest.raises(meter.InvalidCounterValue) as refused:
        meter.parse_counter_value(text)
    return problem_texts.value_problem_text(refused.value.code)


def unknown_machine(folder) -> str:
    """A reading queued for a machine the cache does not hold (the queue's own NOT_FOUND)."""
    engine = open_cache(folder / "cache.sqlite")
    try:
        outcome, = queue_readings(engine, [ReadingEntry("p-gone", TODAY, {"total": 1})], today=TODAY).outcomes
    finally:
        engine.dispose()
    problem, = outcome.problems
    return problem_texts.reading_problem_text(problem, {"total": 1})


EXPECTED = {
    "meter.reading_decreased": (
        lambda _tmp: checked(TODAY, {"total": 1_300_100, "bw": 805_000}, "meter.reading_decreased"),
        "bw 805,000 is lower than the previous reading 810,000 of 26.11.2026."),
    "meter.unusual_jump": (
        lambda _tmp: checked(TODAY, {"total": 1_300_100, "bw": 950_000}, "meter.unusual_jump"),
        "bw 950,000 is 140,000 above the previous reading 810,000 of 26.11.2026; the machine normally does about "
        "3,000 a month. Check the value."),
    "meter.future_date": (
        lambda _tmp: checked(date(2026, 11, 28), {"total": 1_300_100, "bw": 810_100}, "meter.future_date"),
        "The date 28.11.2026 is in the future."),
    "meter.already_submitted_today": (
        lambda _tmp: checked(date(2026, 11, 26), {"total": 1_300_000, "bw": 810_000}, "meter.already_submitted_today"),
        "A reading for 26.11.2026 already exists; only one a day is allowed."),
    "meter.unknown_counter": (
        lambda _tmp: checked(TODAY, {"total": 1_300_100, "bw": 810_100, "colour": 5}, "meter.unknown_counter"),
        "This machine has no counter 'colour'."),
    "meter.invalid_value": (
        lambda _tmp: checked(TODAY, {"total": 1_300_100, "bw": -5}, "meter.invalid_value"),
        "bw -5: a counter value must be a whole number from 0 to 999,999,999,999."),
    "meter.missing_counter": (
        lambda _tmp: checked(TODAY, {"total": 1_300_100}, "meter.missing_counter"),
        "Enter a value for 'bw'."),
    "meter.value_missing": (lambda _tmp: parsed("  "), "Enter a value."),
    "meter.value_negative": (lambda _tmp: parsed("-12"), "A counter cannot be negative."),
    "meter.value_decimal": (lambda _tmp: parsed("12,5"), "A counter is a whole number, without decimals."),
    "meter.value_not_digits": (lambda _tmp: parsed("12a"), "Use digits only."),
    "meter.value_too_large": (lambda _tmp: parsed("9" * 13), "The value is too large for a counter."),
    "not_found": (
        lambda tmp: unknown_machine(tmp),
        "The machine is not in the local data any more; run portal-cli sync and try again."),
}
"""Every reading code → how the real code makes it, and the sentence the command line must print for it."""

READING_CODES = sorted(c for c in produced_codes() if c.startswith("meter.") or c == "not_found")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNGROUPED = re.compile(r"(?<![\d,.])\d{4,}")  # a year after "25.11." is no number to group


def test_the_walk_covers_every_reading_code_the_client_produces():
    assert sorted(EXPECTED) == READING_CODES


@pytest.mark.parametrize("code", READING_CODES)
def test_every_reading_code_reads_right_with_its_real_params(code, tmp_path):
    make, expected = EXPECTED[code]
    text = make(tmp_path)
    assert text == expected
    assert not _ISO_DATE.search(text) and not _UNGROUPED.search(text) and "{" not in text and code not in text


def test_a_value_above_a_later_reading_says_so_and_names_its_counter():
    text = checked(date(2026, 11, 1), {"total": 1_250_000, "bw": 815_000}, "meter.reading_decreased", "bw")
    assert text == "bw 815,000 is higher than the later reading 810,000 of 26.11.2026."


def test_each_counter_of_a_refused_reading_is_named_with_its_own_values():
    """Two counters lower at once: two sentences, each with its counter, its value and its previous reading."""
    values = {"total": 1_299_990, "bw": 805_000}
    found = meter.check_reading(counters=["total", "bw"], values=values, reading_date=TODAY, today=TODAY,
                                history=HISTORY, normal_monthly_volume=3_000)
    assert problem_texts.sentences(problem_texts.reading_problem_text(p, values) for p in found) == (
        "total 1,299,990 is lower than the previous reading 1,300,000 of 26.11.2026. "
        "bw 805,000 is lower than the previous reading 810,000 of 26.11.2026.")


def test_a_problem_without_the_value_or_the_last_reading_still_reads_whole():
    decreased = ReadingProblem("meter.reading_decreased", "", counter="total",
                               params={"previous": 12_345, "previous_date": "2026-10-30"})
    assert problem_texts.reading_problem_text(decreased) == \
        "total is lower than the previous reading 12,345 of 30.10.2026."
    older_jump = ReadingProblem("meter.unusual_jump", "", counter="bw", severity="warning",
                                params={"rise": 50_000, "normal": 3_000})
    assert problem_texts.reading_problem_text(older_jump, {"bw": 900_000}) == \
        "bw rose by 50,000 since the last reading; the machine normally does about 3,000 a month. Check the value."


@pytest.mark.parametrize(("value", "shown"), [(0, "0"), (999, "999"), (1_234, "1,234"), (1_234_567, "1,234,567")])
def test_the_command_line_groups_numbers_the_english_way(value, shown):
    assert grouped(value) == shown
