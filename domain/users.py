"""The rules for a user of the account, shared by the portal, the app's form and the command line: what a new user
needs (a name on one line, a valid e-mail address, a role) and what a password must be. Each check answers with
`Problem`s (field + code), never sentences."""

from __future__ import annotations

from domain import problems
from domain.email import email_problem
from domain.problems import Problem
from domain.text_limits import MAX_PASSWORD, MAX_USER_NAME, one_line_problem

ROLES = ("admin", "customer")
"""The roles an administrator gives: "admin" sees and manages all of the account, "customer" only their products."""

MIN_PASSWORD = 8


def tidy_name(text: str) -> str:
    return text.strip()


def name_problem(name: str) -> Problem | None:
    """`name` as tidied (`tidy_name`)."""
    if not name:
        return Problem("name", problems.USER_NAME_MISSING)
    if len(name) > MAX_USER_NAME:
        return Problem("name", problems.USER_NAME_TOO_LONG, {"max": MAX_USER_NAME})
    return one_line_problem("name", name)


def new_user_problems(name: str, email: str) -> list[Problem]:
    """What is wrong with a new user's name and e-mail (both as tidied: stripped); empty when nothing is."""
    found = [name_problem(name)]
    if code := email_problem(email):
        found.append(Problem("email", code))
    return [p for p in found if p is not None]


def password_problem(password: str) -> Problem | None:
    """A password is at least `MIN_PASSWORD` characters (and at most `MAX_PASSWORD`); anything else goes."""
    if len(password) < MIN_PASSWORD:
        return Problem("password", problems.PASSWORD_TOO_SHORT, {"min": MIN_PASSWORD})
    if len(password) > MAX_PASSWORD:
        return Problem("password", problems.PASSWORD_TOO_LONG, {"max": MAX_PASSWORD})
    return None
