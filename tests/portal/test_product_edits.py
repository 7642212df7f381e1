"""Editing a product's data over HTTP: If-Match is required (428) and guards against lost updates (412), every field
refusal has its code, a product the caller may not see is 404, and edits are idempotent and fed."""

import uuid

import pytest

from domain import problems
from domain import text_limits as limits
from tests.portal.conftest import ADMIN, KARI, assert_problem, sign_in
from tests.support import email_samples


@pytest.fixture
def kari_fresh(fresh_url):
    return sign_in(fresh_url, KARI)


def first_product(session):
    product = session.get("/v1/products").json()[0]
    return product, session.get(f"/v1/products/{product['id']}").headers["ETag"]


def patch(session, product_id, body, etag, key=None):
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    if etag is not None:
        headers["If-Match"] = etag
    return session.patch(f"/v1/products/{product_id}", json=body, headers=headers)


def test_the_demo_products_have_their_data_in_parts(kari):
    product, _ = first_product(kari)
    assert product["building"] and product["floor"] and product["room"]
    assert product["location"] == f"{product['building']}, {product['floor']}, {product['room']}"
    assert product["cost_centre"] and product["internal_name"]


def test_an_edit_based_on_the_current_etag_is_applied_and_fed(kari_fresh):
    feed_cursor = kari_fresh.get("/v1/changes", params={"limit": 1000}).json()
    while feed_cursor["has_more"]:
        feed_cursor = kari_fresh.get("/v1/changes", params={"cursor": feed_cursor["cursor"], "limit": 1000}).json()
    product, etag = first_product(kari_fresh)
    answer = patch(kari_fresh, product["id"], {"building": "Bygg C", "floor": "1. etasje", "room": " resepsjonen ",
                                               "cost_centre": "4900 Felles", "internal_name": "Skriveren i resepsjonen"},
                   etag)
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert changed["location"] == "Bygg C, 1. etasje, resepsjonen" and changed["room"] == "resepsjonen"
    assert (changed["cost_centre"], changed["internal_name"]) == ("4900 Felles", "Skriveren i resepsjonen")
    assert changed["version"] == product["version"] + 1 and changed["contact_name"] == product["contact_name"]
    assert answer.headers["ETag"] == f'"{changed["version"]}"' != etag
    assert kari_fresh.get(f"/v1/products/{product['id']}").json() == changed
    page = kari_fresh.get("/v1/changes", params={"cursor": feed_cursor["cursor"]}).json()
    assert page["changes"] == [{"entity": "product", "op": "upsert", "id": product["id"], "data": changed}]


def test_a_product_moves_to_another_site_of_the_account(kari_fresh):
    product, etag = first_product(kari_fresh)
    other = next(s for s in kari_fresh.get("/v1/sites").json() if s["id"] != product["site"]["id"])
    answer = patch(kari_fresh, product["id"], {"site_id": other["id"]}, etag)
    assert answer.status_code == 200, answer.text
    assert answer.json()["site"] == other and answer.json()["location"] == product["location"]


def test_an_edit_based_on_an_old_etag_is_a_conflict_and_changes_nothing(kari_fresh):
    product, etag = first_product(kari_fresh)
    first = patch(kari_fresh, product["id"], {"contact_name": "Ingrid Berg"}, etag)
    assert first.status_code == 200
    stale = patch(kari_fresh, product["id"], {"contact_name": "Lars Johansen"}, etag)
    assert_problem(stale, 412, problems.CONFLICT_ETAG)
    assert stale.headers["ETag"] == first.headers["ETag"]
    assert kari_fresh.get(f"/v1/products/{product['id']}").json()["contact_name"] == "Ingrid Berg"


def test_without_if_match_an_edit_is_refused_and_changes_nothing(kari):
    product, _ = first_product(kari)
    assert_problem(patch(kari, product["id"], {"room": "Kjelleren"}, None), 428, problems.PRECONDITION_REQUIRED)
    assert kari.get(f"/v1/products/{product['id']}").json() == product


def test_a_no_op_keeps_the_version_and_a_cleared_field_is_a_change(kari_fresh):
    product, etag = first_product(kari_fresh)
    same = patch(kari_fresh, product["id"], {"room": product["room"], "building": f" {product['building']} "}, etag)
    assert same.status_code == 200 and same.json()["version"] == product["version"]
    cleared = patch(kari_fresh, product["id"], {"contact_email": "", "floor": ""}, "*")
    assert cleared.json()["contact_email"] == "" and cleared.json()["version"] == product["version"] + 1
    assert cleared.json()["location"] == f"{product['building']}, {product['room']}"


REFUSALS = [
    ({"site_id": "no-such-site"}, "site_id", problems.PRODUCT_SITE_UNKNOWN),
    ({"building": " ", "floor": "", "room": ""}, "room", problems.PRODUCT_LOCATION_MISSING),
    ({"contact_email": "kari@example"}, "contact_email", problems.EMAIL_INVALID),
    ({"contact_name": "Kari\x00Nordmann"}, "contact_name", problems.TEXT_CONTROL_CHARACTER),
    ({"internal_name": "Printer\x07"}, "internal_name", problems.TEXT_CONTROL_CHARACTER),
    ({"cost_centre": "x" * (limits.MAX_COST_CENTRE + 1)}, "cost_centre", problems.VALIDATION_FAILED),
    ({"internal_name": "x" * (limits.MAX_INTERNAL_NAME + 1)}, "internal_name", problems.VALIDATION_FAILED),
    ({"building": "x" * (limits.MAX_LOCATION_PART + 1)}, "building", problems.VALIDATION_FAILED),
    ({"floor": "x" * (limits.MAX_LOCATION_PART + 1)}, "floor", problems.VALIDATION_FAILED),
    ({"room": "x" * (limits.MAX_LOCATION_PART + 1)}, "room", problems.VALIDATION_FAILED),
    ({"contact_name": "x" * (limits.MAX_CONTACT_NAME + 1)}, "contact_name", problems.VALIDATION_FAILED),
    ({"contact_email": "x" * (limits.MAX_EMAIL + 1)}, "contact_email", problems.VALIDATION_FAILED),
    ({"location": "Bygg C"}, "location", problems.VALIDATION_FAILED),  # composed, not sent
]


@pytest.mark.parametrize("body, field, code", REFUSALS, ids=[f"{f}-{c}" for _, f, c in REFUSALS])
def test_every_field_refusal_has_its_code_and_changes_nothing(kari, body, field, code):
    product, etag = first_product(kari)
    problem = assert_problem(patch(kari, product["id"], body, etag), 422, code)
    assert [e["field"] for e in problem["errors"]] == [field]
    if code != problems.VALIDATION_FAILED:
        assert [e["code"] for e in problem["errors"]] == [code]
    assert kari.get(f"/v1/products/{product['id']}").json() == product


def test_several_refused_fields_are_validation_failed_with_each_code(kari):
    product, etag = first_product(kari)
    problem = assert_problem(patch(kari, product["id"], {"site_id": "nowhere", "contact_email": "a@b"}, etag), 422,
                             problems.VALIDATION_FAILED)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [
        ("site_id", problems.PRODUCT_SITE_UNKNOWN), ("contact_email", problems.EMAIL_INVALID)]


@pytest.mark.parametrize("typed", email_samples.INVALID)
def test_a_contact_e_mail_is_judged_by_the_shared_rule(kari, typed):
    product, etag = first_product(kari)
    problem = assert_problem(patch(kari, product["id"], {"contact_email": typed}, etag), 422, problems.EMAIL_INVALID)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [("contact_email", problems.EMAIL_INVALID)]


def test_every_good_contact_e_mail_is_taken_trimmed(kari_fresh):
    product, _ = first_product(kari_fresh)
    for typed in email_samples.GOOD:
        answer = patch(kari_fresh, product["id"], {"contact_email": typed}, "*")
        assert answer.status_code == 200, answer.text
        assert answer.json()["contact_email"] == typed.strip()


def test_a_patch_needs_a_key_and_a_visible_product(kari, ola):
    product, etag = first_product(kari)
    assert_problem(kari.patch(f"/v1/products/{product['id']}", json={"room": "x"}, headers={"If-Match": etag}), 400,
                   problems.IDEMPOTENCY_KEY_MISSING)
    for headers_etag in (etag, None):  # not assigned to Ola: 404, whether or not the edit says its version
        answer = patch(ola, product["id"], {"room": "x"}, headers_etag)
        assert_problem(answer, 404, problems.NOT_FOUND)
        assert product["id"] not in answer.text and product["serial"] not in answer.text


def test_a_repeated_patch_replays_the_answer_with_its_etag(fresh_url):
    admin = sign_in(fresh_url, ADMIN)
    product, etag = first_product(admin)
    key = str(uuid.uuid4())
    first = patch(admin, product["id"], {"room": "Lager, kjeller"}, etag, key)
    again = patch(admin, product["id"], {"room": "Lager, kjeller"}, etag, key)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content and again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert admin.get(f"/v1/products/{product['id']}").json()["version"] == product["version"] + 1
