"""The product data rule the portal and the app share: each field's code, the location that must keep a part, and
the tidying both sides do before they compare."""

from domain import problems
from domain import text_limits as limits
from domain.product_data import location_after, product_data_problems, tidy
from domain.problems import Problem

CURRENT = {"site_id": "s-1", "building": "Bygg A", "floor": "2. etasje", "room": "kopirom", "cost_centre": "4100",
           "contact_name": "Kari", "contact_email": "kari@example.no", "internal_name": "Printer 2"}


def check(**changes):
    return product_data_problems(tidy(changes), current=CURRENT, site_ids={"s-1", "s-2"})


def test_good_changes_have_no_problem_and_clearing_a_text_is_allowed():
    assert check(site_id="s-2", building="Bygg B", contact_email="", contact_name="", internal_name="") == []


def test_each_field_has_its_code():
    assert check(site_id="s-9") == [Problem("site_id", problems.PRODUCT_SITE_UNKNOWN)]
    assert check(contact_email="kari@example") == [Problem("contact_email", problems.EMAIL_INVALID)]
    assert check(cost_centre="x" * (limits.MAX_COST_CENTRE + 1)) == [
        Problem("cost_centre", problems.PRODUCT_TEXT_TOO_LONG, {"max": limits.MAX_COST_CENTRE})]
    assert check(room="rom\x00") == [Problem("room", problems.TEXT_CONTROL_CHARACTER)]


def test_the_location_keeps_at_least_one_part():
    assert check(building="", floor="") == []
    assert check(building="", floor="", room="  ") == [Problem("room", problems.PRODUCT_LOCATION_MISSING)]
    assert check(room="x" * 61, building="", floor="") == [
        Problem("room", problems.PRODUCT_TEXT_TOO_LONG, {"max": limits.MAX_LOCATION_PART})]


def test_the_one_line_location_follows_the_parts_only_when_they_change():
    assert location_after({"floor": ""}, CURRENT) == "Bygg A, kopirom"
    assert location_after({"contact_name": "Ola"}, CURRENT) is None


def test_tidy_collapses_one_line_texts_and_trims_the_e_mail():
    assert tidy({"room": "  møte\n rom ", "contact_email": " a@b.no "}) == {"room": "møte rom", "contact_email": "a@b.no"}
