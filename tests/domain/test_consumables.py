"""The consumables rules both sides run: what fits, what an order may hold (every problem at once, by field), the
30-day reorder warning, the quantity a user types and the order's states."""

from __future__ import annotations

from datetime import date

import pytest

from domain import consumables as rules, problems
from domain.consumables import Line

FITTING = {"BK", "CY"}


def codes(found) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in found]


def check(lines, *, limit=10, active=True):
    return rules.check_order(lines, fitting=FITTING, line_limit=limit, product_active=active)


def test_a_good_order_has_no_problems():
    assert check([Line("BK", 1), Line("CY", 10)]) == []


def test_every_problem_is_named_by_its_field():
    found = check([Line("BK", 11), Line("XX", 0), Line("BK", 1)], active=False)
    assert codes(found) == [("product_id", problems.ORDER_PRODUCT_INACTIVE),
                            ("lines.0.quantity", problems.ORDER_QUANTITY_OVER_LIMIT),
                            ("lines.1.article", problems.ORDER_ARTICLE_NOT_FITTING),
                            ("lines.1.quantity", problems.ORDER_QUANTITY_INVALID),
                            ("lines.2.article", problems.ORDER_ARTICLE_REPEATED)]
    assert found[1].params == {"article": "BK", "limit": 10, "quantity": 11}
    assert codes(check([])) == [("lines", problems.ORDER_EMPTY)]
    assert codes(check([Line("BK", 1)] * 51))[0] == ("lines", problems.ORDER_TOO_MANY_LINES)


@pytest.mark.parametrize("value", [0, -3, 2.0, 2.5, "2", True, None])
def test_a_quantity_is_a_whole_number_of_one_or_more(value):
    assert codes(check([Line("BK", value)])) == [("lines.0.quantity", problems.ORDER_QUANTITY_INVALID)]


def test_the_limit_is_the_contracts():
    assert check([Line("BK", 3)], limit=3) == []
    assert codes(check([Line("BK", 4)], limit=3)) == [("lines.0.quantity", problems.ORDER_QUANTITY_OVER_LIMIT)]


@pytest.mark.parametrize("typed, expected", [("3", 3), (" 12 ", 12), ("0", None), ("-1", None), ("2,5", None),
                                             ("", None), ("abc", None), ("٣", None), ("9999999", None)])
def test_a_typed_quantity(typed, expected):
    assert rules.parse_quantity(typed) == expected


def test_the_reorder_warning_covers_thirty_days():
    today = date(2026, 11, 24)
    assert rules.ordered_recently(date(2026, 11, 24), today)
    assert rules.ordered_recently(date(2026, 10, 26), today)  # 29 days ago
    assert not rules.ordered_recently(date(2026, 10, 25), today)  # 30 days ago
    assert not rules.ordered_recently(None, today)


def test_fits_by_model():
    assert rules.fits(["Ricoh IM C3000", "Canon"], "Canon")
    assert not rules.fits(["Ricoh IM C3000"], "Ricoh IM C300")


def test_the_states():
    assert rules.check_transition("submitted", "confirm") == "confirmed"
    assert rules.check_transition("confirmed", "ship") == "shipped"
    assert rules.check_transition("shipped", "deliver") == "delivered"
    assert rules.check_transition("submitted", "cancel") == "cancelled"
    for state in ("confirmed", "shipped", "delivered", "cancelled"):
        with pytest.raises(rules.OrderRuleError) as refused:
            rules.check_transition(state, "cancel")
        assert refused.value.code == problems.ORDER_CANCEL_NOT_ALLOWED
    with pytest.raises(rules.OrderRuleError) as refused:
        rules.check_transition("submitted", "deliver")
    assert refused.value.code == problems.ORDER_TRANSITION_NOT_ALLOWED
    assert rules.may_cancel(is_orderer=True, is_admin=False) and rules.may_cancel(is_orderer=False, is_admin=True)
    assert not rules.may_cancel(is_orderer=False, is_admin=False)


def test_long_texts_are_named():
    found = rules.delivery_problems(recipient="x" * 121, phone="1" * 31, note="n" * 1001)
    assert codes(found) == [("delivery.recipient", problems.ORDER_RECIPIENT_TOO_LONG),
                            ("delivery.phone", problems.ORDER_PHONE_TOO_LONG), ("note", problems.ORDER_NOTE_TOO_LONG)]
    assert rules.delivery_problems(recipient="x" * 120, phone="1" * 30, note="n" * 1000) == []


def test_order_numbers():
    assert rules.format_order_number(1001) == "OR0001001"
