"""The account's own data over HTTP: every user reads it with an ETag; only an administrator changes it, only with
If-Match (428 without, 412 when stale), and every bad field is refused with its code; a change reaches the feed."""

import uuid

import pytest

from domain import problems
from portal import seed_data
from tests.portal.conftest import ADMIN, KARI, assert_problem, sign_in


@pytest.fixture
def admin_fresh(fresh_url):
    return sign_in(fresh_url, ADMIN)


def read(session):
    answer = session.get("/v1/account")
    assert answer.status_code == 200, answer.text
    return answer.json(), answer.headers["ETag"]


def patch(session, body, etag=None):
    headers = {"Idempotency-Key": str(uuid.uuid4()), **({"If-Match": etag} if etag else {})}
    return session.patch("/v1/account", json=body, headers=headers)


def feed_end(session):
    page = session.get("/v1/changes", params={"limit": 1000}).json()
    while page["has_more"]:
        page = session.get("/v1/changes", params={"cursor": page["cursor"], "limit": 1000}).json()
    return page["cursor"]


@pytest.mark.parametrize("email", [ADMIN, KARI])
def test_every_user_reads_the_seeded_account_with_its_etag(demo_sessions, email):
    account, etag = read(demo_sessions[email])
    assert account["org_number"] == seed_data.ORG_NUMBER and account["name"] == seed_data.COMPANY_NAME
    assert {k: account[k] for k in seed_data.ACCOUNT_DETAILS} == seed_data.ACCOUNT_DETAILS
    assert etag == f'"{account["version"]}"'
    assert demo_sessions[email].get("/v1/me").json()["account"] == account


def test_an_administrators_edit_is_applied_cleaned_versioned_and_fed(admin_fresh, fresh_url):
    kari = sign_in(fresh_url, KARI)
    cursor = feed_end(kari)
    before, etag = read(admin_fresh)
    answer = patch(admin_fresh, {"org_number": " NO 923 609 016 MVA ", "billing_postcode": "0150",
                                 "invoice_email": "  regnskap@nordlys.no "}, etag)
    assert answer.status_code == 200, answer.text
    after = answer.json()
    assert (after["org_number"], after["billing_postcode"], after["invoice_email"]) == (
        "923609016", "0150", "regnskap@nordlys.no")
    assert after["version"] == before["version"] + 1 and answer.headers["ETag"] == f'"{after["version"]}"'
    assert after["name"] == before["name"]
    page = kari.get("/v1/changes", params={"cursor": cursor}).json()
    assert page["changes"] == [{"entity": "account", "op": "upsert", "id": after["id"], "data": after}]


def test_an_edit_that_changes_nothing_keeps_the_version(admin_fresh):
    before, etag = read(admin_fresh)
    answer = patch(admin_fresh, {"name": before["name"]}, etag)
    assert answer.status_code == 200 and answer.json()["version"] == before["version"]


def test_a_customer_may_not_change_the_account(kari):
    before, etag = read(kari)
    assert_problem(patch(kari, {"name": "Kari AS"}, etag), 403, problems.FORBIDDEN)
    assert read(kari)[0] == before


def test_without_if_match_the_edit_is_refused_with_428(admin):
    before, _ = read(admin)
    answer = patch(admin, {"name": "Uten versjon AS"})
    assert_problem(answer, 428, problems.PRECONDITION_REQUIRED)
    assert read(admin)[0] == before


def test_a_stale_etag_is_a_412_with_the_current_one_and_changes_nothing(admin_fresh):
    _, etag = read(admin_fresh)
    first = patch(admin_fresh, {"main_contact": "Ingrid Berg"}, etag)
    assert first.status_code == 200
    stale = patch(admin_fresh, {"main_contact": "Lars Johansen"}, etag)
    assert_problem(stale, 412, problems.CONFLICT_ETAG)
    assert stale.headers["ETag"] == first.headers["ETag"]
    assert read(admin_fresh)[0]["main_contact"] == "Ingrid Berg"


@pytest.mark.parametrize("body, field, code", [
    ({"name": "  "}, "name", problems.ACCOUNT_NAME_MISSING),
    ({"name": "x" * 201}, "name", problems.VALIDATION_FAILED),  # over the wire type's limit
    ({"name": "Nordlys\nRegnskap"}, "name", problems.TEXT_CONTROL_CHARACTER),
    ({"org_number": ""}, "org_number", problems.ORG_NUMBER_MISSING),
    ({"org_number": "91648273"}, "org_number", problems.ORG_NUMBER_NOT_NINE_DIGITS),
    ({"org_number": "916482737"}, "org_number", problems.ORG_NUMBER_CHECK_DIGIT),
    ({"billing_street": ""}, "billing_street", problems.ADDRESS_STREET_MISSING),
    ({"billing_postcode": "159"}, "billing_postcode", problems.ADDRESS_POSTCODE_INVALID),
    ({"billing_postcode": "N-0159"}, "billing_postcode", problems.ADDRESS_POSTCODE_INVALID),
    ({"billing_city": ""}, "billing_city", problems.ADDRESS_CITY_MISSING),
    ({"visiting_city": ""}, "visiting_city", problems.ADDRESS_CITY_MISSING),
    ({"phone": "22 33"}, "phone", problems.PHONE_INVALID),
    ({"invoice_email": "faktura@nordlys"}, "invoice_email", problems.EMAIL_INVALID),
    ({"invoice_email": ""}, "invoice_email", problems.EMAIL_MISSING),
])
def test_each_bad_field_is_refused_with_its_code(admin, body, field, code):
    before, etag = read(admin)
    answer = patch(admin, body, etag)
    found = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert [e["field"] for e in found["errors"]] == [field]
    if code != problems.VALIDATION_FAILED:
        assert [e["code"] for e in found["errors"]] == [code]
    assert read(admin)[0] == before


def test_every_bad_field_of_one_edit_is_named(admin):
    _, etag = read(admin)
    found = assert_problem(patch(admin, {"org_number": "123456789", "visiting_postcode": "12345",
                                         "invoice_email": "no-domain"}, etag), 422, problems.VALIDATION_FAILED)
    assert [(e["field"], e["code"]) for e in found["errors"]] == [
        ("org_number", problems.ORG_NUMBER_CHECK_DIGIT), ("visiting_postcode", problems.ADDRESS_POSTCODE_INVALID),
        ("invoice_email", problems.EMAIL_INVALID)]


def test_the_visiting_address_may_be_left_out_as_a_whole(admin_fresh):
    _, etag = read(admin_fresh)
    answer = patch(admin_fresh, {"visiting_street": "", "visiting_postcode": "", "visiting_city": "",
                                 "phone": ""}, etag)
    assert answer.status_code == 200, answer.text
    assert answer.json()["visiting_street"] == "" and answer.json()["phone"] == ""
