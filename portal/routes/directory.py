"""Who am I, the account's sites and its users (an administrator sees all users; a customer only themself)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Connection
from starlette.responses import Response

from domain.wire import Me, MePatch, Site, User
from portal import entities, idempotency, preferences
from portal.auth import CurrentPrincipal
from portal.idempotency import IdempotencyKey
from portal.responses import json_response, problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1", tags=["account"], responses=problems(401))
State = Annotated[PortalState, Depends(portal_state)]


@router.get("/me", response_model=Me, summary="The signed-in user and their account")
def me(principal: CurrentPrincipal, state: State) -> Me:
    with state.store.read() as conn:
        return entities.me_of(conn, principal)


@router.patch("/me", response_model=Me, summary="Change the signed-in user's own preferences",
              description="`email_updates_default` is what a new case chooses when its `email_updates` is left "
                          "out; cases already open keep their own choice. `language` is the language the service "
                          "desk writes to the user in. A field left out keeps its value.",
              responses=problems(400, 409, 422))
def patch_me(body: MePatch, principal: CurrentPrincipal, request: IdempotencyKey, state: State) -> Response:
    def work(conn: Connection) -> Response:
        if body.email_updates_default is not None:
            preferences.set_email_updates_default(conn, principal, body.email_updates_default)
        if body.language is not None:
            preferences.set_language(conn, principal, body.language)
        return json_response(entities.me_of(conn, principal))

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)


@router.get("/sites", response_model=list[Site], summary="The account's sites")
def list_sites(principal: CurrentPrincipal, state: State) -> list[Site]:
    with state.store.read() as conn:
        return entities.sites_where(conn, principal)


@router.get("/users", response_model=list[User], summary="Users the caller may see",
            description="An administrator gets every user of the account (with role, whether active or still "
                        "invited, and the products assigned); a customer only themself. Managing them: "
                        "`/v1/users/{user_id}` (docs/api-users.md).")
def list_users(principal: CurrentPrincipal, state: State) -> list[User]:
    with state.store.read() as conn:
        return entities.users_where(conn, principal)
