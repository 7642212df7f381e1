"""Every error is problem+json, and /openapi.json documents every route, the Idempotency-Key and the Problem shape."""

import pytest
import requests

from domain import problems
from tests.portal.conftest import assert_problem

ROUTES = {
    ("get", "/v1/portal"),
    ("get", "/v1/health"), ("post", "/v1/auth/token"), ("post", "/v1/auth/refresh"), ("post", "/v1/auth/logout"),
    ("get", "/v1/me"), ("patch", "/v1/me"), ("get", "/v1/account"), ("patch", "/v1/account"), ("get", "/v1/sites"), ("get", "/v1/users"), ("get", "/v1/products"),
    ("get", "/v1/products/{product_id}"), ("patch", "/v1/products/{product_id}"),
    ("get", "/v1/products/{product_id}/meter-readings"), ("post", "/v1/products/{product_id}/meter-readings"),
    ("get", "/v1/changes"),
    ("get", "/v1/cases"), ("post", "/v1/cases"), ("get", "/v1/cases/{case_id}"), ("patch", "/v1/cases/{case_id}"),
    ("post", "/v1/cases/{case_id}/actions"), ("get", "/v1/cases/{case_id}/messages"),
    ("post", "/v1/cases/{case_id}/messages"), ("get", "/v1/cases/{case_id}/events"),
    ("post", "/v1/cases/{case_id}/attachments"), ("get", "/v1/cases/{case_id}/attachments/{attachment_id}"),
    ("get", "/v1/agent/cases"), ("post", "/v1/agent/cases/{case_id}/messages"),
    ("post", "/v1/agent/cases/{case_id}/actions"), ("get", "/v1/guides"),
    ("get", "/v1/products/{product_id}/catalogue"), ("get", "/v1/orders"), ("post", "/v1/orders"),
    ("get", "/v1/orders/{order_id}"), ("post", "/v1/orders/{order_id}/cancel"),
    ("post", "/v1/agent/orders/{order_id}/actions"),
    ("post", "/v1/cases/relocations"), ("post", "/v1/cases/removals"), ("post", "/v1/agent/cases/{case_id}/complete"),
    ("post", "/v1/users"), ("get", "/v1/users/{user_id}"), ("patch", "/v1/users/{user_id}"),
    ("post", "/v1/users/{user_id}/assignments"), ("post", "/v1/auth/set-password"),
}
PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


@pytest.fixture(scope="module")
def spec(demo_url):
    answer = requests.get(f"{demo_url}/openapi.json", timeout=10)
    assert answer.status_code == 200
    return answer.json()


def test_an_unknown_route_is_a_404_problem(demo_url):
    assert_problem(requests.get(f"{demo_url}/v1/nothing-here", timeout=10), 404, problems.NOT_FOUND)
    assert_problem(requests.get(f"{demo_url}/", timeout=10), 404, problems.NOT_FOUND)


def test_a_wrong_method_is_a_405_problem_with_allow(demo_url):
    answer = requests.delete(f"{demo_url}/v1/products", timeout=10)
    assert_problem(answer, 405, problems.METHOD_NOT_ALLOWED)
    assert answer.headers["Allow"] == "GET"


def test_a_validation_error_is_a_problem_not_fastapis_shape(demo_url):
    answer = requests.post(f"{demo_url}/v1/auth/token", json={"email": 5}, timeout=10)
    body = assert_problem(answer, 422, problems.VALIDATION_FAILED)
    assert {e["field"] for e in body["errors"]} == {"email", "password"}
    assert "detail" in body and not isinstance(body["detail"], list)


def test_health_needs_no_sign_in(demo_url):
    assert requests.get(f"{demo_url}/v1/health", timeout=10).json() == {"status": "ok"}


def test_the_document_names_the_api_and_lists_every_route(spec):
    assert spec["info"]["title"] == "Service Portal API" and spec["info"]["version"] == "1.0"
    documented = {(method, path) for path, ops in spec["paths"].items() for method in ops}
    assert documented == ROUTES


def test_every_error_response_is_a_problem(spec):
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for status, response in op["responses"].items():
                if int(status) >= 400:
                    assert response["content"] == PROBLEM, (method, path, status)
    schemas = spec["components"]["schemas"]
    assert {"Problem", "FieldError"} <= set(schemas) and "HTTPValidationError" not in schemas
    assert set(schemas["Problem"]["properties"]) == {"type", "title", "status", "detail", "code", "errors"}


def test_protected_routes_document_401_and_the_bearer_scheme(spec):
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            if path.startswith("/v1/auth") or path in ("/v1/health", "/v1/portal"):
                continue
            assert "401" in op["responses"] and op.get("security"), (method, path)


def test_posts_document_the_idempotency_key_except_auth(spec):
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            headers = [p for p in op.get("parameters", []) if p["in"] == "header" and p["name"] == "Idempotency-Key"]
            if method in ("post", "patch") and not path.startswith("/v1/auth"):
                assert headers and headers[0]["required"] and headers[0]["schema"]["maxLength"] == 255, path
                assert {"400", "409", "422"} <= set(op["responses"]), path
            else:
                assert not headers, (method, path)


def test_request_and_response_models_are_the_wire_types(spec):
    def ref(name):
        return {"$ref": f"#/components/schemas/{name}"}

    paths = spec["paths"]
    ok = "200"
    listed = paths["/v1/products"]["get"]["responses"][ok]["content"]["application/json"]["schema"]
    assert listed["type"] == "array" and listed["items"] == ref("Product")
    post = paths["/v1/products/{product_id}/meter-readings"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == ref("MeterReadingIn")
    assert post["responses"]["201"]["content"]["application/json"]["schema"] == ref("MeterReading")
    assert paths["/v1/changes"]["get"]["responses"][ok]["content"]["application/json"]["schema"] == ref("ChangePage")
    assert paths["/v1/auth/token"]["post"]["responses"][ok]["content"]["application/json"]["schema"] == ref(
        "TokenPair")
    assert paths["/v1/me"]["get"]["responses"][ok]["content"]["application/json"]["schema"] == ref("Me")
    patch_me = paths["/v1/me"]["patch"]
    assert patch_me["requestBody"]["content"]["application/json"]["schema"] == ref("MePatch")
    assert patch_me["responses"][ok]["content"]["application/json"]["schema"] == ref("Me")
    assert "ETag" in paths["/v1/products/{product_id}"]["get"]["responses"][ok]["headers"]
    create_user = paths["/v1/users"]["post"]
    assert create_user["requestBody"]["content"]["application/json"]["schema"] == ref("UserIn")
    assert create_user["responses"]["201"]["content"]["application/json"]["schema"] == ref("User")
    patch_user = paths["/v1/users/{user_id}"]["patch"]
    assert patch_user["requestBody"]["content"]["application/json"]["schema"] == ref("UserPatch")
    assert {"403", "409", "412", "428"} <= set(patch_user["responses"])
    assert paths["/v1/auth/set-password"]["post"]["requestBody"]["content"]["application/json"]["schema"] == ref(
        "PasswordSetIn")
