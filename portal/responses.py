"""Building answers: JSON bodies we serialise ourselves (so an idempotent replay can send the very same bytes), and
the problem answers each route documents in the OpenAPI contract."""

from __future__ import annotations

from typing import Any, Mapping

from pydantic import BaseModel
from starlette.responses import Response

from domain.wire import Problem

_DESCRIPTIONS = {
    400: "Bad request: the Idempotency-Key header is missing or malformed (`idempotency.key_missing`)",
    401: "The access token is missing, expired or unknown (`auth.token_invalid`), or wrong credentials",
    403: "Not allowed for the caller's role, or (cancel, reopen) only for the case's author or an administrator "
         "(`forbidden`)",
    404: "No such resource, or not visible to the caller (`not_found`)",
    409: "An earlier attempt with this Idempotency-Key is still running (`idempotency.in_progress`); see Retry-After",
    412: "The resource changed since the If-Match ETag was read (`conflict.etag_mismatch`); the answer's ETag "
         "is the current one",
    428: "The write must say which version it is based on: send If-Match (`precondition.required`)",
    422: "The request is not valid; `code` names the first reason and `errors` every field at fault",
    429: "Too many attempts (`rate_limited`); wait the seconds in Retry-After",
}


def json_response(payload: BaseModel, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(content=payload.model_dump_json().encode(), status_code=status, media_type="application/json",
                    headers=dict(headers or {}))


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these problem statuses (the content type is fixed up to problem+json in
    `portal.openapi`)."""
    return {status: {"model": Problem, "description": _DESCRIPTIONS[status]} for status in statuses}
