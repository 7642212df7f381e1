"""The OpenAPI document is the contract, so it must say what the server really sends: every error as
`application/problem+json` with the `Problem` schema (FastAPI would claim `application/json` and its own
`HTTPValidationError` shape, which this server never sends)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from domain.problems import PROBLEM_CONTENT_TYPE

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_FASTAPI_ERROR_SCHEMAS = ("HTTPValidationError", "ValidationError")


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            app.openapi_schema = problems_as_problem_json(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def problems_as_problem_json(schema: dict[str, Any]) -> dict[str, Any]:
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if method in ("post", "put", "patch"):
                operation.setdefault("responses", {}).setdefault("413", {
                    "description": "The body is larger than this route takes (`request.too_large`; for an "
                                   "attachment `case.attachment_too_large`): refused unread, from its Content-Length "
                                   "or as soon as a chunked body passes the limit (see `portal.body_limit`)"})
            for status, response in operation.get("responses", {}).items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {PROBLEM_CONTENT_TYPE: {"schema": PROBLEM_REF}}
            operation.setdefault("responses", {}).setdefault("500", {
                "description": "The portal failed; the request may be retried with the same Idempotency-Key",
                "content": {PROBLEM_CONTENT_TYPE: {"schema": PROBLEM_REF}}})
    components = schema.get("components", {}).get("schemas", {})
    for name in _FASTAPI_ERROR_SCHEMAS:
        components.pop(name, None)
    return schema
