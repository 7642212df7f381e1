"""Norwegian postcodes: exactly four digits ("0159", "9990"). The account's addresses and a relocation's new address
check them with this one rule, in the portal, the app and the command line."""

from __future__ import annotations

POSTCODE_DIGITS = 4


def is_valid_postcode(text: str) -> bool:
    """True for four ASCII digits and nothing else (no spaces, no "N-" prefix): strip what a person typed first."""
    return len(text) == POSTCODE_DIGITS and text.isascii() and text.isdigit()
