"""What may stand in an e-mail header: one line of printable text.

A case's subject is typed by a customer and reaches a mail's Subject header. Python's `EmailMessage` refuses a header
value with a line break in it (CR, LF and every other character `str.splitlines` breaks on: U+000B, U+000C, U+001C-1E,
U+0085, U+2028, U+2029), and a header that did go out with one could inject headers of its own. So every header value
the portal writes goes through `header_text` first: line breaks and other control characters become one space, runs
of white space one space, and the result is cut to a length a mail client shows.
"""

from __future__ import annotations

from domain.text_limits import is_control

MAX_HEADER_CHARS = 250
"""A Subject longer than this is cut (with "…"): RFC 5322 folds long lines, but no mail client shows more."""

def header_text(value: str, *, limit: int = MAX_HEADER_CHARS) -> str:
    """`value` as one clean header line: no line breaks or control characters, white space collapsed, at most
    `limit` characters."""
    cleaned = "".join(" " if is_control(ch) or ch.isspace() else ch for ch in value)
    text = " ".join(cleaned.split())
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return text
