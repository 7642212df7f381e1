"""The desired date of a relocation or removal (a business day, from the third business day after today, at most a
year ahead), and the fields of both kinds of request."""

from __future__ import annotations

from datetime import date

import pytest

from domain import problems
from domain.business_hours import add_business_days
from domain.product_requests import (
    Relocation,
    Removal,
    desired_date_problem,
    earliest_desired_date,
    first_possible_date,
    latest_desired_date,
    new_location,
    relocation_problems,
    removal_problems,
    tidy,
)

MONDAY = date(2026, 12, 7)


def code(day: date, today: date) -> str | None:
    problem = desired_date_problem(day, today)
    return problem.code if problem else None


@pytest.mark.parametrize("today, count, expected", [
    (MONDAY, 3, date(2026, 12, 10)),                   # Monday → Thursday, today not counted
    (date(2026, 12, 10), 3, date(2026, 12, 15)),       # Thursday → Tuesday over the weekend
    (date(2026, 12, 12), 1, date(2026, 12, 14)),       # asked on a Saturday: Monday is the first
    (date(2027, 3, 23), 3, date(2027, 3, 31)),         # Easter: Maundy Thursday, Good Friday, Easter Monday skipped
    (date(2027, 5, 12), 3, date(2027, 5, 18)),         # 17 May 2027 (a Monday, Whit Monday too) skipped
    (date(2026, 12, 22), 3, date(2026, 12, 28)),       # Christmas Day skipped (Boxing Day is a Saturday)
    (MONDAY, 0, MONDAY),
])
def test_add_business_days(today, count, expected):
    assert add_business_days(today, count) == expected


def test_asked_on_a_monday_thursday_is_the_earliest():
    assert earliest_desired_date(MONDAY) == date(2026, 12, 10)
    assert code(date(2026, 12, 9), MONDAY) == problems.DESIRED_DATE_TOO_SOON
    assert desired_date_problem(date(2026, 12, 9), MONDAY).params == {"earliest": date(2026, 12, 10)}
    assert code(date(2026, 12, 10), MONDAY) is None
    assert code(MONDAY, MONDAY) == problems.DESIRED_DATE_TOO_SOON  # today
    assert code(date(2026, 11, 30), MONDAY) == problems.DESIRED_DATE_TOO_SOON  # the past


def test_a_weekend_is_refused_as_a_weekend():
    assert code(date(2026, 12, 12), MONDAY) == problems.DESIRED_DATE_WEEKEND
    assert code(date(2026, 12, 13), MONDAY) == problems.DESIRED_DATE_WEEKEND
    assert code(date(2026, 12, 14), MONDAY) is None


@pytest.mark.parametrize("day, name", [
    (date(2027, 3, 25), "Skjærtorsdag"), (date(2027, 3, 26), "Langfredag"), (date(2027, 3, 29), "Andre påskedag"),
    (date(2027, 5, 17), "Andre pinsedag; Grunnlovsdag"), (date(2026, 12, 25), "Første juledag"),
    (date(2027, 1, 1), "Første nyttårsdag"),
])
def test_a_public_holiday_is_refused_with_its_norwegian_name(day, name):
    problem = desired_date_problem(day, MONDAY)
    assert problem.code == problems.DESIRED_DATE_HOLIDAY and problem.params == {"holiday": name}


def test_christmas_eve_is_a_working_day():
    assert code(date(2026, 12, 24), MONDAY) is None


def test_too_soon_wins_over_a_holiday_and_the_earliest_skips_easter():
    today = date(2027, 3, 23)  # Tuesday before Easter
    assert earliest_desired_date(today) == date(2027, 3, 31)
    assert code(date(2027, 3, 26), today) == problems.DESIRED_DATE_TOO_SOON


def test_at_most_a_year_ahead():
    assert latest_desired_date(MONDAY) == date(2027, 12, 7)
    assert code(date(2027, 12, 7), MONDAY) is None
    problem = desired_date_problem(date(2027, 12, 8), MONDAY)
    assert problem.code == problems.DESIRED_DATE_TOO_FAR and problem.params == {"latest": date(2027, 12, 7)}
    assert latest_desired_date(date(2028, 2, 29)) == date(2029, 2, 28)


def test_missing_date():
    assert code(None, MONDAY) == problems.DESIRED_DATE_MISSING


def test_first_possible_date_is_a_business_day():
    assert first_possible_date(MONDAY) == date(2026, 12, 10)
    assert first_possible_date(date(2026, 12, 21)) == date(2026, 12, 24)
    assert desired_date_problem(first_possible_date(date(2027, 3, 22)), date(2027, 3, 22)) is None


GOOD = Relocation(product_id="p1", desired_date=date(2026, 12, 10), site_id="bergen", building="Bygg A", floor="3",
                  room="301", contact_name="Kari Nordmann", contact_phone="+47 22 33 44 55")


def fields_of(found) -> dict[str, str]:
    return {p.field: p.code for p in found}


def test_a_good_relocation_has_no_problems():
    assert relocation_problems(GOOD, MONDAY, site_ids={"oslo", "bergen"}, current_site_id="oslo") == []


def test_relocation_problems_one_per_field():
    bad = Relocation(product_id="p1", desired_date=date(2026, 12, 25), site_id=None, address="", postcode="12a",
                     city="", contact_phone="22 33", contact_name="")
    assert fields_of(relocation_problems(bad, MONDAY, site_ids=set())) == {
        "desired_date": problems.DESIRED_DATE_HOLIDAY, "address": problems.RELOCATION_ADDRESS_MISSING,
        "postcode": problems.RELOCATION_POSTCODE_INVALID, "city": problems.RELOCATION_CITY_MISSING,
        "room": problems.RELOCATION_LOCATION_MISSING, "contact_name": problems.RELOCATION_CONTACT_MISSING,
        "contact_phone": problems.PHONE_INVALID}


def test_a_relocation_needs_a_destination_the_account_has():
    nowhere = Relocation(product_id="p1", desired_date=date(2026, 12, 10), room="301", contact_name="K",
                         contact_phone="22334455")
    assert fields_of(relocation_problems(nowhere, MONDAY, site_ids={"oslo"})) == {
        "site_id": problems.RELOCATION_DESTINATION_MISSING}
    elsewhere = Relocation(**{**nowhere.__dict__, "site_id": "stavanger"})
    assert fields_of(relocation_problems(elsewhere, MONDAY, site_ids={"oslo"})) == {
        "site_id": problems.RELOCATION_SITE_UNKNOWN}
    new_address = Relocation(**{**nowhere.__dict__, "address": "Storgata 5", "postcode": "0155", "city": "Oslo"})
    assert relocation_problems(new_address, MONDAY, site_ids={"oslo"}) == []


def test_moving_to_where_it_stands_is_refused():
    here = tidy(Relocation(**{**GOOD.__dict__, "site_id": "oslo", "building": " bygg a ", "floor": "3",
                              "room": "301"}))
    assert fields_of(relocation_problems(here, MONDAY, site_ids={"oslo"}, current_site_id="oslo",
                                         current_location="Bygg A, 3,  301")) == {
        "room": problems.RELOCATION_SAME_PLACE}
    assert relocation_problems(here, MONDAY, site_ids={"oslo"}, current_site_id="oslo",
                               current_location="Bygg A, 4, 401") == []


def test_texts_have_limits():
    long = Relocation(**{**GOOD.__dict__, "room": "r" * 61, "contact_phone": "1" * 31})
    found = relocation_problems(long, MONDAY, site_ids={"bergen"})
    assert {(p.field, p.code, tuple(p.params.items())) for p in found} == {
        ("room", problems.REQUEST_TEXT_TOO_LONG, (("max", 60),)),
        ("contact_phone", problems.PHONE_TOO_LONG, (("max", 30),))}


def test_new_location_joins_the_parts_given():
    assert new_location("Bygg A", "", " rom 301 ") == "Bygg A, rom 301"
    assert new_location("", "", "") == ""


def test_removal_problems():
    good = Removal(product_id="p1", desired_date=date(2026, 12, 10), reason="replaced",
                   pickup_address="Karl Johans gate 22, 0159 Oslo", wipe_disk=True)
    assert removal_problems(good, MONDAY) == []
    assert fields_of(removal_problems(Removal(product_id="p1", desired_date=None), MONDAY)) == {
        "desired_date": problems.DESIRED_DATE_MISSING, "reason": problems.REMOVAL_REASON_MISSING,
        "pickup_address": problems.REMOVAL_PICKUP_MISSING}
    other = Removal(**{**good.__dict__, "reason": "other"})
    assert fields_of(removal_problems(other, MONDAY)) == {"reason_note": problems.REMOVAL_REASON_NOTE_MISSING}
    assert removal_problems(Removal(**{**other.__dict__, "reason_note": "Flytter ut"}), MONDAY) == []


def test_tidy_trims_one_line_texts_and_keeps_the_note():
    messy = tidy(Relocation(product_id="p1", desired_date=None, room="  rom   301 ", note="  Linje 1\n  Linje 2 "))
    assert messy.room == "rom 301" and messy.note == "Linje 1\n  Linje 2"
