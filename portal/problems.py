"""Every error this server sends is an RFC 9457 problem (`application/problem+json`) with a stable `code`.

Route code raises `ProblemError`; the handlers installed here also turn FastAPI's request-validation errors, Starlette's
404/405 and any unexpected exception into the same shape, so a client never has to parse a second error format and
never sees a traceback.
"""

from __future__ import annotations

import logging
from typing import Iterable, Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from domain import problems
from domain.wire import FieldError, Problem

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"


class ProblemError(Exception):
    """Raise to answer with a problem. `errors` name the fields at fault, `headers` go out with the answer."""

    def __init__(self, status: int, code: str, detail: str | None = None, *, errors: Iterable[FieldError] = (),
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = list(errors)
        self.headers = dict(headers or {})

    def to_problem(self) -> Problem:
        return Problem(type=problems.problem_type(self.code), title=problems.TITLES.get(self.code, self.code),
                       status=self.status, detail=self.detail, code=self.code, errors=self.errors)

    def to_response(self) -> Response:
        body = self.to_problem().model_dump_json().encode()
        return Response(content=body, status_code=self.status, media_type=problems.PROBLEM_CONTENT_TYPE,
                        headers=self.headers)


def not_found(what: str = "The resource") -> ProblemError:
    return ProblemError(404, problems.NOT_FOUND, f"{what} does not exist or is not visible to you.")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(Exception, _on_unexpected)  # backstop for failures outside the routes
    app.add_middleware(UnexpectedErrorMiddleware)


class UnexpectedErrorMiddleware:
    """Answer a bug with a 500 problem and log its traceback here, without re-raising.

    Starlette's own last-resort handler re-raises after answering, and uvicorn then drops the keep-alive connection
    under the client's feet: its next request on that connection fails with a reset instead of getting an answer.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("Unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await _internal_error().to_response()(scope, receive, send)


async def _on_problem(_request: Request, exc: ProblemError) -> Response:
    return exc.to_response()


async def _on_validation_error(_request: Request, exc: RequestValidationError) -> Response:
    return validation_problem(exc.errors()).to_response()


def validation_problem(errors: list[Mapping]) -> ProblemError:
    """The problem for pydantic's request errors. A missing or bad Idempotency-Key wins: it is a 400, not a 422."""
    key_errors = [e for e in errors if _is_idempotency_header(e.get("loc", ()))]
    if key_errors:
        missing = any(e.get("type") in ("missing", "string_too_short") for e in key_errors)  # absent or empty
        code = problems.IDEMPOTENCY_KEY_MISSING if missing else problems.VALIDATION_FAILED
        detail = ("Send an Idempotency-Key header (a UUID made when the request was queued) with every POST and PATCH."
                  if missing else "The Idempotency-Key header must be 1 to 255 characters.")
        return ProblemError(400, code, detail, errors=[_field_error(e, code) for e in key_errors])
    fields = [_field_error(e) for e in errors]
    detail = "; ".join(f"{f.field}: {f.message}" for f in fields) or "The request is not valid."
    return ProblemError(422, problems.VALIDATION_FAILED, detail, errors=fields)


async def _on_http_exception(_request: Request, exc: StarletteHTTPException) -> Response:
    if exc.status_code == 404:
        code, detail = problems.NOT_FOUND, "There is no such resource."
    elif exc.status_code == 405:
        code, detail = problems.METHOD_NOT_ALLOWED, "This method is not allowed on this resource."
    elif exc.status_code == 400:
        code, detail = problems.VALIDATION_FAILED, "The request body could not be read."
    else:
        code, detail = problems.HTTP_ERROR, None
    return ProblemError(exc.status_code, code, detail, headers=exc.headers).to_response()


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    # uvicorn logs the traceback (Starlette re-raises after this answer); this line names the request
    log.error("Unhandled %s in %s %s", type(exc).__name__, request.method, request.url.path)
    return _internal_error().to_response()


def _internal_error() -> ProblemError:
    return ProblemError(500, problems.INTERNAL_ERROR,
                        "The portal could not handle this request. It is safe to retry with the same "
                        "Idempotency-Key.")


def _is_idempotency_header(loc) -> bool:
    return len(loc) >= 2 and loc[0] == "header" and str(loc[1]).lower() == IDEMPOTENCY_HEADER.lower()


def _field_error(error: Mapping, code: str = problems.VALIDATION_FAILED) -> FieldError:
    loc = list(error.get("loc", ()))
    if loc and loc[0] in ("body", "query", "path", "header", "cookie"):
        where, loc = loc[0], loc[1:]
    else:
        where = ""
    field = ".".join(str(part) for part in loc) or where or "request"
    return FieldError(field=field, code=code, message=str(error.get("msg", "Invalid value")))
