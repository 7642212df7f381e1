"""The e-mail rule the portal, the app and the command line share: good addresses of every shape people have, and a
specific code for each way a typed one goes wrong."""

from __future__ import annotations

import pytest

from domain import problems
from domain.email import email_problem, normalize_email
from domain.text_limits import MAX_EMAIL
from tests.support import email_samples


@pytest.mark.parametrize("address", [
    "kari@example.no", "Kari.Nordmann@Example.NO", "ingrid.berg@nordlysregnskap.no", "ola+faktura@example.no",
    "o'brien@example.co.uk", "post@sub.domain.example.com", "æøå@blåbær.no", "a@b.io", "agent@vendor.example",
])
def test_real_addresses_are_accepted(address):
    assert email_problem(address) is None


@pytest.mark.parametrize("address", [
    "kari", "kari.example.no", "kari at example.no", "kari@", "@example.no", "kari@example", "kari@example.",
    "kari@example.n", "kari@@example.no", "kari@exa@mple.no", "kari @example.no", "kari@example .no",
    "kari@example.no ", " kari@example.no", "kari@example.no\n", "kari@example.no.", "kari@example,no",
    "kari\t@example.no",
])
def test_typos_are_invalid(address):
    assert email_problem(address) == problems.EMAIL_INVALID


@pytest.mark.parametrize("typed", email_samples.GOOD + email_samples.INVALID + email_samples.TOO_LONG)
def test_the_samples_other_layers_use_are_what_they_say(typed):
    expected = None if typed in email_samples.GOOD else problems.EMAIL_TOO_LONG \
        if typed in email_samples.TOO_LONG else problems.EMAIL_INVALID
    assert email_problem(typed.strip()) == expected


def test_empty_is_missing_not_invalid():
    assert email_problem("") == problems.EMAIL_MISSING


def test_the_length_limit_is_exact():
    domain = "@example.no"
    assert email_problem("k" * (MAX_EMAIL - len(domain)) + domain) is None
    assert email_problem("k" * (MAX_EMAIL - len(domain) + 1) + domain) == problems.EMAIL_TOO_LONG


def test_too_long_wins_over_invalid():
    assert email_problem("x" * (MAX_EMAIL + 1)) == problems.EMAIL_TOO_LONG


def test_the_codes_are_codes_not_sentences():
    assert {problems.EMAIL_MISSING, problems.EMAIL_INVALID, problems.EMAIL_TOO_LONG} == {
        "email.missing", "email.invalid", "email.too_long"}


@pytest.mark.parametrize(("typed", "identity"), [
    ("Kari@Example.NO", "kari@example.no"), ("  ola@example.no\t", "ola@example.no"),
    ("kari@example.no", "kari@example.no"),
])
def test_normalize_email_gives_one_spelling_per_user(typed, identity):
    assert normalize_email(typed) == identity
