"""The account's one rule (`domain.account`), which the portal and the Account form both run."""

import pytest

from domain import problems
from domain.account import ACCOUNT_FIELDS, account_problems, cleaned
from domain.postcode import is_valid_postcode

GOOD = {"name": "Nordlys Regnskap AS", "org_number": "916482736", "billing_street": "Postboks 1450 Vika",
        "billing_postcode": "0116", "billing_city": "Oslo", "visiting_street": "Karl Johans gate 22",
        "visiting_postcode": "0159", "visiting_city": "Oslo", "phone": "+47 22 33 44 55", "main_contact": "Anne",
        "invoice_email": "faktura@nordlys.no"}


def test_a_good_account_has_no_problem_and_names_every_field():
    assert set(GOOD) == set(ACCOUNT_FIELDS) and account_problems(GOOD) == []


@pytest.mark.parametrize("text, valid", [("0159", True), ("9990", True), ("159", False), ("01590", False),
                                         ("N-0159", False), ("０１５９", False), (" 0159", False), ("", False)])
def test_a_postcode_is_four_ascii_digits(text, valid):
    assert is_valid_postcode(text) is valid


@pytest.mark.parametrize("field, typed, code", [
    ("org_number", "916482737", problems.ORG_NUMBER_CHECK_DIGIT),
    ("org_number", "9164827", problems.ORG_NUMBER_NOT_NINE_DIGITS),
    ("org_number", "", problems.ORG_NUMBER_MISSING),
    ("billing_postcode", "116", problems.ADDRESS_POSTCODE_INVALID),
    ("invoice_email", "faktura@nordlys", problems.EMAIL_INVALID),
    ("phone", "12", problems.PHONE_INVALID),
    ("name", "", problems.ACCOUNT_NAME_MISSING),
    ("main_contact", "x" * 121, problems.ACCOUNT_TEXT_TOO_LONG),
])
def test_each_bad_field_gets_its_code(field, typed, code):
    assert [(p.field, p.code) for p in account_problems({**GOOD, field: typed})] == [(field, code)]


def test_a_half_filled_visiting_address_is_caught_at_the_missing_part():
    found = account_problems({**GOOD, "visiting_street": "", "visiting_city": ""})
    assert [(p.field, p.code) for p in found] == [("visiting_street", problems.ADDRESS_STREET_MISSING),
                                                 ("visiting_city", problems.ADDRESS_CITY_MISSING)]
    assert account_problems({**GOOD, "visiting_street": "", "visiting_postcode": "", "visiting_city": ""}) == []


def test_what_is_typed_is_trimmed_and_an_org_number_loses_its_decoration():
    assert cleaned("org_number", " NO 916 482 736 MVA ") == "916482736"
    assert cleaned("billing_city", "  Oslo ") == "Oslo"
