"""Meter readings over HTTP: the history, and every reason a reading is refused, each with its stable code."""

import uuid
from datetime import date, timedelta

import pytest

from domain import clock, problems
from domain.meter import MAX_COUNTER_VALUE
from tests.portal.conftest import ADMIN, assert_problem, next_values, sign_in


def colour_product(session):
    return next(p for p in session.get("/v1/products").json() if p["family"] == "A3 colour MFP")


def last_reading(session, product):
    return session.get(f"/v1/products/{product['id']}/meter-readings").json()[0]


def post(session, product, values, day=None, reading_id=None, key=None):
    body = {"reading_date": (day or clock.today()).isoformat(), "values": values}
    if reading_id:
        body["id"] = reading_id
    return session.post_idem(f"/v1/products/{product['id']}/meter-readings", json=body, key=key)


def test_the_history_is_two_years_monthly_newest_first_ending_last_month(admin):
    product = colour_product(admin)
    history = admin.get(f"/v1/products/{product['id']}/meter-readings").json()
    assert len(history) == 24
    days = [date.fromisoformat(r["reading_date"]) for r in history]
    assert days == sorted(days, reverse=True)
    first_of_this_month = clock.today().replace(day=1)
    assert first_of_this_month - timedelta(days=31) <= days[0] < first_of_this_month
    totals = [r["values"]["total"] for r in reversed(history)]
    assert totals == sorted(totals) and len(set(totals)) == 24
    assert all(r["values"]["total"] == r["values"]["bw"] + r["values"]["colour"] for r in history)
    assert {r["status"] for r in history} <= {"accepted", "estimated"}


def test_a_valid_reading_is_accepted(fresh_url):
    session = sign_in(fresh_url, "kari@example.no")
    product = session.get("/v1/products").json()[0]
    values = next_values(product, last_reading(session, product))
    reading_id = str(uuid.uuid4())
    answer = post(session, product, values, reading_id=reading_id)
    assert answer.status_code == 201, answer.text
    stored = answer.json()
    assert stored["id"] == reading_id and stored["values"] == values and stored["status"] == "accepted"
    assert stored["submitted_by"] == "kari@example.no" and stored["reading_date"] == clock.today().isoformat()
    assert last_reading(session, product) == stored


def test_the_same_reading_id_with_the_same_content_is_answered_not_stored_twice(fresh_url):
    session = sign_in(fresh_url, ADMIN)
    product = colour_product(session)
    values = next_values(product, last_reading(session, product))
    reading_id = str(uuid.uuid4())
    first = post(session, product, values, reading_id=reading_id)
    again = post(session, product, values, reading_id=reading_id)  # a new Idempotency-Key: the second safety net
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json() and "Idempotent-Replayed" not in again.headers
    changed = dict(values, total=values["total"] + 1, bw=values["bw"] + 1)
    body = assert_problem(post(session, product, changed, reading_id=reading_id), 422, problems.VALIDATION_FAILED)
    assert body["errors"][0]["field"] == "id"
    assert len(session.get(f"/v1/products/{product['id']}/meter-readings").json()) == 25


def test_a_lower_counter_is_refused(admin):
    product = colour_product(admin)
    last = last_reading(admin, product)
    values = dict(next_values(product, last), bw=last["values"]["bw"] - 1)
    body = assert_problem(post(admin, product, values), 422, problems.METER_READING_DECREASED)
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("values.bw", problems.METER_READING_DECREASED)]
    assert str(last["values"]["bw"]) in body["detail"]


def test_a_second_reading_on_the_same_oslo_day_is_refused(fresh_url):
    session = sign_in(fresh_url, ADMIN)
    product = colour_product(session)
    last = last_reading(session, product)
    assert post(session, product, next_values(product, last)).status_code == 201
    body = assert_problem(post(session, product, next_values(product, last, rise=500)), 422,
                          problems.METER_ALREADY_SUBMITTED_TODAY)
    assert body["errors"][0]["field"] == "reading_date"


def test_a_day_that_already_has_a_reading_is_refused(admin):
    product = colour_product(admin)
    last = last_reading(admin, product)
    answer = post(admin, product, last["values"], day=date.fromisoformat(last["reading_date"]))
    assert_problem(answer, 422, problems.METER_ALREADY_SUBMITTED_TODAY)


def test_an_unknown_counter_is_refused(admin):
    product = colour_product(admin)
    values = dict(next_values(product, last_reading(admin, product)), large_format_m2=5)
    body = assert_problem(post(admin, product, values), 422, problems.METER_UNKNOWN_COUNTER)
    assert [e["field"] for e in body["errors"]] == ["values.large_format_m2"]


def test_a_missing_counter_is_refused(admin):
    product = colour_product(admin)
    values = next_values(product, last_reading(admin, product))
    del values["colour"]
    body = assert_problem(post(admin, product, values), 422, problems.METER_MISSING_COUNTER)
    assert [e["field"] for e in body["errors"]] == ["values.colour"]


@pytest.mark.parametrize("bad", ["abc", -1, 1.5, True, 10**15, None, [1], {"n": 1}, "12", MAX_COUNTER_VALUE + 1])
def test_a_value_that_is_no_whole_number_in_range_is_refused(admin, bad):
    product = colour_product(admin)
    values = dict(next_values(product, last_reading(admin, product)), colour=bad)
    body = assert_problem(post(admin, product, values), 422, problems.METER_INVALID_VALUE)
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("values.colour", problems.METER_INVALID_VALUE)]


def test_a_huge_float_literal_is_an_invalid_value_not_a_crash(admin):
    product = colour_product(admin)
    values = next_values(product, last_reading(admin, product))
    raw = ('{"reading_date": "%s", "values": {"total": %d, "bw": %d, "colour": 1e999}}'
           % (clock.today().isoformat(), values["total"], values["bw"]))
    answer = admin.post(f"/v1/products/{product['id']}/meter-readings", data=raw,
                        headers={"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"})
    assert_problem(answer, 422, problems.METER_INVALID_VALUE)


def test_a_future_date_is_refused(admin):
    product = colour_product(admin)
    values = next_values(product, last_reading(admin, product))
    body = assert_problem(post(admin, product, values, day=clock.today() + timedelta(days=1)), 422,
                          problems.METER_FUTURE_DATE)
    assert body["errors"][0]["field"] == "reading_date"


def test_every_problem_is_listed_and_the_first_blocker_names_the_answer(admin):
    product = colour_product(admin)
    last = last_reading(admin, product)
    values = {"total": last["values"]["total"] - 5, "bw": "x", "toner": 3}
    # the shared rules check the counters sent, in order, before the order of values: "bw" is the first blocker
    body = assert_problem(post(admin, product, values), 422, problems.METER_INVALID_VALUE)
    assert sorted((e["field"], e["code"]) for e in body["errors"]) == [
        ("values.bw", problems.METER_INVALID_VALUE),
        ("values.colour", problems.METER_MISSING_COUNTER),
        ("values.toner", problems.METER_UNKNOWN_COUNTER),
        ("values.total", problems.METER_READING_DECREASED),
    ]


@pytest.mark.parametrize("body, field", [
    ({"reading_date": "yesterday", "values": {"total": 1}}, "reading_date"),
    ({"values": {"total": 1}}, "reading_date"),
    ({"reading_date": "2024-01-01", "values": [1, 2]}, "values"),
    ({"reading_date": "2024-01-01", "values": {"total": 1}, "id": "x" * 65}, "id"),
])
def test_a_malformed_body_is_a_validation_problem(admin, body, field):
    product = colour_product(admin)
    answer = admin.post_idem(f"/v1/products/{product['id']}/meter-readings", json=body)
    problem = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert [e["field"] for e in problem["errors"]] == [field]


def test_a_body_that_is_not_json_is_a_validation_problem(admin):
    product = colour_product(admin)
    answer = admin.post(f"/v1/products/{product['id']}/meter-readings", data=b"{not json",
                        headers={"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"})
    assert_problem(answer, 422, problems.VALIDATION_FAILED)
