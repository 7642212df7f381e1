"""The account's own data: every user of the account reads it; an administrator changes it with If-Match."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header
from starlette.responses import Response

from domain.text_limits import MAX_ETAG_HEADER
from domain.wire import Account, AccountPatch
from portal import account_edits, entities, idempotency
from portal.auth import CurrentPrincipal
from portal.idempotency import IdempotencyKey
from portal.responses import json_response, problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1", tags=["account"], responses=problems(401))
State = Annotated[PortalState, Depends(portal_state)]
_ETAG = {"ETag": {"description": "The account's version, quoted: send it back as If-Match",
                  "schema": {"type": "string"}}}


@router.get("/account", response_model=Account, summary="The caller's account",
            description="Every user of the account reads it, administrators and customers alike.",
            responses={200: {"description": "The account", "headers": _ETAG}})
def get_account(principal: CurrentPrincipal, state: State) -> Response:
    with state.store.read() as conn:
        account = entities.account_of(conn, principal)
    return json_response(account, headers={"ETag": account_edits.etag(account)})


@router.patch("/account", response_model=Account, summary="Change the account's data (administrators)",
              description="Only an administrator (a customer gets 403 `forbidden`). If-Match is required: without it "
                          "428 `precondition.required`; with an ETag the account has moved on from, 412 "
                          "`conflict.etag_mismatch` with the current ETag, and nothing is overwritten. A bad field "
                          "gets 422 `validation.failed` naming each field with its code (`domain.account`).",
              responses={**problems(400, 403, 409, 412, 422, 428),
                         200: {"description": "The account as it now is", "headers": _ETAG}})
def patch_account(body: AccountPatch, principal: CurrentPrincipal, request: IdempotencyKey, state: State,
                  if_match: Annotated[str | None, Header(max_length=MAX_ETAG_HEADER,
                                                         description="The ETag the edit is based on")] = None
                  ) -> Response:
    def work(conn) -> Response:
        account = account_edits.update_account(conn, principal, body, if_match)
        return json_response(account, headers={"ETag": account_edits.etag(account)})

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)
