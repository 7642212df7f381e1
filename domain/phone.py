"""Telephone numbers: the one rule for the on-site contact of a request, in the portal, the app and the command line.

Plain on purpose, like `domain.email`: a Norwegian number of eight digits, or an international one with its country
code (`+` or `00`, then 7 to 15 digits, E.164's limit). Spaces, hyphens, dots and brackets between the digits are
how people write numbers ("+47 22 33 44 55", "(0047) 22-33-44-55") and are allowed; letters, a second `+` or a
number too short to dial are not. Whether the phone rings is for the technician to find out.
"""

from __future__ import annotations

import re

from domain import problems
from domain.text_limits import MAX_PHONE

_SEPARATORS = re.compile(r"[\s\-.()/]")
_NATIONAL = re.compile(r"\d{8}")
_INTERNATIONAL = re.compile(r"(?:\+|00)\d{7,15}")


def phone_problem(text: str) -> str | None:
    """None when `text` is a telephone number, else why not: `problems.PHONE_MISSING` (empty or only separators),
    `PHONE_TOO_LONG` (over `MAX_PHONE` characters) or `PHONE_INVALID`. Strip what a person typed first."""
    if len(text) > MAX_PHONE:
        return problems.PHONE_TOO_LONG
    digits = _SEPARATORS.sub("", text)
    if not digits:
        return problems.PHONE_MISSING
    if _NATIONAL.fullmatch(digits) or _INTERNATIONAL.fullmatch(digits):
        return None
    return problems.PHONE_INVALID
