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


def test_a_refresh_whose_answer_was_lost_can_be_retried_once_within_the_reuse_interval(tmp_path):
    from datetime import timedelta

    from domain.clock import utc_now
    from portal.app import create_app
    from portal.auth import REFRESH_REUSE_SECONDS
    from portal.db import sqlite_url
    from tests.support.portal_server import serve_app

    shift = [timedelta(0)]
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=lambda: utc_now() + shift[0])
    with serve_app(app) as url:
        old = sign_in(url, KARI).tokens["refresh_token"]
        lost = PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": old}).json()  # never arrives
        retry = PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": old})
        assert retry.status_code == 200
        newest = retry.json()["refresh_token"]
        assert newest not in (old, lost["refresh_token"])
        lost_again = PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": lost["refresh_token"]})
        assert_problem(lost_again, 401, problems.AUTH_TOKEN_INVALID)  # the pair whose answer was lost is revoked

        shift[0] = timedelta(seconds=REFRESH_REUSE_SECONDS + 1)
        too_late = PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": old})
        assert_problem(too_late, 401, problems.AUTH_TOKEN_INVALID)
        assert PortalSession(url).post("/v1/auth/refresh", json={"refresh_token": newest}).status_code == 200


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


def test_logout_without_a_refresh_token_ends_every_session_of_the_caller(demo_url):
    first, second, other = sign_in(demo_url, KARI), sign_in(demo_url, KARI), sign_in(demo_url, ADMIN)
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
