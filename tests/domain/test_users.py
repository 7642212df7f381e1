"""The shared rules for a new user and a password."""

from domain import problems
from domain.users import new_user_problems, password_problem


def codes(found):
    return [(p.field, p.code) for p in found]


def test_a_good_user_has_no_problem():
    assert new_user_problems("Per Persen", "per@example.no") == []


def test_each_field_is_judged():
    assert codes(new_user_problems("", "per")) == [("name", problems.USER_NAME_MISSING),
                                                   ("email", problems.EMAIL_INVALID)]
    assert codes(new_user_problems("x" * 121, "")) == [("name", problems.USER_NAME_TOO_LONG),
                                                       ("email", problems.EMAIL_MISSING)]
    assert codes(new_user_problems("Per\tPersen", "per@example.no")) == [("name", problems.TEXT_CONTROL_CHARACTER)]


def test_a_password_has_eight_characters_or_more():
    assert password_problem("1234567").code == problems.PASSWORD_TOO_SHORT
    assert password_problem("12345678") is None
    assert password_problem("x" * 1025).code == problems.PASSWORD_TOO_LONG
