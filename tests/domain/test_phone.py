"""The telephone number of a request's contact on site."""

import pytest

from domain import problems
from domain.phone import phone_problem


@pytest.mark.parametrize("text", ["22334455", "22 33 44 55", "+47 22 33 44 55", "0047 22-33-44-55", "(+46) 8 123 456 78",
                                  "+4791234567", "912.34.567"])
def test_numbers_people_write(text):
    assert phone_problem(text) is None


@pytest.mark.parametrize("text", ["2233445", "223344556", "+47 22 33 44 55 ext 2", "tlf 22334455", "++4722334455",
                                  "+123456", "47+22334455"])
def test_not_numbers(text):
    assert phone_problem(text) == problems.PHONE_INVALID


def test_missing_and_too_long():
    assert phone_problem("") == problems.PHONE_MISSING
    assert phone_problem(" - ") == problems.PHONE_MISSING
    assert phone_problem("1" * 31) == problems.PHONE_TOO_LONG
