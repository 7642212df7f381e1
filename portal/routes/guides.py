"""Guided self-help: every guide in both languages, for any signed-in user. Clients cache them and ask again with
If-None-Match, which answers 304 while nothing changed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from starlette.responses import Response

from domain.wire import Guide
from portal import guides
from portal.auth import CurrentPrincipal
from portal.responses import problems

router = APIRouter(prefix="/v1/guides", tags=["guides"], responses=problems(401))


@router.get("", response_model=list[Guide], summary="Every self-help guide, in bokmål and English",
            description="Each guide is a tree: `start_step`, then steps whose answers go to another step, end as "
                        "`solved`, or `open_case` with a category. All text is plain text. The answer carries an "
                        "ETag; send it back as If-None-Match to get 304 while the guides are unchanged.",
            responses={200: {"description": "The guides",
                             "headers": {"ETag": {"description": "Version of the whole list, quoted",
                                                  "schema": {"type": "string"}}}},
                       304: {"description": "Not modified: the If-None-Match ETag is still current"}})
def list_guides(_principal: CurrentPrincipal,
                if_none_match: Annotated[str | None, Header(max_length=1000, description="An ETag from an earlier "
                                                                                        "answer")] = None) -> Response:
    headers = {"ETag": guides.etag(), "Cache-Control": "private, no-cache"}
    if guides.not_modified(if_none_match):
        return Response(status_code=304, headers=headers)
    return Response(content=guides.guides_json(), media_type="application/json", headers=headers)
