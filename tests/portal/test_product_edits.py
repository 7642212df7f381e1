"""Editing a product's location and contact: If-Match guards against lost updates; edits are idempotent and fed."""

import uuid

import pytest

from domain import problems
from tests.portal.conftest import ADMIN, KARI, assert_problem, sign_in
from tests.support import email_samples


@pytest.fixture
def kari_fresh(fresh_url):
    return sign_in(fresh_url, KARI)


def first_product(session):
    product = session.get("/v1/products").json()[0]
    return product, session.get(f"/v1/products/{product['id']}").headers["ETag"]


def test_an_edit_based_on_the_current_etag_is_applied_and_fed(kari_fresh):
    feed_cursor = kari_fresh.get("/v1/changes", params={"limit": 1000}).json()
    while feed_cursor["has_more"]:
        feed_cursor = kari_fresh.get("/v1/changes", params={"cursor": feed_cursor["cursor"], "limit": 1000}).json()
    product, etag = first_product(kari_fresh)
    answer = kari_fresh.patch(f"/v1/products/{product['id']}", json={"location": "Bygg C, 1. etasje, resepsjon"},
                              headers={"If-Match": etag, "Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert changed["location"] == "Bygg C, 1. etasje, resepsjon" and changed["version"] == product["version"] + 1
    assert answer.headers["ETag"] == f'"{changed["version"]}"' != etag
    assert changed["contact_name"] == product["contact_name"]
    assert kari_fresh.get(f"/v1/products/{product['id']}").json() == changed
    page = kari_fresh.get("/v1/changes", params={"cursor": feed_cursor["cursor"]}).json()
    assert page["changes"] == [{"entity": "product", "op": "upsert", "id": product["id"], "data": changed}]


def test_an_edit_based_on_an_old_etag_is_a_conflict_and_changes_nothing(kari_fresh):
    product, etag = first_product(kari_fresh)
    first = kari_fresh.patch(f"/v1/products/{product['id']}", json={"contact_name": "Ingrid Berg"},
                             headers={"If-Match": etag, "Idempotency-Key": str(uuid.uuid4())})
    assert first.status_code == 200
    stale = kari_fresh.patch(f"/v1/products/{product['id']}", json={"contact_name": "Lars Johansen"},
                             headers={"If-Match": etag, "Idempotency-Key": str(uuid.uuid4())})
    assert_problem(stale, 412, problems.CONFLICT_ETAG)
    assert stale.headers["ETag"] == first.headers["ETag"]
    assert kari_fresh.get(f"/v1/products/{product['id']}").json()["contact_name"] == "Ingrid Berg"


def test_without_if_match_the_edit_applies_and_a_no_op_keeps_the_version(kari_fresh):
    product, _ = first_product(kari_fresh)
    same = kari_fresh.patch(f"/v1/products/{product['id']}", json={"location": product["location"]},
                            headers={"Idempotency-Key": str(uuid.uuid4())})
    assert same.status_code == 200 and same.json()["version"] == product["version"]
    cleared = kari_fresh.patch(f"/v1/products/{product['id']}", json={"contact_email": ""},
                               headers={"Idempotency-Key": str(uuid.uuid4()), "If-Match": "*"})
    assert cleared.json()["contact_email"] == "" and cleared.json()["version"] == product["version"] + 1


@pytest.mark.parametrize("body, field", [({"contact_email": "not-an-address"}, "contact_email"),
                                         ({"location": "   "}, "location"), ({"location": "x" * 201}, "location")])
def test_invalid_fields_are_refused(kari, body, field):
    product, _ = first_product(kari)
    answer = kari.patch(f"/v1/products/{product['id']}", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
    problem = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert [e["field"] for e in problem["errors"]] == [field]


@pytest.mark.parametrize("typed", email_samples.INVALID)
def test_a_contact_e_mail_is_judged_by_the_shared_rule(kari, typed):
    product, _ = first_product(kari)
    answer = kari.patch(f"/v1/products/{product['id']}", json={"contact_email": typed},
                        headers={"Idempotency-Key": str(uuid.uuid4())})
    problem = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [("contact_email", problems.EMAIL_INVALID)]


def test_every_good_contact_e_mail_is_taken_trimmed(kari_fresh):
    product, _ = first_product(kari_fresh)
    for typed in email_samples.GOOD:
        answer = kari_fresh.patch(f"/v1/products/{product['id']}", json={"contact_email": typed},
                                  headers={"Idempotency-Key": str(uuid.uuid4())})
        assert answer.status_code == 200, answer.text
        assert answer.json()["contact_email"] == typed.strip()


def test_a_patch_needs_a_key_and_a_visible_product(kari, ola):
    product, _ = first_product(kari)
    assert_problem(kari.patch(f"/v1/products/{product['id']}", json={"location": "x"}), 400,
                   problems.IDEMPOTENCY_KEY_MISSING)
    answer = ola.patch(f"/v1/products/{product['id']}", json={"location": "x"},
                       headers={"Idempotency-Key": str(uuid.uuid4())})
    assert_problem(answer, 404, problems.NOT_FOUND)


def test_a_repeated_patch_replays_the_answer_with_its_etag(fresh_url):
    admin = sign_in(fresh_url, ADMIN)
    product, etag = first_product(admin)
    headers = {"If-Match": etag, "Idempotency-Key": str(uuid.uuid4())}
    first = admin.patch(f"/v1/products/{product['id']}", json={"location": "Lager, kjeller"}, headers=headers)
    again = admin.patch(f"/v1/products/{product['id']}", json={"location": "Lager, kjeller"}, headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content and again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert admin.get(f"/v1/products/{product['id']}").json()["version"] == product["version"] + 1
