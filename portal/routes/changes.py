"""The delta feed the client's sync pulls: see `portal.changes` for the cursor and its guarantees."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from domain.wire import ChangePage
from portal import changes
from portal.auth import CurrentPrincipal
from portal.responses import problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1", tags=["sync"], responses=problems(401, 422))
State = Annotated[PortalState, Depends(portal_state)]


@router.get("/changes", response_model=ChangePage, summary="What changed since a cursor",
            description="Upserts (with the entity as its GET returns it) and deletes of everything the caller may "
                        "see, oldest first, repeats within a page collapsed. Without a cursor: everything from the "
                        "start. `reset: true` means the cursor no longer fits (what the caller may see changed, or "
                        "it is malformed or from another database): drop the cache and take these pages as all. "
                        "Keep paging while `has_more`.")
def feed(principal: CurrentPrincipal, state: State,
         cursor: Annotated[str | None, Query(max_length=200, description="From the previous page; omit at first")]
         = None,
         limit: Annotated[int, Query(ge=1, le=changes.MAX_LIMIT)] = changes.DEFAULT_LIMIT) -> ChangePage:
    with state.store.read() as conn:
        return changes.read_page(conn, principal, cursor, limit)
