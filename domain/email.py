"""E-mail addresses: the one rule for what the portal, the app and the command line take as an address, and the one
spelling that identifies a user.

The check is plain on purpose — `name@domain.tld`: one `@`, no white space, a dot in the domain and a top-level domain
of two or more letters — not RFC 5322's whole grammar. It catches what people mistype (a missing `@`,
"kari at example.no", a stray space, a cut-off ".n") and lets every address in real use through; whether mail arrives
is for the mail server to say.
"""

from __future__ import annotations

import re

from domain import problems
from domain.text_limits import MAX_EMAIL

_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def email_problem(text: str) -> str | None:
    """None when `text` is an e-mail address, else why not as a problem code: `problems.EMAIL_MISSING` (empty),
    `EMAIL_TOO_LONG` (over `MAX_EMAIL` characters) or `EMAIL_INVALID`.

    `text` is judged as it is, so white space around it makes it invalid: strip what a person typed first. Where an
    address is optional (a case's contact), check only a non-empty one."""
    if not text:
        return problems.EMAIL_MISSING
    if len(text) > MAX_EMAIL:
        return problems.EMAIL_TOO_LONG
    if not _ADDRESS.fullmatch(text):
        return problems.EMAIL_INVALID
    return None


def normalize_email(text: str) -> str:
    """The spelling that identifies a user: trimmed and lower-cased. The portal signs in with it, whatever case the
    user typed; the client names a user's cache folder after it. A contact address is stored as typed (trimmed)."""
    return text.strip().lower()
