"""Sign-in, token refresh and sign-out. These POSTs need no Idempotency-Key: repeating one is harmless (a second
token pair, a second refresh attempt that fails cleanly, a second sign-out that does nothing)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request
from starlette.responses import Response

from domain import problems as codes
from domain.email import normalize_email
from domain.wire import (
    LogoutRequest,
    PasswordSetIn,
    RefreshRequest,
    TokenPair,
    TokenRequest,
)
from portal import auth, invitations
from portal.problems import ProblemError
from portal.responses import problems
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1/auth", tags=["auth"])
State = Annotated[PortalState, Depends(portal_state)]


@router.post("/token", response_model=TokenPair, summary="Sign in with e-mail and password",
             description="Wrong passwords are throttled per account, per client address and per both: past a few, "
                         "the next sign-in waits 1 s, then 2, 4, … at most 60 s, answered 429 `rate_limited` with "
                         "`Retry-After` (a right password too, while the wait lasts). A right password clears the "
                         "account's count.",
             responses=problems(401, 422, 429))
def token(body: TokenRequest, state: State, request: Request) -> TokenPair:
    throttle = state.sign_in_throttle
    account, address = normalize_email(body.email), request.client.host if request.client else ""
    if wait := throttle.retry_after(account, address):
        raise ProblemError(429, codes.RATE_LIMITED, f"Too many wrong passwords. Try again in {wait} s.",
                           headers={"Retry-After": str(wait)})
    with state.store.write() as conn:
        user_id = auth.check_credentials(conn, body.email, body.password)
        if user_id is None:
            throttle.failed(account, address)
            raise ProblemError(401, codes.AUTH_INVALID_CREDENTIALS, "The e-mail or the password is wrong.")
        throttle.succeeded(account, address)
        return auth.issue_tokens(conn, user_id, state)


@router.post("/refresh", response_model=TokenPair, summary="Swap a refresh token for a new token pair",
             description="The refresh token is rotated: it works once. Sent again within "
                         f"{auth.REFRESH_RETRY_SECONDS} seconds, once, while the "
                         "token that replaced it is unused (a retry of a refresh whose answer was lost), it gets the "
                         "very same new pair again. Any other reuse of a used refresh token is taken as theft: the "
                         "whole session (every token of that sign-in) is revoked and the answer is 401 "
                         "`auth.token_invalid`.",
             responses=problems(401, 422))
def refresh(body: RefreshRequest, state: State) -> TokenPair:
    with state.store.write() as conn:
        pair = auth.rotate_refresh_token(conn, body.refresh_token, state)
    if pair is None:  # raised only now, so that the revocation is committed
        raise auth.stolen_refresh_token()
    return pair


@router.post("/logout", status_code=204, response_class=Response, summary="Sign out",
             description="With a refresh token: ends that session. Without one: ends every session of the caller "
                         "(who must then send a valid access token).",
             responses=problems(401, 422))
def logout(state: State, principal: Annotated[auth.Principal | None, Depends(auth.lenient_principal)],
           body: Annotated[LogoutRequest | None, Body()] = None) -> Response:
    with state.store.write() as conn:
        if body is not None and body.refresh_token:
            auth.end_session(conn, body.refresh_token, state)
        elif principal is not None:
            auth.end_all_sessions(conn, principal.user_id)
        else:
            raise auth.token_invalid("Send the refresh token to end, or an access token to end every session.")
    return Response(status_code=204)


@router.post("/set-password", status_code=204, response_class=Response,
             summary="Set the password with the one-time token from an invitation mail",
             description="No sign-in: the token is the proof. It works once; then the user signs in with their "
                         "e-mail and this password. Refusals (422, with the field): `invitation.unknown`, "
                         "`invitation.used`, `invitation.expired`, `password.too_short`, `password.too_long`.",
             responses=problems(422))
def set_password(body: PasswordSetIn, state: State) -> Response:
    with state.store.write() as conn:
        invitations.set_password(conn, body.token, body.password, state.now())
    return Response(status_code=204)
