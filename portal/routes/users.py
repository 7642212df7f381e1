"""An administrator's users: one user with its ETag, create (an invitation mail goes out), change role or
deactivate (If-Match required), assign and un-assign products. The invitation's password is set under `/v1/auth`
(`portal.routes.auth`). See docs/api-users.md for who may do what and every refusal."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Request
from sqlalchemy import Connection
from starlette.responses import Response

from domain.text_limits import MAX_ETAG_HEADER, MAX_ID
from domain.wire import AssignmentsIn, Problem, User, UserIn, UserPatch
from portal import entities, idempotency, users
from portal import if_match as if_match_rule
from portal.auth import CurrentPrincipal
from portal.idempotency import IdempotencyKey
from portal.problems import not_found
from portal.responses import json_response, problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1/users", tags=["users"], responses=problems(401))
State = Annotated[PortalState, Depends(portal_state)]
UserId = Annotated[str, Path(max_length=MAX_ID, description="The user's id")]
IfMatch = Annotated[str | None, Header(max_length=MAX_ETAG_HEADER, description="The user's ETag from GET (required)")]
ETAG_HEADER = {"ETag": {"description": "The user's version, quoted: send it back as If-Match",
                        "schema": {"type": "string"}}}
FORBIDDEN = {403: {"model": Problem, "description": "The caller is no administrator (`forbidden`)"}}
LAST_ADMIN = {409: {"model": Problem, "description": "The account's last active administrator cannot be demoted or "
                                                     "deactivated (`user.last_admin`); or an earlier attempt with "
                                                     "this Idempotency-Key is still running "
                                                     "(`idempotency.in_progress`)"}}


def _answer(user: User, status: int = 200) -> Response:
    return json_response(user, status, headers={"ETag": if_match_rule.etag(user.version)})


@router.get("/{user_id}", response_model=User, summary="One user",
            description="An administrator may read any user of the account; a customer only themself (any other id "
                        "is a 404, exactly as for an id that does not exist).",
            responses={**problems(404, 422), 200: {"description": "The user", "headers": ETAG_HEADER}})
def get_user(user_id: UserId, principal: CurrentPrincipal, state: State) -> Response:
    with state.store.read() as conn:
        user = entities.visible_user(conn, principal, user_id)
    if user is None:
        raise not_found("The user")
    return _answer(user)


@router.post("", status_code=201, response_model=User, summary="Create a user and send their invitation",
             description="The new user gets a mail (outgoing mail, reason `invitation`) with a one-time link to set "
                         "a password (`POST /v1/auth/set-password`). Refusals: `user.name_missing`, "
                         "`user.name_too_long`, `email.missing`, `email.invalid`, `email.too_long`, "
                         "`user.email_taken`, `user.product_unknown` (each with its field), `forbidden`.",
             responses={**problems(400, 409, 422), **FORBIDDEN,
                        201: {"description": "The new user", "headers": ETAG_HEADER}})
def create_user(body: UserIn, principal: CurrentPrincipal, request: IdempotencyKey, state: State,
                http: Request) -> Response:
    def work(conn: Connection) -> Response:
        user = users.create_user(conn, principal, body, base_url=str(http.base_url), now=state.now())
        return _answer(user, 201)

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)


@router.patch("/{user_id}", response_model=User, summary="Change a user's role, or deactivate or reactivate them",
              description="If-Match is required: without it 428 `precondition.required`, with a stale one 412 "
                          "`conflict.etag_mismatch` with the current ETag. A deactivated user cannot sign in and "
                          "every session of theirs ends. A role change takes effect in the user's feed at their next "
                          "pull (a reset).",
              responses={**problems(400, 404, 412, 422, 428), **FORBIDDEN, **LAST_ADMIN,
                         200: {"description": "The user as they now are", "headers": ETAG_HEADER}})
def patch_user(user_id: UserId, body: UserPatch, principal: CurrentPrincipal, request: IdempotencyKey,
               state: State, if_match: IfMatch = None) -> Response:
    def work(conn: Connection) -> Response:
        return _answer(users.update_user(conn, principal, user_id, body, if_match))

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)


@router.post("/{user_id}/assignments", response_model=User, summary="Assign and un-assign products",
             description="By product id and by site (every product of the site), in one request; what is already "
                         "so is left alone. Un-assigned products leave a customer's feed at their next pull. "
                         "Refusals: `user.product_unknown`, `user.site_unknown` (with the field), `forbidden`.",
             responses={**problems(400, 404, 409, 422), **FORBIDDEN,
                        200: {"description": "The user with their assignments", "headers": ETAG_HEADER}})
def change_assignments(user_id: UserId, body: AssignmentsIn, principal: CurrentPrincipal, request: IdempotencyKey,
                       state: State) -> Response:
    def work(conn: Connection) -> Response:
        return _answer(users.change_assignments(conn, principal, user_id, body))

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)
