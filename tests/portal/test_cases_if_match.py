"""The case e-mail toggle (PATCH /v1/cases/{id}) is guarded by the case's version like a product edit: If-Match with a
stale version is 412 with the current ETag and changes nothing; a repeat of the same request replays its answer."""

from __future__ import annotations

import uuid

import pytest

from domain import problems
from tests.portal.conftest import KARI, OLA, assert_problem, sign_in


@pytest.fixture
def people(fresh_url):
    return {"kari": sign_in(fresh_url, KARI), "ola": sign_in(fresh_url, OLA),
            "agent": sign_in(fresh_url, "agent@vendor.example")}


@pytest.fixture
def case(people) -> dict:
    kari = people["kari"]
    product = kari.get("/v1/products").json()[0]
    body = {"id": str(uuid.uuid4()), "type": "support", "product_id": product["id"], "category": "paper_jam",
            "subject": "Papirstopp i skuff 1", "description": "Stopper hver morgen.", "email_updates": True}
    answer = kari.post_idem("/v1/cases", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def toggle(session, case_id: str, on: bool, if_match: str | None = None, key: str | None = None):
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    if if_match is not None:
        headers["If-Match"] = if_match
    return session.patch(f"/v1/cases/{case_id}", json={"email_updates": on}, headers=headers)


def test_get_gives_the_version_as_etag_and_a_matching_patch_applies(people, case):
    kari = people["kari"]
    got = kari.get(f"/v1/cases/{case['id']}")
    assert got.headers["ETag"] == '"1"' and got.json()["version"] == 1
    patched = toggle(kari, case["id"], False, if_match=got.headers["ETag"])
    assert patched.status_code == 200, patched.text
    assert patched.json()["email_updates"] is False and patched.json()["version"] == 2
    assert patched.headers["ETag"] == '"2"'


@pytest.mark.parametrize("if_match", ['W/"1"', "1", "*", '"7", "1"'])
def test_other_spellings_of_the_current_version_match(people, case, if_match):
    patched = toggle(people["kari"], case["id"], False, if_match=if_match)
    assert patched.status_code == 200 and patched.json()["email_updates"] is False, patched.text


@pytest.mark.parametrize("if_match", ['"2"', '"0"', "garbage", '""'])
def test_a_stale_or_wrong_version_is_412_and_changes_nothing(people, case, if_match):
    kari = people["kari"]
    refused = toggle(kari, case["id"], False, if_match=if_match)
    body = assert_problem(refused, 412, problems.CONFLICT_ETAG)
    assert refused.headers["ETag"] == '"1"' and "version 1" in body["detail"]
    after = kari.get(f"/v1/cases/{case['id']}").json()
    assert after["email_updates"] is True and after["version"] == 1


def test_an_agent_change_in_between_makes_the_old_etag_stale(people, case):
    kari, agent = people["kari"], people["agent"]
    etag = kari.get(f"/v1/cases/{case['id']}").headers["ETag"]
    assert agent.post_idem(f"/v1/agent/cases/{case['id']}/actions", json={"action": "start"}).status_code == 200
    refused = toggle(kari, case["id"], False, if_match=etag)
    assert_problem(refused, 412, problems.CONFLICT_ETAG)
    assert refused.headers["ETag"] == '"2"'
    assert toggle(kari, case["id"], False, if_match=refused.headers["ETag"]).status_code == 200


def test_without_if_match_the_choice_applies_and_the_same_choice_keeps_the_version(people, case):
    kari = people["kari"]
    first = toggle(kari, case["id"], False)
    assert first.status_code == 200 and first.json()["version"] == 2 and first.headers["ETag"] == '"2"'
    same = toggle(kari, case["id"], False, if_match='"2"')
    assert same.status_code == 200 and same.json()["version"] == 2


def test_a_repeated_request_replays_its_first_answer_even_after_the_version_moved(people, case):
    kari = people["kari"]
    key = str(uuid.uuid4())
    first = toggle(kari, case["id"], False, if_match='"1"', key=key)
    assert first.status_code == 200
    again = toggle(kari, case["id"], False, if_match='"1"', key=key)
    assert again.status_code == 200 and again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    refused_key = str(uuid.uuid4())
    stale = toggle(kari, case["id"], True, if_match='"1"', key=refused_key)
    assert_problem(stale, 412, problems.CONFLICT_ETAG)
    assert_problem(toggle(kari, case["id"], True, if_match='"1"', key=refused_key), 412, problems.CONFLICT_ETAG)


def test_another_customers_case_is_404_not_412(people, case):
    ola = people["ola"]
    assert_problem(toggle(ola, case["id"], False, if_match='"1"'), 404, problems.NOT_FOUND)
    assert_problem(toggle(ola, case["id"], False, if_match='"9"'), 404, problems.NOT_FOUND)
    assert_problem(ola.get(f"/v1/cases/{case['id']}"), 404, problems.NOT_FOUND)


def test_an_overlong_if_match_is_a_validation_problem(people, case):
    assert_problem(toggle(people["kari"], case["id"], False, if_match="x" * 201), 422, problems.VALIDATION_FAILED)
