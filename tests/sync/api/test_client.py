"""The portal client at the HTTP edge: what every kind of answer becomes."""

from __future__ import annotations

import socket

import keyring
import pytest

from sync.api import (
    AuthFailed,
    AuthRequired,
    BadAnswer,
    Busy,
    NotAPortal,
    PortalClient,
    PortalError,
    PortalUnreachable,
    RateLimited,
    Rejected,
    ServerError,
)
from sync.api.client import default_get_retry
from sync.api.credentials import TokenStore, service_name
from tests.support.not_a_portal import KINDS as not_a_portal_kinds
from tests.support.not_a_portal import not_a_portal
from tests.sync.scripted_server import Reply, scripted_server

PAIR = {"access_token": "a1", "refresh_token": "r1", "expires_in": 900, "token_type": "Bearer"}
ME = {"user": {"id": "u", "email": "kari@example.no", "name": "Kari", "role": "customer", "account_id": "a"},
      "account": {"id": "a", "name": "Acme", "org_number": "974760673"}}
PAGE = {"cursor": "c1", "has_more": False, "changes": []}
PROBLEM = {"type": "https://portal.example.no/problems/meter/reading_decreased", "title": "Lower", "status": 422,
           "code": "meter.reading_decreased",
           "errors": [{"field": "values.total", "code": "meter.reading_decreased", "message": "5 is lower than 10"}]}
BODY = {"id": "x", "reading_date": "2026-11-25", "values": {"total": 5}}


@pytest.fixture
def server():
    with scripted_server() as (url, script):
        yield url, script


@pytest.fixture
def client(server):
    url, _ = server
    tokens = TokenStore(url, "kari@example.no")
    tokens.access_token = "a0"
    tokens.save_refresh_token("r0")
    client = PortalClient(url, tokens=tokens, timeout=(1, 1), get_retry=default_get_retry(backoff_factor=0))
    yield client
    client.close()


def test_sign_in_keeps_the_tokens_and_sends_credentials(server):
    url, script = server
    script.on("POST", "/v1/auth/token", Reply(200, PAIR))
    tokens = TokenStore(url, "kari@example.no")
    PortalClient(url, tokens=tokens).sign_in("kari@example.no", "demo1234")
    assert tokens.access_token == "a1"
    assert keyring.get_password(service_name(url), "kari@example.no") == "r1"
    assert script.calls("POST", "/v1/auth/token")[0].body == {"email": "kari@example.no", "password": "demo1234"}


def test_wrong_password_is_auth_failed(server):
    url, script = server
    script.on("POST", "/v1/auth/token", Reply(401, {**PROBLEM, "status": 401, "code": "auth.invalid_credentials"}))
    with pytest.raises(AuthFailed, match="Wrong e-mail or password"):
        PortalClient(url, tokens=TokenStore(url, "kari@example.no")).sign_in("kari@example.no", "nope")


def test_expired_access_token_is_refreshed_once_and_the_rotated_token_saved(server, client):
    _, script = server
    script.on("GET", "/v1/me", Reply(401, {**PROBLEM, "status": 401, "code": "auth.token_invalid"}), Reply(200, ME))
    script.on("POST", "/v1/auth/refresh", Reply(200, PAIR))
    assert client.me().user.email == "kari@example.no"
    assert [c.headers["Authorization"] for c in script.calls("GET", "/v1/me")] == ["Bearer a0", "Bearer a1"]
    assert script.calls("POST", "/v1/auth/refresh")[0].body == {"refresh_token": "r0"}
    assert client.tokens.load_refresh_token() == "r1"


def test_refused_refresh_means_auth_required(server, client):
    _, script = server
    script.on("GET", "/v1/me", Reply(401, {**PROBLEM, "status": 401, "code": "auth.token_invalid"}))
    script.on("POST", "/v1/auth/refresh", Reply(401, {**PROBLEM, "status": 401, "code": "auth.token_invalid"}))
    with pytest.raises(AuthRequired):
        client.me()


def test_no_refresh_token_at_all_means_auth_required(server):
    url, _ = server
    with pytest.raises(AuthRequired, match="not signed in"):
        PortalClient(url, tokens=TokenStore(url, "nobody@example.no")).me()


def test_html_page_is_a_bad_answer_that_says_so(server, client):
    url, script = server
    script.on("GET", "/v1/changes", Reply(200, "<!doctype html><html>Wi-Fi login</html>",
                                          {"Content-Type": "text/html"}))
    with pytest.raises(BadAnswer) as caught:
        client.changes(None)
    assert str(caught.value) == (f"The portal answered with an HTML page instead of data "
                                 f"(HTTP 200 from {url}/v1/changes?limit=500)")


@pytest.mark.parametrize("reply, words", [
    (Reply(200, '{"cursor": "c1", "has_more": fal', {"Content-Type": "application/json"}), "not valid JSON"),
    (Reply(200, {"cursor": "c1", "has_more": "perhaps", "changes": []}), "wrong shape (has_more"),
    (Reply(200, {"cursor": "c1"}), "wrong shape"),
    (Reply(200, [1, 2, 3]), "wrong shape"),
    (Reply(200, b"", {"Content-Type": "application/json"}), "empty body"),
])
def test_garbage_answers_are_bad_answers(server, client, reply, words):
    _, script = server
    script.on("GET", "/v1/changes", reply)
    with pytest.raises(BadAnswer, match=words.replace("(", r"\(")):
        client.changes(None)


def test_a_valid_page_is_validated_into_wire_objects(server, client):
    _, script = server
    script.on("GET", "/v1/changes", Reply(200, PAGE))
    page = client.changes("c0", limit=50)
    assert page.cursor == "c1" and page.changes == []
    assert script.seen[-1].path == "/v1/changes?limit=50&cursor=c0"


def test_a_4xx_problem_becomes_rejected_with_the_portals_words(server, client):
    _, script = server
    script.on("POST", "/v1/products/p/meter-readings",
              Reply(422, PROBLEM, {"Content-Type": "application/problem+json"}))
    with pytest.raises(Rejected) as caught:
        client.send("POST", "/products/p/meter-readings", BODY, idempotency_key="k-1")
    assert caught.value.problem.code == "meter.reading_decreased"
    assert caught.value.problem.errors[0].field == "values.total"
    assert str(caught.value) == "5 is lower than 10"


def test_a_4xx_without_a_problem_is_a_bad_answer(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(404, "<html>nginx</html>", {"Content-Type": "text/html"}))
    with pytest.raises(BadAnswer, match="HTML page"):
        client.send("POST", "/x", {}, idempotency_key="k")


def test_writes_carry_the_idempotency_key_and_report_replays(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(201, {"ok": 1}, {"Idempotent-Replayed": "true"}))
    answer = client.send("POST", "/x", BODY, idempotency_key="key-42")
    assert (answer.status, answer.data, answer.replayed) == (201, {"ok": 1}, True)
    assert script.calls("POST", "/v1/x")[0].headers["Idempotency-Key"] == "key-42"
    assert script.calls("POST", "/v1/x")[0].body == BODY


def test_in_progress_is_busy_with_retry_after(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(409, {**PROBLEM, "status": 409, "code": "idempotency.in_progress"},
                                     {"Retry-After": "3"}))
    with pytest.raises(Busy) as caught:
        client.send("POST", "/x", {}, idempotency_key="k")
    assert caught.value.retry_after == 3


def test_a_conflict_that_is_not_in_progress_is_rejected(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(409, {**PROBLEM, "status": 409, "code": "conflict.etag_mismatch"}))
    with pytest.raises(Rejected):
        client.send("POST", "/x", {}, idempotency_key="k")


def test_rate_limit_and_server_errors(server, client):
    _, script = server
    script.on("POST", "/v1/slow", Reply(429, {}, {"Retry-After": "30"}))
    script.on("POST", "/v1/boom", Reply(500, "Internal Server Error"))
    with pytest.raises(RateLimited) as limited:
        client.send("POST", "/slow", {}, idempotency_key="k1")
    assert limited.value.retry_after == 30
    with pytest.raises(ServerError) as failed:
        client.send("POST", "/boom", {}, idempotency_key="k2")
    assert failed.value.status == 500


def test_posts_are_tried_once_but_gets_are_retried_on_503(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(503, "down"))
    script.on("GET", "/v1/me", Reply(503, "down"), Reply(502, "bad gateway"), Reply(200, ME))
    with pytest.raises(ServerError):
        client.send("POST", "/x", {}, idempotency_key="k")
    assert len(script.calls("POST", "/v1/x")) == 1
    assert client.me().user.name == "Kari"
    assert len(script.calls("GET", "/v1/me")) == 3


def test_a_get_told_to_come_back_much_later_is_not_waited_for(server, client):
    _, script = server
    script.on("GET", "/v1/me", Reply(503, "maintenance", {"Retry-After": "3600"}))
    with pytest.raises(PortalUnreachable, match="come back later"):
        client.me()
    assert len(script.calls("GET", "/v1/me")) == 1


def test_timeouts_and_refused_connections_are_unreachable(server, client):
    _, script = server
    script.on("POST", "/v1/x", Reply(201, {}, delay=2.5))
    with pytest.raises(PortalUnreachable, match="did not answer in time"):
        client.send("POST", "/x", {}, idempotency_key="k")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    tokens = TokenStore("http://127.0.0.1", "x@example.no")
    tokens.access_token = "a"
    dead = PortalClient(f"http://127.0.0.1:{closed_port}", tokens=tokens, get_retry=default_get_retry(0))
    with pytest.raises(PortalUnreachable, match="cannot be reached"):
        dead.send("POST", "/x", {}, idempotency_key="k")


def test_the_portals_identity_is_asked_without_a_token(server, client):
    url, script = server
    script.on("GET", "/v1/portal", Reply(200, {"portal_id": "0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b"}))
    assert client.portal_id() == "0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b"
    assert "Authorization" not in script.calls("GET", "/v1/portal")[0].headers


def test_a_portal_without_an_identity_is_none_so_the_cache_is_named_after_its_address(server, client):
    _url, script = server
    script.on("GET", "/v1/portal", Reply(404, {"title": "Not Found", "status": 404, "code": "not_found"}))
    assert client.portal_id() is None


@pytest.mark.parametrize("portal_id", ["", "../../etc", "CON", "A" * 8, "x" * 65, "a b c d e f g h", 42])
def test_an_identity_that_could_not_name_a_folder_safely_is_a_bad_answer(server, client, portal_id):
    _url, script = server
    script.on("GET", "/v1/portal", Reply(200, {"portal_id": portal_id}))
    with pytest.raises(BadAnswer):
        client.portal_id()


# --- an address that answers, but is not a service portal -------------------------------------------------------

@pytest.mark.parametrize("kind", not_a_portal_kinds)
def test_signing_in_to_a_web_server_that_is_no_portal_is_not_a_portal(kind):
    with not_a_portal(kind) as url:
        client = PortalClient(url, tokens=TokenStore(url, "kari@example.no"), timeout=(2, 2))
        try:
            with pytest.raises(NotAPortal) as caught:
                client.portal_id()
        finally:
            client.close()
    assert caught.value.code == "portal.not_a_portal" and not caught.value.transient


@pytest.mark.parametrize("reply", [
    Reply(200, "<html><body>Sign in to the intranet</body></html>", {"Content-Type": "text/html"}),
    Reply(401, "<h1>401 Authorization Required</h1>", {"Content-Type": "text/html"}),
    Reply(404, {"detail": "Not Found"}),
    Reply(200, {"token": "not ours"}),
])
def test_a_token_answer_that_no_portal_gives_is_not_a_portal_and_not_a_wrong_password(server, reply):
    url, script = server
    script.on("POST", "/v1/auth/token", reply)
    with pytest.raises(NotAPortal):
        PortalClient(url, tokens=TokenStore(url, "kari@example.no")).sign_in("kari@example.no", "demo1234")


@pytest.mark.parametrize("reply", [
    Reply(503, "<html>Service unavailable</html>", {"Content-Type": "text/html"}),
    Reply(429, {**PROBLEM, "status": 429, "code": "rate_limited"}),
    Reply(401, {**PROBLEM, "status": 401, "code": "auth.invalid_credentials"}),
])
def test_the_portals_own_answers_at_sign_in_stay_what_they_are(server, reply):
    url, script = server
    script.on("POST", "/v1/auth/token", reply)
    with pytest.raises(PortalError) as caught:
        PortalClient(url, tokens=TokenStore(url, "kari@example.no"),
                     get_retry=default_get_retry(backoff_factor=0)).sign_in("kari@example.no", "demo1234")
    assert not isinstance(caught.value, NotAPortal)
