"""The portal's identity (`GET /v1/portal`): one id per database, so a client keys its cache by the portal, not by
the address that reached it (another port, an alias, http → https). Public: a client asks before signing in."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Connection, insert, select

from domain.wire import PortalInfo
from portal.db import feed_meta
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1", tags=["health"])
State = Annotated[PortalState, Depends(portal_state)]

PORTAL_ID_KEY = "portal_id"


@router.get("/portal", response_model=PortalInfo, summary="This portal's identity (no sign-in needed)",
            description="`portal_id` is made once and kept in the portal's database: every address of this portal "
                        "answers the same id, and it stays the same across restarts. Clients key their offline "
                        "data by it, so unsent work is found again when the address changes form.")
def portal_info(state: State) -> PortalInfo:
    with state.store.read() as conn:
        found = conn.execute(select(feed_meta.c.value).where(feed_meta.c.key == PORTAL_ID_KEY)).scalar_one()
    return PortalInfo(portal_id=found)


def ensure_portal_id(conn: Connection) -> str:
    """Made at the first start-up on a database and never changed after (`portal.app.prepare`)."""
    found = conn.execute(select(feed_meta.c.value).where(feed_meta.c.key == PORTAL_ID_KEY)).scalar()
    if found is None:
        found = str(uuid.uuid4())
        conn.execute(insert(feed_meta).values(key=PORTAL_ID_KEY, value=found))
    return found
