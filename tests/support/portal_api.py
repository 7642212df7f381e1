"""The portal's side of a test, asked over plain HTTP rather than through sync: a session signed in as anyone (a
customer, an agent) and a POST with its own Idempotency-Key."""

from __future__ import annotations

import uuid

import requests

PASSWORD = "demo1234"  # every demo user's
AGENT = "agent@vendor.example"


def portal_session(url: str, email: str) -> requests.Session:
    http = requests.Session()
    token = http.post(f"{url}/v1/auth/token", json={"email": email, "password": PASSWORD},
                      timeout=10).json()["access_token"]
    http.headers["Authorization"] = f"Bearer {token}"
    return http


def portal_post(http: requests.Session, url: str, path: str, body: dict) -> dict:
    answer = http.post(f"{url}/v1{path}", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10)
    assert answer.status_code in (200, 201), answer.text
    return answer.json()
