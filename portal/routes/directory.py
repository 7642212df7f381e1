"""Who am I, the account's sites and its users (an administrator sees all users; a customer only themself)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from domain.wire import Me, Site, User
from portal import entities
from portal.auth import CurrentPrincipal
from portal.db import users
from portal.responses import problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1", tags=["account"], responses=problems(401))
State = Annotated[PortalState, Depends(portal_state)]


@router.get("/me", response_model=Me, summary="The signed-in user and their account")
def me(principal: CurrentPrincipal, state: State) -> Me:
    with state.store.read() as conn:
        user = entities.users_where(conn, principal, users.c.id == principal.user_id)[0]
        return Me(user=user, account=entities.account_of(conn, principal))


@router.get("/sites", response_model=list[Site], summary="The account's sites")
def list_sites(principal: CurrentPrincipal, state: State) -> list[Site]:
    with state.store.read() as conn:
        return entities.sites_where(conn, principal)


@router.get("/users", response_model=list[User], summary="Users the caller may see",
            description="An administrator gets every user of the account; a customer only themself.")
def list_users(principal: CurrentPrincipal, state: State) -> list[User]:
    with state.store.read() as conn:
        return entities.users_where(conn, principal)
