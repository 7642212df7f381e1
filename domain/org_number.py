"""Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11 check digit.

The portal's demo account and the client's account form both check them, so a typo is caught before it is sent.
"""

from __future__ import annotations

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def check_digit(first_eight: str) -> int | None:
    """The check digit for the first eight digits, or None when no digit fits (remainder 10: never issued)."""
    if len(first_eight) != 8 or not first_eight.isascii() or not first_eight.isdigit():
        raise ValueError("expected exactly eight digits")
    remainder = 11 - sum(int(digit) * weight for digit, weight in zip(first_eight, WEIGHTS)) % 11
    if remainder == 11:
        return 0
    return None if remainder == 10 else remainder


def is_valid_org_number(value: str) -> bool:
    """True for exactly nine ASCII digits whose last digit is the right check digit. No spaces, no "NO"/"MVA"."""
    if not isinstance(value, str) or len(value) != 9 or not value.isascii() or not value.isdigit():
        return False
    return check_digit(value[:8]) == int(value[8])


def normalize_org_number(text: str) -> str:
    """Strip what people type around the number ("NO 916 482 736 MVA" → "916482736"); does not validate."""
    cleaned = (text or "").upper().replace("MVA", "").strip()
    if cleaned.startswith("NO"):
        cleaned = cleaned[2:]
    return "".join(ch for ch in cleaned if not ch.isspace() and ch not in ".-")
