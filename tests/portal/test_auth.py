"""Sign-in, refresh rotation, sign-out and token expiry, over HTTP."""

import time

import pytest

from domain import problems
from tests.portal.conftest import ADMIN, KARI, PASSWORD, PortalSession, assert_problem, sign_in
from tests.support.portal_server import running_portal


def test_good_credentials_give_a_token_pair_that_opens_me(demo_url):
    session = sign_in(demo_url, KARI)
    assert session.tokens["token_type"] == "Bearer" and session.tokens["expires_in"] == 900
    me = session.get("/v1/me").json()
    assert me["user"]["email"] == KARI and me["user"]["role"] == "customer" and me["user"]["name"] == "Kari Nordmann"
    assert me["account"]["name"] == "Nordlys Regnskap AS" and me["account"]["time_zone"] == "Europe/Oslo"


def test_the_email_is_not_case_sensitive(demo_url):
    assert sign_in(demo_url, "Admin@Example.NO").get("/v1/me").json()["user"]["role"] == "admin"


@pytest.mark.parametrize("email, password", [(ADMIN, "wrong"), ("nobody@example.no", PASSWORD), (ADMIN, "")])
def test_wrong_credentials_are_refused(demo_url, email, password):
    answer = PortalSession(demo_url).post("/v1/auth/token", json={"email": email, "password": password})
    assert_problem(answer, 401, problems.AUTH_INVALID_CREDENTIALS)


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic YWRtaW46ZGVtbzEyMzQ=", "Bearer "])
def test_missing_or_unknown_tokens_are_refused_with_a_bearer_challenge(demo_url, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    answer = PortalSession(demo_url).get("/v1/products", headers=headers)
    assert_problem(answer, 401, problems.AUTH_TOKEN_INVALID)
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")


def test_refresh_rotates_the_refresh_token(demo_url):
    session = sign_in(demo_url, KARI)
    old = session.tokens["refresh_token"]
    answer = session.post("/v1/auth/refresh", json={"refresh_token": old})
    assert answer.status_code == 200
    pair = answer.json()
    assert pair["refresh_token"] != old and pair["access_token"] != session.tokens["access_token"]
    fresh = PortalSession(demo_url)
    assert fresh.get("/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"}).status_code == 200
    assert fresh.post("/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}).status_code == 200


@pytest.fixture
def moved_portal(tmp_path):
    """A portal whose clock a test moves: yields (url, shift) where `shift[0]` is added to the real time."""
    from datetime import timedelta

    from domain.clock import utc_now
    from portal.app import create_app
    from portal.db import sqlite_url
    from tests.support.portal_server import serve_app

    shift = [timedelta(0)]
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=lambda: utc_now() + shift[0])
    with serve_app(app) as url:
        yield url, shift


def refresh(url: str, token: str):
    return PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": token})


def test_a_refresh_whose_answer_was_lost_is_answered_again_with_the_same_pair_once(moved_portal):
    url, _shift = moved_portal
    old = sign_in(url, KARI).tokens["refresh_token"]
    lost = refresh(url, old).json()  # never arrives
    retry = refresh(url, old)
    assert retry.status_code == 200 and retry.json() == lost, "the very same pair, not a third one"
    assert PortalSession(url).get("/v1/me", headers={"Authorization": f"Bearer {lost['access_token']}"}).ok
    assert refresh(url, lost["refresh_token"]).status_code == 200, "the client goes on with the pair it got"


def test_a_second_retry_is_theft_and_ends_the_whole_session(moved_portal):
    url, _shift = moved_portal
    session = sign_in(url, KARI)
    other = sign_in(url, KARI)  # another computer of Kari's: its own session
    old = session.tokens["refresh_token"]
    pair = refresh(url, old).json()
    assert refresh(url, old).json() == pair
    assert_problem(refresh(url, old), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(refresh(url, pair["refresh_token"]), 401, problems.AUTH_TOKEN_INVALID)
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    assert_problem(PortalSession(url).get("/v1/me", headers=headers), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(session.get("/v1/me"), 401, problems.AUTH_TOKEN_INVALID), "every token of that sign-in"
    assert other.get("/v1/me").status_code == 200 and refresh(url, other.tokens["refresh_token"]).ok


def test_a_used_token_sent_after_the_retry_interval_is_theft(moved_portal):
    from datetime import timedelta

    from portal.auth import REFRESH_RETRY_SECONDS

    url, shift = moved_portal
    old = sign_in(url, KARI).tokens["refresh_token"]
    pair = refresh(url, old).json()
    shift[0] = timedelta(seconds=REFRESH_RETRY_SECONDS + 1)
    assert_problem(refresh(url, old), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(refresh(url, pair["refresh_token"]), 401, problems.AUTH_TOKEN_INVALID), "the family is revoked"


def test_a_used_token_sent_after_its_successor_was_used_is_theft(moved_portal):
    url, _shift = moved_portal
    first = sign_in(url, KARI).tokens["refresh_token"]
    second = refresh(url, first).json()
    third = refresh(url, second["refresh_token"]).json()  # the real client moved on: `first` is only a copy now
    assert_problem(refresh(url, first), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(refresh(url, third["refresh_token"]), 401, problems.AUTH_TOKEN_INVALID)


def test_the_stored_replay_is_not_the_token_pair_in_clear(moved_portal, tmp_path):
    from sqlalchemy import create_engine, text

    url, _shift = moved_portal
    old = sign_in(url, KARI).tokens["refresh_token"]
    pair = refresh(url, old).json()
    engine = create_engine(f"sqlite:///{tmp_path / 'portal.sqlite'}")
    with engine.connect() as conn:
        blobs = [row[0] for row in conn.execute(text("SELECT replay FROM tokens WHERE replay IS NOT NULL"))]
    engine.dispose()
    assert len(blobs) == 1
    assert pair["refresh_token"].encode() not in blobs[0] and pair["access_token"].encode() not in blobs[0]


def test_an_access_token_is_no_refresh_token(demo_url):
    session = sign_in(demo_url, KARI)
    answer = session.post("/v1/auth/refresh", json={"refresh_token": session.tokens["access_token"]})
    assert_problem(answer, 401, problems.AUTH_TOKEN_INVALID)


def test_logout_with_a_refresh_token_ends_that_session_only(demo_url):
    first, second = sign_in(demo_url, KARI), sign_in(demo_url, KARI)
    answer = PortalSession(demo_url).post("/v1/auth/logout", json={"refresh_token": first.tokens["refresh_token"]})
    assert answer.status_code == 204 and answer.content == b""
    assert_problem(first.get("/v1/me"), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(first.post("/v1/auth/refresh", json={"refresh_token": first.tokens["refresh_token"]}), 401,
                   problems.AUTH_TOKEN_INVALID)
    assert second.get("/v1/me").status_code == 200


def test_logout_without_a_refresh_token_ends_every_session_of_the_caller(fresh_url):
    # A portal of its own: ending every session of Kari's on the shared demo portal ended the shared sessions too.
    first, second, other = sign_in(fresh_url, KARI), sign_in(fresh_url, KARI), sign_in(fresh_url, ADMIN)
    assert first.post("/v1/auth/logout").status_code == 204
    assert_problem(second.get("/v1/me"), 401, problems.AUTH_TOKEN_INVALID)
    assert_problem(second.post("/v1/auth/refresh", json={"refresh_token": second.tokens["refresh_token"]}), 401,
                   problems.AUTH_TOKEN_INVALID)
    assert other.get("/v1/me").status_code == 200


def test_logout_needs_some_token(demo_url):
    assert_problem(PortalSession(demo_url).post("/v1/auth/logout"), 401, problems.AUTH_TOKEN_INVALID)
    stale = PortalSession(demo_url)
    stale.headers["Authorization"] = "Bearer expired-or-unknown"
    assert_problem(stale.post("/v1/auth/logout"), 401, problems.AUTH_TOKEN_INVALID)


def test_logout_with_a_refresh_token_works_even_when_the_access_token_has_expired(demo_url):
    session = sign_in(demo_url, KARI)
    session.headers["Authorization"] = "Bearer expired-or-unknown"
    answer = session.post("/v1/auth/logout", json={"refresh_token": session.tokens["refresh_token"]})
    assert answer.status_code == 204
    assert_problem(session.post("/v1/auth/refresh", json={"refresh_token": session.tokens["refresh_token"]}), 401,
                   problems.AUTH_TOKEN_INVALID)


def test_an_expired_access_token_is_refused_and_refresh_brings_a_new_one(tmp_path):
    with running_portal(tmp_path / "short.sqlite", access_ttl=1) as url:
        session = sign_in(url, ADMIN)
        assert session.tokens["expires_in"] == 1
        assert session.get("/v1/me").status_code == 200
        time.sleep(1.1)
        assert_problem(session.get("/v1/me"), 401, problems.AUTH_TOKEN_INVALID)
        pair = session.post("/v1/auth/refresh", json={"refresh_token": session.tokens["refresh_token"]}).json()
        assert session.get("/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"}).status_code == 200


def test_token_requests_are_validated_as_problems(demo_url):
    answer = PortalSession(demo_url).post("/v1/auth/token", json={"email": ADMIN})
    body = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert [e["field"] for e in body["errors"]] == ["password"]


def test_the_contract_says_what_a_reused_refresh_token_does(demo_url):
    from portal.auth import REFRESH_RETRY_SECONDS

    operation = PortalSession(demo_url).get("/openapi.json").json()["paths"]["/v1/auth/refresh"]["post"]
    assert f"within {REFRESH_RETRY_SECONDS} seconds" in operation["description"]
    assert "same new pair" in operation["description"] and "revoked" in operation["description"]
    sign_in_op = PortalSession(demo_url).get("/openapi.json").json()["paths"]["/v1/auth/token"]["post"]
    assert "429" in sign_in_op["responses"] and "Retry-After" in sign_in_op["description"]
