"""Consumables orders: which supplies fit a machine, what an order may hold, and how an order moves.

Pure rules shared by the portal (which enforces them) and the client (which checks a cart offline, as the user types,
before it queues an order). `check_order` names every problem at once, by field, with the codes the portal answers
with; `check_transition` is the one gate for an order's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Literal, Mapping, get_args

from domain import problems, text_limits
from domain.problems import Problem

ArticleKind = Literal["toner", "ink", "drum", "waste_toner", "staples", "fuser_kit", "transfer_kit", "printhead"]
Colour = Literal["black", "cyan", "magenta", "yellow", "matte_black", "photo_black", "grey"]
OrderState = Literal["submitted", "confirmed", "shipped", "delivered", "cancelled"]
VendorAction = Literal["confirm", "ship", "deliver"]
CustomerAction = Literal["cancel"]

ARTICLE_KINDS: tuple[str, ...] = get_args(ArticleKind)
COLOURS: tuple[str, ...] = get_args(Colour)
STATES: tuple[str, ...] = get_args(OrderState)
VENDOR_ACTIONS: tuple[str, ...] = get_args(VendorAction)

OPEN_STATES = frozenset({"submitted", "confirmed"})
"""Ordered and not yet on its way: what the "open" filter shows."""
FINAL_STATES = frozenset({"delivered", "cancelled"})

TRANSITIONS: dict[tuple[str, str], str] = {
    ("submitted", "confirm"): "confirmed",
    ("confirmed", "ship"): "shipped",
    ("shipped", "deliver"): "delivered",
    ("submitted", "cancel"): "cancelled",
}

DEFAULT_LINE_LIMIT = 10
"""How many of one article one order may hold when a contract says nothing else."""
REORDER_WINDOW = timedelta(days=30)
"""Ordering the same article for the same machine again within this is probably a mistake: a warning, never a
block (a busy machine may really need two toners in a month)."""


class OrderRuleError(ValueError):
    """A refused order action; `code` is the problem code the portal answers with."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Line:
    """One line of an order as given: an article number and a quantity (anything: `check_order` judges it)."""

    article: str
    quantity: object


def fits(article_models: Iterable[str], model: str) -> bool:
    """An article fits a machine when the machine's model is one it is made for (names compared exactly)."""
    return model in set(article_models)


def is_valid_quantity(value: object) -> bool:
    """A whole number of 1 or more (not a bool, not 2.0)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def parse_quantity(text: str) -> int | None:
    """The quantity a user typed ("3", " 12 "), or None when it is not a whole number of 1 or more."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit()) or len(stripped) > 6:
        return None
    value = int(stripped)
    return value if value >= 1 else None


def line_problems(index: int, line: Line, fitting: Mapping[str, bool] | set[str], line_limit: int) -> list[Problem]:
    """What is wrong with line `index`: an article that does not fit (or is unknown), a bad quantity, or more than
    the contract's limit of one article."""
    found = []
    if line.article not in fitting:
        found.append(Problem(f"lines.{index}.article", problems.ORDER_ARTICLE_NOT_FITTING, {"article": line.article}))
    if not is_valid_quantity(line.quantity):
        found.append(Problem(f"lines.{index}.quantity", problems.ORDER_QUANTITY_INVALID, {"article": line.article}))
    elif line.quantity > line_limit:  # type: ignore[operator]
        found.append(Problem(f"lines.{index}.quantity", problems.ORDER_QUANTITY_OVER_LIMIT,
                             {"article": line.article, "limit": line_limit, "quantity": line.quantity}))
    return found


def check_order(lines: list[Line], *, fitting: set[str], line_limit: int, product_active: bool) -> list[Problem]:
    """Every problem of an order for one machine, in the order a user reads them. `fitting` holds the article
    numbers that fit the machine. Empty when the order may go."""
    found: list[Problem] = []
    if not product_active:
        found.append(Problem("product_id", problems.ORDER_PRODUCT_INACTIVE))
    if not lines:
        found.append(Problem("lines", problems.ORDER_EMPTY))
    if len(lines) > text_limits.MAX_ORDER_LINES:
        found.append(Problem("lines", problems.ORDER_TOO_MANY_LINES, {"max": text_limits.MAX_ORDER_LINES}))
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if line.article in seen:
            found.append(Problem(f"lines.{index}.article", problems.ORDER_ARTICLE_REPEATED,
                                 {"article": line.article}))
        seen.add(line.article)
        found += line_problems(index, line, fitting, line_limit)
    return found


def delivery_problems(*, recipient: str, phone: str, note: str) -> list[Problem]:
    """The texts of an order that are longer than the portal takes (`domain.text_limits`)."""
    found = []
    for field, text, limit, code in (
            ("delivery.recipient", recipient, text_limits.MAX_CONTACT_NAME, problems.ORDER_RECIPIENT_TOO_LONG),
            ("delivery.phone", phone, text_limits.MAX_PHONE, problems.ORDER_PHONE_TOO_LONG),
            ("note", note, text_limits.MAX_ORDER_NOTE, problems.ORDER_NOTE_TOO_LONG)):
        if len(text) > limit:
            found.append(Problem(field, code, {"max": limit}))
    return found


def ordered_recently(last_ordered: date | None, today: date) -> bool:
    """Whether an article last ordered on `last_ordered` for this machine was ordered within `REORDER_WINDOW`."""
    return last_ordered is not None and today - last_ordered < REORDER_WINDOW


def check_transition(current: str, action: str) -> str:
    """The state `action` takes an order in `current` to, or `OrderRuleError`. Only a submitted order can be
    cancelled (`order.cancel_not_allowed`); the vendor moves it along the rest of the way."""
    target = TRANSITIONS.get((current, action))
    if target is None:
        code = problems.ORDER_CANCEL_NOT_ALLOWED if action == "cancel" else problems.ORDER_TRANSITION_NOT_ALLOWED
        raise OrderRuleError(code, f"An order that is {current} cannot be given the action '{action}'.")
    return target


def may_cancel(*, is_orderer: bool, is_admin: bool) -> bool:
    """Whether a customer may cancel an order at all, whatever its state: the person who ordered it, or an
    administrator of its account (a colleague who shares the machine sees the order, but does not withdraw it)."""
    return is_orderer or is_admin


def format_order_number(number: int) -> str:
    """`OR0001234`: the number a customer quotes to the supplies desk."""
    if number < 0:
        raise ValueError("an order number is 0 or more")
    return f"OR{number:07d}"
