"""Idempotency keys over HTTP: missing, replayed, reused with another body, in progress, and retried after a 5xx."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from domain import clock, problems
from portal.app import create_app
from portal.db import sqlite_url
from tests.portal.conftest import ADMIN, KARI, assert_problem, next_values, sign_in
from tests.support.portal_server import serve_app


def reading_body(session, product=None, rise=100):
    product = product or session.get("/v1/products").json()[0]
    last = session.get(f"/v1/products/{product['id']}/meter-readings").json()[0]
    return product, {"reading_date": clock.today().isoformat(), "values": next_values(product, last, rise)}


def readings_of(session, product):
    return session.get(f"/v1/products/{product['id']}/meter-readings").json()


def path_of(product):
    return f"/v1/products/{product['id']}/meter-readings"


@pytest.fixture
def hooked(tmp_path):
    """A fresh portal whose `before_work` hook the test sets: it runs after a key is claimed, before the work."""
    app = create_app(sqlite_url(tmp_path / "hooked.sqlite"), demo=True)
    with serve_app(app) as url:
        yield app.state.portal, url


def test_a_post_without_a_key_is_refused_before_anything_happens(admin):
    product, body = reading_body(admin)
    answer = admin.post(path_of(product), json=body)
    problem = assert_problem(answer, 400, problems.IDEMPOTENCY_KEY_MISSING)
    assert problem["errors"][0]["field"] == "Idempotency-Key"
    assert len(readings_of(admin, product)) == 24


@pytest.mark.parametrize("key", ["", "k" * 256])
def test_an_empty_or_too_long_key_is_refused(admin, key):
    product, body = reading_body(admin)
    assert_problem(admin.post(path_of(product), json=body, headers={"Idempotency-Key": key}), 400,
                   problems.VALIDATION_FAILED if key else problems.IDEMPOTENCY_KEY_MISSING)


def test_a_key_of_255_characters_is_fine(fresh_url):
    session = sign_in(fresh_url, ADMIN)
    product, body = reading_body(session)
    assert session.post_idem(path_of(product), json=body, key="k" * 255).status_code == 201


def test_a_repeat_replays_the_first_answer_byte_for_byte(fresh_url):
    session = sign_in(fresh_url, KARI)
    product, body = reading_body(session)
    key = str(uuid.uuid4())
    first = session.post_idem(path_of(product), json=body, key=key)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    reordered = {"values": dict(reversed(list(body["values"].items()))), "reading_date": body["reading_date"]}
    for repeat_body in (body, reordered):
        again = session.post_idem(path_of(product), json=repeat_body, key=key)
        assert again.status_code == 201 and again.content == first.content
        assert again.headers["Idempotent-Replayed"] == "true"
        assert again.headers["Content-Type"] == first.headers["Content-Type"]
    assert len(readings_of(session, product)) == 25


def test_the_same_key_with_another_body_is_refused(fresh_url):
    session = sign_in(fresh_url, KARI)
    product, body = reading_body(session)
    key = str(uuid.uuid4())
    assert session.post_idem(path_of(product), json=body, key=key).status_code == 201
    other = dict(body, values={k: v + 1 for k, v in body["values"].items()})
    assert_problem(session.post_idem(path_of(product), json=other, key=key), 422, problems.IDEMPOTENCY_KEY_REUSED)
    other_product = session.get("/v1/products").json()[1]
    assert_problem(session.post_idem(path_of(other_product), json=body, key=key), 422,
                   problems.IDEMPOTENCY_KEY_REUSED)


def test_a_refusal_is_stored_and_replayed_too(admin):
    product, body = reading_body(admin)
    body["values"]["total"] = -1
    key = str(uuid.uuid4())
    first = admin.post_idem(path_of(product), json=body, key=key)
    again = admin.post_idem(path_of(product), json=body, key=key)
    assert_problem(first, 422, problems.METER_INVALID_VALUE)
    assert again.status_code == 422 and again.content == first.content
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Content-Type"].startswith("application/problem+json")


def test_keys_are_scoped_per_user(fresh_url):
    kari, admin = sign_in(fresh_url, KARI), sign_in(fresh_url, ADMIN)
    kari_product, kari_body = reading_body(kari)
    admin_product = next(p for p in admin.get("/v1/products").json() if p["id"] != kari_product["id"])
    _, admin_body = reading_body(admin, admin_product)
    key = str(uuid.uuid4())
    assert kari.post_idem(path_of(kari_product), json=kari_body, key=key).status_code == 201
    answer = admin.post_idem(path_of(admin_product), json=admin_body, key=key)
    assert answer.status_code == 201 and "Idempotent-Replayed" not in answer.headers


def test_a_repeat_while_the_first_is_still_running_gets_409(hooked):
    state, url = hooked
    session = sign_in(url, ADMIN)
    product, body = reading_body(session)
    entered, release = threading.Event(), threading.Event()

    def hold(_key):
        entered.set()
        assert release.wait(10)

    state.before_work = hold
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(session.post_idem, path_of(product), json=body, key=key)
        assert entered.wait(10)
        state.before_work = None
        busy = session.post_idem(path_of(product), json=body, key=key)
        release.set()
        done = first.result(timeout=10)
    assert_problem(busy, 409, problems.IDEMPOTENCY_IN_PROGRESS)
    assert busy.headers["Retry-After"] == "1"
    assert done.status_code == 201
    replay = session.post_idem(path_of(product), json=body, key=key)
    assert replay.content == done.content and replay.headers["Idempotent-Replayed"] == "true"


def test_a_retry_after_a_server_error_does_the_work(hooked):
    state, url = hooked
    session = sign_in(url, ADMIN)
    product, body = reading_body(session)

    def fail(_key):
        raise RuntimeError("database went away (test)")

    state.before_work = fail
    key = str(uuid.uuid4())
    failed = session.post_idem(path_of(product), json=body, key=key)
    problem = assert_problem(failed, 500, problems.INTERNAL_ERROR)
    assert "Traceback" not in failed.text and "went away" not in failed.text
    assert len(readings_of(session, product)) == 24
    state.before_work = None
    retried = session.post_idem(path_of(product), json=body, key=key)
    assert retried.status_code == 201 and "Idempotent-Replayed" not in retried.headers
    assert len(readings_of(session, product)) == 25
    assert problem["detail"]


def test_identical_requests_fired_at_once_do_the_work_once(fresh_url):
    session = sign_in(fresh_url, ADMIN)
    product, body = reading_body(session)
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: session.post_idem(path_of(product), json=body, key=key), range(8)))
    fresh = [a for a in answers if a.status_code == 201 and "Idempotent-Replayed" not in a.headers]
    assert len(fresh) == 1
    for answer in answers:
        assert answer.status_code in (201, 409), answer.text
        if answer.status_code == 201:
            assert answer.content == fresh[0].content
    assert len(readings_of(session, product)) == 25


def test_auth_posts_need_no_key(demo_url):
    assert sign_in(demo_url, KARI).tokens["access_token"]
