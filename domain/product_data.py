"""A product's data the customer keeps right: where it stands (site, building, floor, room), the cost centre it is
booked to, its contact person and the customer's own name for it. Anyone who may see a product may change these;
the portal refuses with the codes below and the app checks a form with the same code offline, so an edit it queues
is not refused later for what it says.

`location` is not one of them: it is the line composed of building, floor and room (`new_location`), kept for every
reader that shows one line (lists, reports, the command line), and for a product whose parts were never given, the
free text it was registered with (see docs/api-product-data.md).
"""

from __future__ import annotations

from typing import Any, Collection, Mapping

from domain import problems
from domain.email import email_problem
from domain.problems import Problem
from domain.product_requests import new_location
from domain.text_limits import (
    MAX_CONTACT_NAME,
    MAX_COST_CENTRE,
    MAX_EMAIL,
    MAX_INTERNAL_NAME,
    MAX_LOCATION_PART,
    one_line_problem,
)

LOCATION_PARTS = ("building", "floor", "room")
TEXT_LIMITS: Mapping[str, int] = {"building": MAX_LOCATION_PART, "floor": MAX_LOCATION_PART,
                                  "room": MAX_LOCATION_PART, "cost_centre": MAX_COST_CENTRE,
                                  "contact_name": MAX_CONTACT_NAME, "contact_email": MAX_EMAIL,
                                  "internal_name": MAX_INTERNAL_NAME}
"""Each text field and its length limit, in the form's order."""
FIELDS: tuple[str, ...] = ("site_id", *TEXT_LIMITS)
"""Every field a product edit may change (the wire's names: `site_id` is the id of one of the account's sites)."""


def product_values(product: Any) -> dict[str, str]:
    """The editable fields of a `domain.wire.Product` as an edit names them."""
    return {"site_id": product.site.id, **{name: getattr(product, name) for name in TEXT_LIMITS}}


def tidy(changes: Mapping[str, str]) -> dict[str, str]:
    """The changes as they are kept: the e-mail and the site trimmed, every other text one line with its inner white
    space collapsed (a name typed with a double space is the same name)."""
    return {name: value.strip() if name in ("site_id", "contact_email") else " ".join(value.split())
            for name, value in changes.items()}


def product_data_problems(changes: Mapping[str, str], *, current: Mapping[str, str],
                          site_ids: Collection[str]) -> list[Problem]:
    """Every problem of (tidied) `changes` to a product whose editable fields are now `current`, at most one per
    field, in the form's order. `site_ids`: the account's sites."""
    found: list[Problem] = []
    if "site_id" in changes and changes["site_id"] not in site_ids:
        found.append(Problem("site_id", problems.PRODUCT_SITE_UNKNOWN))
    for name, limit in TEXT_LIMITS.items():
        if name in changes and (problem := _text_problem(name, changes[name], limit)):
            found.append(problem)
    if location_after(changes, current) == "":
        found.append(Problem("room", problems.PRODUCT_LOCATION_MISSING))
    return _one_per_field(found)


def location_after(changes: Mapping[str, str], current: Mapping[str, str]) -> str | None:
    """The product's one-line location once `changes` are made, or None when they leave its parts alone (the line,
    free text or composed, stays as it is)."""
    if not any(part in changes for part in LOCATION_PARTS):
        return None
    after = {**current, **changes}
    return new_location(*(after.get(part, "") for part in LOCATION_PARTS))


def _text_problem(name: str, value: str, limit: int) -> Problem | None:
    if name == "contact_email":
        code = email_problem(value) if value else None
        return Problem(name, code) if code else None
    if len(value) > limit:
        return Problem(name, problems.PRODUCT_TEXT_TOO_LONG, {"max": limit})
    return one_line_problem(name, value)


def _one_per_field(found: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    return [p for p in found if not (p.field in seen or seen.add(p.field))]
