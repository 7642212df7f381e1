"""A request body over its route's limit is refused with 413 before anything reads it: from its Content-Length, or
while it streams in when it has none (chunked). Over real HTTP, with the body mostly never sent."""

from __future__ import annotations

import base64
import http.client
import json
import uuid
from urllib.parse import urlsplit

import pytest

from domain import problems
from portal.body_limit import ATTACHMENT_BODY_BYTES, JSON_BODY_BYTES, limit_for
from tests.portal.conftest import KARI, PASSWORD, sign_in

CHUNK = 64 * 1024


def connect(url: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def post_declaring(url: str, path: str, length: int, first_bytes: bytes, headers: dict | None = None):
    """POST with `Content-Length: length` but only `first_bytes` of it sent, then read the answer."""
    conn = connect(url)
    conn.putrequest("POST", path)
    for name, value in {"Content-Type": "application/json", "Content-Length": str(length), **(headers or {})}.items():
        conn.putheader(name, value)
    conn.endheaders(first_bytes)
    return _answer(conn)


def post_chunked(url: str, path: str, chunks, headers: dict | None = None):
    """POST a chunked body (no Content-Length); stops sending when the server has answered and closed."""
    conn = connect(url)
    conn.putrequest("POST", path)
    for name, value in {"Content-Type": "application/json", "Transfer-Encoding": "chunked", **(headers or {})}.items():
        conn.putheader(name, value)
    conn.endheaders()
    try:
        for chunk in chunks:
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.send(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered and closed while we were still sending: the answer is waiting
    return _answer(conn)


def _answer(conn: http.client.HTTPConnection):
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def assert_413(response, body: bytes, code: str) -> dict:
    assert response.status == 413, body
    assert response.getheader("Content-Type").startswith("application/problem+json")
    problem = json.loads(body)
    assert problem["status"] == 413 and problem["code"] == code, problem
    return problem


def test_a_sign_in_declaring_200_mb_is_refused_before_it_is_sent(demo_url):
    response, body = post_declaring(demo_url, "/v1/auth/token", 200 * 1024 * 1024, b'{"email": "')
    problem = assert_413(response, body, problems.REQUEST_TOO_LARGE)
    assert "512 KB" in problem["detail"]


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(demo_url):
    endless = (b" " * CHUNK for _ in range(200 * 1024 * 1024 // CHUNK))  # 200 MB if the server read it all
    response, body = post_chunked(demo_url, "/v1/auth/token", endless)
    assert_413(response, body, problems.REQUEST_TOO_LARGE)


def test_bodies_within_the_limit_still_work_with_and_without_content_length(demo_url):
    sign_in_body = json.dumps({"email": KARI, "password": PASSWORD}).encode()
    response, body = post_chunked(demo_url, "/v1/auth/token", [sign_in_body[:10], sign_in_body[10:]])
    assert response.status == 200 and json.loads(body)["access_token"]
    padded = sign_in_body[:-1] + b" " * (JSON_BODY_BYTES - len(sign_in_body)) + b"}"
    assert len(padded) == JSON_BODY_BYTES
    conn = connect(demo_url)
    conn.request("POST", "/v1/auth/token", body=padded, headers={"Content-Type": "application/json"})
    assert _answer(conn)[0].status == 200, "exactly the limit is allowed"
    response, body = post_declaring(demo_url, "/v1/auth/token", JSON_BODY_BYTES + 1, b"{")
    assert_413(response, body, problems.REQUEST_TOO_LARGE)


def test_an_over_limit_body_never_reaches_the_idempotency_key(fresh_url):
    kari = sign_in(fresh_url, KARI)
    product = kari.get("/v1/products").json()[0]
    key = str(uuid.uuid4())
    headers = {"Authorization": kari.headers["Authorization"], "Idempotency-Key": key}
    response, body = post_declaring(fresh_url, "/v1/cases", 100 * 1024 * 1024, b'{"id": "', headers)
    assert_413(response, body, problems.REQUEST_TOO_LARGE)
    huge = (b" " * CHUNK for _ in range(100))
    response, body = post_chunked(fresh_url, "/v1/cases", huge, headers)
    assert_413(response, body, problems.REQUEST_TOO_LARGE)
    case = {"id": str(uuid.uuid4()), "type": "support", "product_id": product["id"], "category": "paper_jam",
            "subject": "Papirstopp", "description": "Stopp i skuff 2."}
    answer = kari.post_idem("/v1/cases", json=case, key=key)
    assert answer.status_code == 201 and "Idempotent-Replayed" not in answer.headers, "the key was never claimed"


def test_an_attachment_has_the_attachment_limit(fresh_url):
    kari = sign_in(fresh_url, KARI)
    product = kari.get("/v1/products").json()[0]
    case_id = str(uuid.uuid4())
    kari.post_idem("/v1/cases", json={"id": case_id, "type": "support", "product_id": product["id"],
                                      "category": "paper_jam", "subject": "Papirstopp", "description": "Stopp."})
    path = f"/v1/cases/{case_id}/attachments"
    headers = {"Authorization": kari.headers["Authorization"], "Idempotency-Key": str(uuid.uuid4())}
    response, body = post_declaring(fresh_url, path, ATTACHMENT_BODY_BYTES + 1, b"{", headers)
    assert_413(response, body, problems.CASE_ATTACHMENT_TOO_LARGE)
    log = ("Feillogg\n" * 100_000).encode()  # ~0.9 MB: over the JSON limit, well within the attachment limit
    answer = kari.post_idem(path, json={"id": str(uuid.uuid4()), "file_name": "feil.log",
                                        "data_base64": base64.b64encode(log).decode()})
    assert answer.status_code == 201, answer.text
    assert kari.get(f"{path}/{answer.json()['id']}").content == log


@pytest.mark.parametrize(("path", "limit"), [
    ("/v1/auth/token", JSON_BODY_BYTES), ("/v1/cases", JSON_BODY_BYTES), ("/v1/cases/abc/messages", JSON_BODY_BYTES),
    ("/v1/cases/abc/attachments", ATTACHMENT_BODY_BYTES), ("/v1/cases/a/b/attachments", JSON_BODY_BYTES),
    ("/v1/cases/abc/attachments/x", JSON_BODY_BYTES)])
def test_each_route_has_its_limit(path, limit):
    assert limit_for(path) == limit


def test_the_attachment_limit_fits_the_largest_allowed_file():
    from domain.attachments import MAX_BYTES

    assert ATTACHMENT_BODY_BYTES > len(json.dumps({"id": str(uuid.uuid4()), "file_name": "x" * 1000,
                                                   "data_base64": "A" * (4 * -(-MAX_BYTES // 3))}))
    assert ATTACHMENT_BODY_BYTES < 16 * 1024 * 1024


def test_the_contract_documents_the_413_on_every_write(demo_url):
    schema = json.loads(connect_get(demo_url, "/openapi.json"))
    writes = [(path, method, operation) for path, operations in schema["paths"].items()
              for method, operation in operations.items() if method in ("post", "patch")]
    assert writes
    for path, method, operation in writes:
        answer = operation["responses"]["413"]
        assert "application/problem+json" in answer["content"], (method, path)


def connect_get(url: str, path: str) -> bytes:
    conn = connect(url)
    conn.request("GET", path)
    return _answer(conn)[1]
