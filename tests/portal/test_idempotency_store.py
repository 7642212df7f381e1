"""The idempotency store on its own: fingerprints, claims left behind, and the 90-day purge."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select
from starlette.responses import Response

from domain import problems
from portal import idempotency
from portal.db import Store, idempotency_keys
from portal.idempotency import IdempotentRequest, fingerprint
from portal.problems import ProblemError

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'idem.sqlite'}")
    store.create_schema()
    yield store
    store.dispose()


def put(store, key, state, created_at, fp="f" * 64):
    with store.write() as conn:
        conn.execute(insert(idempotency_keys).values(user_id="u", key=key, fingerprint=fp, state=state,
                                                     created_at=created_at.isoformat(timespec="microseconds"),
                                                     status_code=201 if state == "completed" else None,
                                                     body=b"{}" if state == "completed" else None,
                                                     headers_json="{}" if state == "completed" else None))


def keys(store):
    with store.read() as conn:
        return {row.key: row.state for row in conn.execute(select(idempotency_keys))}


def test_the_fingerprint_ignores_json_spacing_and_key_order_but_not_content():
    base = fingerprint("POST", "/v1/x", b'{"a": 1, "b": [1, 2]}')
    assert base == fingerprint("post", "/v1/x", b'{"b":[1,2],"a":1}')
    assert base != fingerprint("POST", "/v1/y", b'{"a": 1, "b": [1, 2]}')
    assert base != fingerprint("PATCH", "/v1/x", b'{"a": 1, "b": [1, 2]}')
    assert base != fingerprint("POST", "/v1/x", b'{"a": 1, "b": [2, 1]}')
    assert fingerprint("POST", "/v1/x", b"not json") != fingerprint("POST", "/v1/x", b"not json!")


def test_a_claim_held_by_a_running_request_answers_409(store):
    put(store, "k", "in_progress", NOW - timedelta(seconds=5))
    with pytest.raises(ProblemError) as raised:
        idempotency.run(store, user_id="u", request=IdempotentRequest("k", "f" * 64), now=NOW,
                        work=lambda conn: Response(status_code=201))
    assert raised.value.status == 409 and raised.value.code == problems.IDEMPOTENCY_IN_PROGRESS


def test_a_claim_left_behind_by_a_dead_request_is_taken_over(store):
    put(store, "k", "in_progress", NOW - idempotency.STALE_AFTER - timedelta(seconds=1))
    answer = idempotency.run(store, user_id="u", request=IdempotentRequest("k", "f" * 64), now=NOW,
                             work=lambda conn: Response(b"done", status_code=201))
    assert answer.status_code == 201 and keys(store) == {"k": "completed"}


def test_a_refusal_inside_the_work_rolls_its_writes_back_but_is_stored(store):
    def work(conn):
        put_inside = insert(idempotency_keys).values(user_id="other", key="x", fingerprint="", state="completed",
                                                     created_at=NOW.isoformat())
        conn.execute(put_inside)
        raise ProblemError(422, problems.VALIDATION_FAILED, "no")

    answer = idempotency.run(store, user_id="u", request=IdempotentRequest("k", "f" * 64), now=NOW, work=work)
    assert answer.status_code == 422 and keys(store) == {"k": "completed"}


def test_a_crash_inside_the_work_releases_the_claim(store):
    def work(conn):
        raise OSError("disk full (test)")

    with pytest.raises(OSError):
        idempotency.run(store, user_id="u", request=IdempotentRequest("k", "f" * 64), now=NOW, work=work)
    assert keys(store) == {}


def test_purge_forgets_keys_after_90_days_and_every_claim(store):
    put(store, "old", "completed", NOW - timedelta(days=91))
    put(store, "kept", "completed", NOW - timedelta(days=89))
    put(store, "claim", "in_progress", NOW - timedelta(seconds=1))
    with store.write() as conn:
        idempotency.purge(conn, NOW)
    assert keys(store) == {"kept": "completed"}
