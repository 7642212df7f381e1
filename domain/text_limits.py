"""How long each text the Portal API takes may be, in characters: the wire types (`domain.wire`) declare these limits
in the OpenAPI contract, the portal refuses longer input with them, and the client checks a form against the same
numbers offline, so a text the app lets through is never refused for its length later. One-line texts (a subject,
a name) may hold no line break or other control character either (`one_line_problem`), checked the same way on both
sides.
"""

from __future__ import annotations

import unicodedata

from domain import problems
from domain.problems import Problem

MAX_SUBJECT = 200
"""A case's subject."""

MAX_TEXT = 20_000
"""A case's description and a message in its thread (plain text)."""

MAX_CONTACT_NAME = 120
"""The contact person of a case or a product."""

MAX_USER_NAME = 120
"""A portal user's name."""

MAX_EMAIL = 254
"""An e-mail address (RFC 5321's limit on a forward path, less its angle brackets): sign-in and contact e-mails."""

MAX_LOCATION = 200
"""Where a product stands, on one line (its building, floor and room composed, `domain.product_requests.new_location`)."""

MAX_LOCATION_PART = 60
"""A product's building, floor or room each; the three composed stay within `MAX_LOCATION`."""

MAX_COST_CENTRE = 40
"""The cost centre a product's invoice lines are booked to, as the customer's finance department spells it."""

MAX_INTERNAL_NAME = 80
"""The customer's own name for a machine ("Printer 3. etasje øst")."""

MAX_PHONE = 30
"""A telephone number as typed (spaces and a country code included)."""

MAX_ADDRESS = 200
"""A street address, or a pickup address on one line."""

MAX_CITY = 100

MAX_ID = 64
"""A client-made id (a UUID, with room to spare) and the id in a resource's path."""

MAX_FILE_NAME = 1000
"""An attachment's file name as sent; the portal shortens what it keeps (`portal.attachments`)."""

MAX_PASSWORD = 1024
MAX_TOKEN = 512
"""A refresh token as sent back to the portal."""

MAX_ETAG_HEADER = 200
"""The If-Match header of an edit (one or a few ETags)."""

MAX_ORDER_LINES = 50
"""Lines of one supplies order (more than a machine has supplies)."""

MAX_ORDER_NOTE = 1000
"""A supplies order's note to the desk (plain text)."""

_CONTROL = {"Cc", "Zl", "Zp"}  # control characters (CR, LF, TAB, VT, FF, NEL, NUL, …), line and paragraph separators


def is_control(ch: str) -> bool:
    """Whether `ch` breaks a line or controls a terminal: never part of a one-line text."""
    return unicodedata.category(ch) in _CONTROL


def one_line_problem(field: str, text: str) -> Problem | None:
    """A one-line text (a case's subject, a contact's name) with a line break or other control character in it is
    refused: it broke the command line's table, a mail's body and the lists' rows. None when it is one clean line."""
    if any(is_control(ch) for ch in text):
        return Problem(field, problems.TEXT_CONTROL_CHARACTER)
    return None
