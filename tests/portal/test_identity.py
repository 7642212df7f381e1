"""`GET /v1/portal`: one identity per portal database, public, the same on every address and across restarts."""

from __future__ import annotations

import requests

from tests.support.portal_server import running_portal


def _portal_id(url: str) -> str:
    answer = requests.get(f"{url}/v1/portal", timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["portal_id"]


def test_the_identity_needs_no_sign_in_and_outlives_a_restart(tmp_path):
    with running_portal(tmp_path / "a.sqlite") as url:
        first = _portal_id(url)
        assert _portal_id(url.replace("127.0.0.1", "localhost")) == first
    with running_portal(tmp_path / "a.sqlite") as url:
        assert _portal_id(url) == first
    with running_portal(tmp_path / "b.sqlite") as url:
        assert _portal_id(url) != first


def test_the_contract_documents_the_identity(tmp_path):
    with running_portal(tmp_path / "a.sqlite") as url:
        spec = requests.get(f"{url}/openapi.json", timeout=10).json()
    operation = spec["paths"]["/v1/portal"]["get"]
    assert "security" not in operation or operation["security"] == []
    assert "restarts" in operation["description"]
    assert "PortalInfo" in spec["components"]["schemas"]
