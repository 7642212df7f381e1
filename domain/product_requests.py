"""Asking for a machine to be moved (relocation) or taken away (removal): the rules the portal enforces and the app
checks offline with the same code, so a request the app queues is not refused later for what it says.

The desired date is the rule people trip over: a business day (Mon–Fri, Norwegian public holidays excluded, see
`domain.business_hours`), no earlier than the third business day after today (today not counted: asked on a Monday,
Thursday at the earliest; the service desk needs the days to plan the van and the technician), and at most a year
ahead. "Today" is the account's calendar day (`domain.clock.today`).

A machine has at most one open request of either kind: a second one is refused (`case.request_already_open`), and a
removed machine takes none (`case.product_removed`); who knows which is open is the caller's to say.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Collection, Literal, get_args

from domain import problems
from domain.business_hours import add_business_days, holiday_name, is_business_day
from domain.phone import phone_problem
from domain.postcode import is_valid_postcode
from domain.problems import Problem
from domain.text_limits import (
    MAX_ADDRESS,
    MAX_CITY,
    MAX_CONTACT_NAME,
    MAX_LOCATION_PART,
    MAX_PHONE,
    MAX_SUBJECT,
    MAX_TEXT,
)

RequestKind = Literal["relocation", "removal"]
REQUEST_KINDS: tuple[str, ...] = get_args(RequestKind)
"""The case types that are requests about a machine rather than a question or a fault."""
RemovalReason = Literal["lease_ended", "replaced", "not_needed", "other"]
REMOVAL_REASONS: tuple[str, ...] = get_args(RemovalReason)
DEPARTMENT = "logistics"
"""Where both kinds go at the service desk (they need a van and a technician, not a category)."""

MIN_BUSINESS_DAYS = 3


@dataclass(frozen=True)
class Relocation:
    """Move a machine: to another site of the account (`site_id`) or to a new address (`address`, `postcode`,
    `city`; `site_id` None), to a building, floor and room there, on `desired_date`, with someone on site to ask."""
    product_id: str
    desired_date: date | None
    site_id: str | None = None
    address: str = ""
    postcode: str = ""
    city: str = ""
    building: str = ""
    floor: str = ""
    room: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    network_change: bool = False
    note: str = ""


@dataclass(frozen=True)
class Removal:
    """Take a machine away on `desired_date` from `pickup_address`, and whether its disk is wiped (with a
    certificate)."""
    product_id: str
    desired_date: date | None
    reason: str = ""
    reason_note: str = ""
    pickup_address: str = ""
    wipe_disk: bool = False
    note: str = ""


def earliest_desired_date(today: date) -> date:
    """The first day a request made `today` may ask for: the third business day after it."""
    return add_business_days(today, MIN_BUSINESS_DAYS)


def latest_desired_date(today: date) -> date:
    """A year from `today` (28 February for a request made on 29 February)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def desired_date_problem(day: date | None, today: date) -> Problem | None:
    """None when `day` may be asked for on `today`, else the one reason it may not (field "desired_date"): missing,
    too soon (param `earliest`), too far (`latest`), a weekend, or a public holiday (`holiday`: its Norwegian
    name). Too soon and too far come first: they say which days are possible at all."""
    field = "desired_date"
    if day is None:
        return Problem(field, problems.DESIRED_DATE_MISSING)
    earliest = earliest_desired_date(today)
    if day < earliest:
        return Problem(field, problems.DESIRED_DATE_TOO_SOON, {"earliest": earliest})
    latest = latest_desired_date(today)
    if day > latest:
        return Problem(field, problems.DESIRED_DATE_TOO_FAR, {"latest": latest})
    if day.weekday() >= 5:
        return Problem(field, problems.DESIRED_DATE_WEEKEND)
    if not is_business_day(day):
        return Problem(field, problems.DESIRED_DATE_HOLIDAY, {"holiday": holiday_name(day) or ""})
    return None


def first_possible_date(today: date) -> date:
    """The earliest day that passes `desired_date_problem` (what a form offers first)."""
    day = earliest_desired_date(today)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def tidy(request: Relocation | Removal):
    """The request with its texts trimmed (inner white space of one-line texts collapsed; notes kept as written)."""
    cleaned = {}
    for f in fields(request):
        value = getattr(request, f.name)
        if isinstance(value, str) and f.name not in ("product_id", "site_id"):
            cleaned[f.name] = value.strip() if f.name == "note" else " ".join(value.split())
    return replace(request, **cleaned)


def new_location(building: str, floor: str, room: str) -> str:
    """The product's location once moved: the parts given, in that order ("Bygg A, 3. etasje, rom 301")."""
    return ", ".join(part.strip() for part in (building, floor, room) if part.strip())


def relocation_problems(request: Relocation, today: date, *, site_ids: Collection[str],
                        current_site_id: str | None = None, current_location: str = "") -> list[Problem]:
    """Every problem of a (tidied) relocation, at most one per field, in the form's order. `site_ids`: the account's
    sites; `current_…`: where the machine stands now (moving it to the very same place is refused)."""
    found = [desired_date_problem(request.desired_date, today)]
    if request.site_id is not None:
        if request.site_id not in site_ids:
            found.append(Problem("site_id", problems.RELOCATION_SITE_UNKNOWN))
    elif not (request.address or request.postcode or request.city):
        found.append(Problem("site_id", problems.RELOCATION_DESTINATION_MISSING))
    else:
        found += [_text("address", request.address, MAX_ADDRESS, problems.RELOCATION_ADDRESS_MISSING),
                  _postcode(request.postcode),
                  _text("city", request.city, MAX_CITY, problems.RELOCATION_CITY_MISSING)]
    parts = [_text(name, getattr(request, name), MAX_LOCATION_PART, None) for name in ("building", "floor", "room")]
    found += parts
    location = new_location(request.building, request.floor, request.room)
    if not location:
        found.append(Problem("room", problems.RELOCATION_LOCATION_MISSING))
    elif (request.site_id is not None and request.site_id == current_site_id
          and location.casefold() == " ".join(current_location.split()).casefold()):
        found.append(Problem("room", problems.RELOCATION_SAME_PLACE))
    found += [_text("contact_name", request.contact_name, MAX_CONTACT_NAME, problems.RELOCATION_CONTACT_MISSING),
              _phone(request.contact_phone), _text("note", request.note, MAX_TEXT, None)]
    return _one_per_field(found)


def removal_problems(request: Removal, today: date) -> list[Problem]:
    """Every problem of a (tidied) removal, at most one per field, in the form's order."""
    found = [desired_date_problem(request.desired_date, today)]
    if request.reason not in REMOVAL_REASONS:
        found.append(Problem("reason", problems.REMOVAL_REASON_MISSING))
    elif request.reason == "other" and not request.reason_note:
        found.append(Problem("reason_note", problems.REMOVAL_REASON_NOTE_MISSING))
    found += [_text("reason_note", request.reason_note, MAX_SUBJECT, None),
              _text("pickup_address", request.pickup_address, MAX_ADDRESS, problems.REMOVAL_PICKUP_MISSING),
              _text("note", request.note, MAX_TEXT, None)]
    return _one_per_field(found)


def _text(field: str, text: str, limit: int, missing: str | None) -> Problem | None:
    if not text:
        return Problem(field, missing) if missing else None
    return Problem(field, problems.REQUEST_TEXT_TOO_LONG, {"max": limit}) if len(text) > limit else None


def _postcode(text: str) -> Problem | None:
    if is_valid_postcode(text):
        return None
    return Problem("postcode", problems.RELOCATION_POSTCODE_INVALID)


def _phone(text: str) -> Problem | None:
    code = phone_problem(text)
    if code is None:
        return None
    return Problem("contact_phone", code, {"max": MAX_PHONE} if code == problems.PHONE_TOO_LONG else {})


def _one_per_field(found: list[Problem | None]) -> list[Problem]:
    seen: dict[str, Problem] = {}
    for problem in found:
        if problem is not None and problem.field not in seen:
            seen[problem.field] = problem
    return list(seen.values())
