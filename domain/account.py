"""The account's own data and the one rule for it: what an administrator may write into the account's name,
organisation number, addresses, phone, main contact and invoice e-mail.

The portal refuses a PATCH with these codes per field, and the app's Account form checks every field with the same
function as it is typed, so what the form lets through is never refused for its content later. The whole account
as it would be after the edit is judged (`account_problems`), so a visiting address half filled in is caught at the
field that is missing, whichever field the edit touched.
"""

from __future__ import annotations

from typing import Mapping

from domain import problems
from domain.email import email_problem
from domain.org_number import is_valid_org_number, normalize_org_number
from domain.phone import phone_problem
from domain.postcode import is_valid_postcode
from domain.problems import Problem
from domain.text_limits import (
    MAX_ADDRESS,
    MAX_CITY,
    MAX_CONTACT_NAME,
    MAX_EMAIL,
    MAX_PHONE,
    one_line_problem,
)

MAX_ACCOUNT_NAME = 200

ADDRESS_PARTS = ("street", "postcode", "city")
ADDRESSES = ("billing", "visiting")
ACCOUNT_FIELDS: tuple[str, ...] = ("name", "org_number",
                                   *(f"{where}_{part}" for where in ADDRESSES for part in ADDRESS_PARTS),
                                   "phone", "main_contact", "invoice_email")
"""Every field an administrator may change, in the form's order."""

LIMITS: Mapping[str, int] = {"name": MAX_ACCOUNT_NAME, "org_number": 20,
                             **{f"{where}_street": MAX_ADDRESS for where in ADDRESSES},
                             **{f"{where}_postcode": 4 for where in ADDRESSES},
                             **{f"{where}_city": MAX_CITY for where in ADDRESSES},
                             "phone": MAX_PHONE, "main_contact": MAX_CONTACT_NAME, "invoice_email": MAX_EMAIL}
"""How long each field may be (the wire type declares the same); a postcode is checked as four digits instead."""


def cleaned(field: str, text: str) -> str:
    """What is stored for what a person typed: trimmed; an organisation number without spaces, dots or "NO … MVA"."""
    text = (text or "").strip()
    return normalize_org_number(text) if field == "org_number" else text


def account_problems(values: Mapping[str, str]) -> list[Problem]:
    """At most one problem per field of the account `values` (every field of `ACCOUNT_FIELDS`, already `cleaned`),
    in the form's order; [] when the account may be saved. The billing address is required, the visiting address
    may be left out as a whole, phone and main contact may be empty."""
    found = [_name(values.get("name", "")), _org_number(values.get("org_number", ""))]
    found += _address("billing", values, required=True)
    found += _address("visiting", values, required=False)
    phone = values.get("phone", "")
    found.append(_coded("phone", phone_problem(phone)) if phone else None)
    found.append(_too_long("main_contact", values.get("main_contact", "")))
    found.append(_coded("invoice_email", email_problem(values.get("invoice_email", ""))))
    return [problem for problem in found if problem is not None]


def _name(text: str) -> Problem | None:
    return Problem("name", problems.ACCOUNT_NAME_MISSING) if not text else _too_long("name", text)


def _org_number(text: str) -> Problem | None:
    if not text:
        return Problem("org_number", problems.ORG_NUMBER_MISSING)
    if len(text) != 9 or not text.isascii() or not text.isdigit():
        return Problem("org_number", problems.ORG_NUMBER_NOT_NINE_DIGITS)
    return None if is_valid_org_number(text) else Problem("org_number", problems.ORG_NUMBER_CHECK_DIGIT)


def _address(where: str, values: Mapping[str, str], *, required: bool) -> list[Problem | None]:
    street, postcode, city = (values.get(f"{where}_{part}", "") for part in ADDRESS_PARTS)
    if not required and not (street or postcode or city):
        return []
    return [Problem(f"{where}_street", problems.ADDRESS_STREET_MISSING) if not street
            else _too_long(f"{where}_street", street),
            None if is_valid_postcode(postcode) else Problem(f"{where}_postcode", problems.ADDRESS_POSTCODE_INVALID),
            Problem(f"{where}_city", problems.ADDRESS_CITY_MISSING) if not city
            else _too_long(f"{where}_city", city)]


def _too_long(field: str, text: str) -> Problem | None:
    if len(text) > LIMITS[field]:
        return Problem(field, problems.ACCOUNT_TEXT_TOO_LONG, {"max": LIMITS[field]})
    return one_line_problem(field, text)


def _coded(field: str, code: str | None) -> Problem | None:
    if code is None:
        return None
    limit = {problems.PHONE_TOO_LONG: MAX_PHONE, problems.EMAIL_TOO_LONG: MAX_EMAIL}.get(code)
    return Problem(field, code, {"max": limit} if limit else {})
