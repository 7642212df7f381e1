"""The caller's own e-mail updates default (`PATCH /v1/me`): new cases that leave `email_updates` out take it, a
case's own choice wins, other users keep theirs, the write is idempotent, bad bodies are 422 problems, and a portal
database from before the column existed gains it at start-up.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from domain import problems
from portal.app import create_app
from portal.db import sqlite_url
from tests.portal.conftest import KARI, assert_problem, sign_in
from tests.portal.test_changes import pull
from tests.portal.test_cases import TUESDAY_MORNING, CasePortal, Clock, first_product, open_case, support_case
from tests.support.portal_server import serve_app


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[CasePortal]:
    clock = Clock(TUESDAY_MORNING)
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=clock, access_ttl_seconds=400 * 86400)
    with serve_app(app) as url:
        yield CasePortal(url, app, clock)


def patch_me(session, body, key: str | None = None):
    return session.patch("/v1/me", json=body, headers={"Idempotency-Key": key or str(uuid.uuid4())})


def without_flag(product_id: str) -> dict:
    body = support_case(product_id)
    del body["email_updates"]
    return body


def agent_replies(portal: CasePortal, case_id: str) -> None:
    answer = portal.agent.post_idem(f"/v1/agent/cases/{case_id}/messages",
                                    json={"id": str(uuid.uuid4()), "body": "Hei"})
    assert answer.status_code == 201, answer.text


def test_the_default_is_on_and_a_case_without_the_flag_sends_mail(portal):
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is True
    case = open_case(portal.kari, without_flag(first_product(portal.kari)["id"]))
    assert case["email_updates"] is True
    agent_replies(portal, case["id"])
    assert [(m.to_address, m.reason) for m in portal.mail()] == [(KARI, "agent_reply")]


def test_default_off_makes_new_cases_without_the_flag_quiet(portal):
    answer = patch_me(portal.kari, {"email_updates_default": False})
    assert answer.status_code == 200, answer.text
    me = answer.json()
    assert me["email_updates_default"] is False and me["user"]["email"] == KARI
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is False
    case = open_case(portal.kari, without_flag(first_product(portal.kari)["id"]))
    assert case["email_updates"] is False
    agent_replies(portal, case["id"])
    assert portal.mail() == []


def test_a_cases_own_choice_wins_over_the_default(portal):
    assert patch_me(portal.kari, {"email_updates_default": False}).status_code == 200
    product_id = first_product(portal.kari)["id"]
    loud = open_case(portal.kari, support_case(product_id, email_updates=True))
    assert loud["email_updates"] is True
    agent_replies(portal, loud["id"])
    assert [m.reason for m in portal.mail()] == ["agent_reply"]
    assert patch_me(portal.kari, {"email_updates_default": True}).status_code == 200
    quiet = open_case(portal.kari, support_case(product_id, email_updates=False))
    assert quiet["email_updates"] is False


def test_another_users_default_is_untouched(portal):
    assert patch_me(portal.kari, {"email_updates_default": False}).status_code == 200
    assert portal.ola.get("/v1/me").json()["email_updates_default"] is True
    assert portal.admin.get("/v1/me").json()["email_updates_default"] is True
    case = open_case(portal.ola, without_flag(first_product(portal.ola)["id"]))
    assert case["email_updates"] is True


@pytest.mark.parametrize("body", [{}, {"email_updates_default": "maybe"}, {"email_updates_default": None},
                                  {"email_updates_default": [True]}])
def test_a_bad_body_is_a_422_problem_and_changes_nothing(portal, body):
    problem = assert_problem(patch_me(portal.kari, body), 422, problems.VALIDATION_FAILED)
    fields = {e["field"] for e in problem["errors"]}
    assert fields == {"body"} if body == {} else "email_updates_default" in fields  # {}: nothing to change
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is True


def test_the_key_is_required_like_on_every_write(portal):
    assert_problem(portal.kari.patch("/v1/me", json={"email_updates_default": False}), 400,
                   problems.IDEMPOTENCY_KEY_MISSING)
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is True


def test_a_replay_answers_the_stored_me_and_a_reused_key_with_another_body_is_refused(portal):
    key = str(uuid.uuid4())
    first = patch_me(portal.kari, {"email_updates_default": False}, key)
    assert first.status_code == 200
    assert patch_me(portal.kari, {"email_updates_default": True}).status_code == 200
    replay = patch_me(portal.kari, {"email_updates_default": False}, key)
    assert replay.status_code == 200 and replay.json() == first.json()
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is True, "a replay does not write again"
    assert_problem(patch_me(portal.kari, {"email_updates_default": True}, key), 422, problems.IDEMPOTENCY_KEY_REUSED)


def test_an_agent_has_a_default_of_their_own_too(portal):
    answer = patch_me(portal.agent, {"email_updates_default": False})
    assert answer.status_code == 200 and answer.json()["email_updates_default"] is False
    assert portal.kari.get("/v1/me").json()["email_updates_default"] is True


def test_a_database_from_before_the_column_gains_it_on_start(tmp_path):
    path = tmp_path / "old.sqlite"
    with serve_app(create_app(sqlite_url(path), demo=True)):
        pass
    with sqlite3.connect(path) as old:
        old.execute("ALTER TABLE users DROP COLUMN email_updates_default")
        assert "email_updates_default" not in {row[1] for row in old.execute("PRAGMA table_info(users)")}
    old.close()
    with serve_app(create_app(sqlite_url(path), demo=True)) as url:
        kari = sign_in(url, KARI)
        assert kari.get("/v1/me").json()["email_updates_default"] is True
        assert patch_me(kari, {"email_updates_default": False}).json()["email_updates_default"] is False


def test_a_change_of_the_default_is_in_the_callers_feed_alone(portal):
    cursors = {name: pull(getattr(portal, name))[2] for name in ("kari", "ola", "admin")}
    assert patch_me(portal.kari, {"email_updates_default": False}).status_code == 200
    found = pull(portal.kari, cursors["kari"])[0]
    assert [(c["entity"], c["op"], c["data"]["email_updates_default"], c["data"]["user"]["email"])
            for c in found] == [("me", "upsert", False, KARI)]
    for other in ("ola", "admin"):  # not even the administrator sees another user's preferences
        assert [c for c in pull(getattr(portal, other), cursors[other])[0] if c["entity"] == "me"] == []
    assert patch_me(portal.admin, {"email_updates_default": False}).status_code == 200
    assert [c["entity"] for c in pull(portal.admin, cursors["admin"])[0]] == ["me"]
    assert [c for c in pull(portal.kari, cursors["kari"])[0] if c["data"]["user"]["email"] != KARI] == []
