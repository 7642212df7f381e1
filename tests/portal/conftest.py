"""Fixtures for the portal's tests: the real app over real HTTP, and signed-in `requests` sessions.

- `demo_url`: one demo portal for the whole session. Tests on it must leave no trace others could see (reads, and
  requests the portal refuses).
- `fresh_url`: a portal on its own fresh database, for tests that change data.
- `sign_in(url, email)`: a `requests.Session` with the user's access token set, and `.tokens` holding the pair.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Callable, Iterator

import pytest
import requests

from tests.support.portal_server import running_portal

ADMIN, KARI, OLA = "admin@example.no", "kari@example.no", "ola@example.no"
PASSWORD = "demo1234"


class PortalSession(requests.Session):
    """A session against one portal: relative paths, a default timeout, and `post_idem` that adds a fresh key."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url
        self.tokens: dict = {}

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("timeout", 15)
        return super().request(method, self.base_url + url if url.startswith("/") else url, *args, **kwargs)

    def post_idem(self, path: str, json=None, key: str | None = None, **kwargs) -> requests.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4()), **kwargs.pop("headers", {})}
        return self.post(path, json=json, headers=headers, **kwargs)


def sign_in(url: str, email: str, password: str = PASSWORD) -> PortalSession:
    session = PortalSession(url)
    answer = session.post("/v1/auth/token", json={"email": email, "password": password})
    assert answer.status_code == 200, answer.text
    session.tokens = answer.json()
    session.headers["Authorization"] = f"Bearer {session.tokens['access_token']}"
    return session


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_portal(tmp_path_factory.mktemp("demo-portal") / "portal.sqlite") as url:
        yield url


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    with running_portal(tmp_path / "portal.sqlite") as url:
        yield url


@pytest.fixture(scope="session")
def demo_sessions(demo_url: str) -> dict[str, PortalSession]:
    """Signed-in sessions on the demo portal, made once (signing in costs a password hash)."""
    return {email: sign_in(demo_url, email) for email in (ADMIN, KARI, OLA)}


@pytest.fixture
def admin(demo_sessions) -> PortalSession:
    return demo_sessions[ADMIN]


@pytest.fixture
def kari(demo_sessions) -> PortalSession:
    return demo_sessions[KARI]


@pytest.fixture
def ola(demo_sessions) -> PortalSession:
    return demo_sessions[OLA]


@pytest.fixture
def sign_in_to() -> Callable[[str, str], PortalSession]:
    return sign_in


def assert_problem(answer: requests.Response, status: int, code: str) -> dict:
    """The answer is an RFC 9457 problem with this status and code; returns its body."""
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"].startswith("application/problem+json"), answer.headers
    body = answer.json()
    assert set(body) == {"type", "title", "status", "detail", "code", "errors"}, body
    assert body["status"] == status and body["code"] == code, body
    assert body["type"].startswith("https://") and body["title"]
    return body


def next_values(product: dict, last: dict, rise: int = 100) -> dict[str, int]:
    """Values a little above `last` for every counter of `product` (total stays bw + colour)."""
    values = {c["key"]: last["values"][c["key"]] + rise for c in product["counters"]}
    if "colour" in values:
        values["total"] = last["values"]["total"] + 2 * rise
    return values
