"""Sign-in, token rotation and the `current_principal` dependency every protected route uses.

Tokens are random (`secrets.token_urlsafe`) and stored only as SHA-256 hashes. One sign-in is one session: refresh
rotates the session's refresh token (the old one stops working after a short reuse interval), logout ends the session or all of a user's.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, delete, func, insert, select, update

from domain import problems
from domain.email import normalize_email
from domain.wire import TokenPair
from portal.db import tokens, users
from portal.passwords import DUMMY_HASH, verify_password
from portal.problems import ProblemError
from portal.state import PortalState, portal_state

bearer = HTTPBearer(auto_error=False, description="Access token from POST /v1/auth/token")


@dataclass(frozen=True)
class Principal:
    user_id: str
    account_id: str
    email: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


REFRESH_REUSE_SECONDS = 600
"""How long a used refresh token still works: long enough for a client's backoff to retry a refresh whose answer was
lost, short enough that a copied token soon stops working."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_credentials(conn: Connection, email: str, password: str) -> str | None:
    """The user id for a right e-mail and password, else None (in the same time either way)."""
    row = conn.execute(select(users.c.id, users.c.password_hash)
                       .where(func.lower(users.c.email) == normalize_email(email))).first()
    ok = verify_password(password, row.password_hash if row else DUMMY_HASH)
    return row.id if row and ok else None


def issue_tokens(conn: Connection, user_id: str, state: PortalState, session_id: str | None = None) -> TokenPair:
    now = state.now().timestamp()
    session_id = session_id or str(uuid.uuid4())
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
    conn.execute(insert(tokens), [
        {"token_hash": token_hash(access), "kind": "access", "user_id": user_id, "session_id": session_id,
         "expires_at": now + state.access_ttl},
        {"token_hash": token_hash(refresh), "kind": "refresh", "user_id": user_id, "session_id": session_id,
         "expires_at": now + state.refresh_ttl},
    ])
    return TokenPair(access_token=access, refresh_token=refresh, expires_in=state.access_ttl)


def rotate_refresh_token(conn: Connection, refresh_token: str, state: PortalState) -> TokenPair:
    """A new pair for the session. The token used stays valid for `REFRESH_REUSE_SECONDS` more, because the answer
    may be lost on a flaky network and the client retries with the token it still has; such a retry revokes the
    pair whose answer was lost, so a session never holds more than the newest refresh token and the one before."""
    row = _live_token(conn, refresh_token, "refresh", state)
    if row is None:
        raise token_invalid("The refresh token is unknown, expired or already used. Sign in again.")
    conn.execute(delete(tokens).where(tokens.c.session_id == row.session_id, tokens.c.kind == "refresh",
                                      tokens.c.token_hash != row.token_hash))
    reuse_until = min(row.expires_at, state.now().timestamp() + REFRESH_REUSE_SECONDS)
    conn.execute(update(tokens).where(tokens.c.token_hash == row.token_hash).values(expires_at=reuse_until))
    return issue_tokens(conn, row.user_id, state, session_id=row.session_id)


def end_session(conn: Connection, refresh_token: str, state: PortalState) -> None:
    """Revoke the session `refresh_token` belongs to (its refresh and access tokens). Unknown tokens are ignored:
    signing out twice is not an error."""
    row = _live_token(conn, refresh_token, "refresh", state)
    if row is not None:
        conn.execute(delete(tokens).where(tokens.c.session_id == row.session_id))


def end_all_sessions(conn: Connection, user_id: str) -> None:
    conn.execute(delete(tokens).where(tokens.c.user_id == user_id))


def principal_for(conn: Connection, access_token: str, state: PortalState) -> Principal | None:
    row = conn.execute(
        select(users.c.id, users.c.account_id, users.c.email, users.c.role)
        .join(tokens, tokens.c.user_id == users.c.id)
        .where(tokens.c.token_hash == token_hash(access_token), tokens.c.kind == "access",
               tokens.c.expires_at > state.now().timestamp())).first()
    return Principal(row.id, row.account_id, row.email, row.role) if row else None


def purge_expired_tokens(conn: Connection, now: datetime) -> None:
    conn.execute(delete(tokens).where(tokens.c.expires_at <= now.timestamp()))


def token_invalid(detail: str = "Send a valid access token as 'Authorization: Bearer <token>'.") -> ProblemError:
    return ProblemError(401, problems.AUTH_TOKEN_INVALID, detail,
                        headers={"WWW-Authenticate": 'Bearer realm="portal", error="invalid_token"'})


def lenient_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    state: Annotated[PortalState, Depends(portal_state)],
) -> Principal | None:
    """The caller if a valid access token was sent, else None (for sign-out, which may come with an expired one)."""
    if credentials is None:
        return None
    with state.store.read() as conn:
        return principal_for(conn, credentials.credentials, state)


def optional_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    principal: Annotated[Principal | None, Depends(lenient_principal)],
) -> Principal | None:
    """The caller, or None when no Authorization header was sent. A token that was sent but is bad is a 401."""
    if credentials is not None and principal is None:
        raise token_invalid("The access token is unknown or expired. Refresh it or sign in again.")
    return principal


def current_principal(principal: Annotated[Principal | None, Depends(optional_principal)]) -> Principal:
    if principal is None:
        raise token_invalid()
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def _live_token(conn: Connection, token: str, kind: str, state: PortalState):
    return conn.execute(select(tokens).where(tokens.c.token_hash == token_hash(token), tokens.c.kind == kind,
                                             tokens.c.expires_at > state.now().timestamp())).first()
