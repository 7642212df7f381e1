"""Sign-in, token rotation and the `current_principal` dependency every protected route uses.

Tokens are random (`secrets.token_urlsafe`) and stored only as SHA-256 hashes. One sign-in is one session (a token
family): refresh rotates the session's refresh token, logout ends the session or all of a user's.

A refresh token works once. The very same token sent again within `REFRESH_RETRY_SECONDS`, once, while the token that
replaced it is still unused, is a client retrying a refresh whose answer it lost: it gets the very same new pair
again. Any other use of a used refresh token means two parties hold it, one of them a thief: the whole session is
revoked (both sign in again; the thief cannot). A used token is remembered for `USED_TOKEN_MEMORY_SECONDS`.
"""

from __future__ import annotations

import hashlib
import logging
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

log = logging.getLogger(__name__)

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


REFRESH_RETRY_SECONDS = 20
"""How soon a client may send a used refresh token again and get the same answer: a retry of a refresh whose answer
was lost comes within seconds; a thief's copy seldom does, and then it is only ever the one answer the client got."""

USED_TOKEN_MEMORY_SECONDS = 7 * 24 * 3600
"""How long a used refresh token is recognised, so that its reuse revokes the session (after that it is unknown)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_credentials(conn: Connection, email: str, password: str) -> str | None:
    """The user id for a right e-mail and password of an active user, else None (in the same time either way: a
    deactivated user is told no more than a wrong password)."""
    row = conn.execute(select(users.c.id, users.c.password_hash)
                       .where(func.lower(users.c.email) == normalize_email(email), users.c.active == 1)).first()
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


def rotate_refresh_token(conn: Connection, refresh_token: str, state: PortalState) -> TokenPair | None:
    """A new pair for the session, once per refresh token (see the module's docstring for a retry). None when the
    token was used before and this is no retry: the session is revoked, and the caller must let that commit before it
    answers `stolen_refresh_token()`."""
    row = _live_token(conn, refresh_token, "refresh", state)
    if row is None:
        raise token_invalid("The refresh token is unknown or expired. Sign in again.")
    now = state.now().timestamp()
    if row.used_at is None:
        pair = issue_tokens(conn, row.user_id, state, session_id=row.session_id)
        conn.execute(update(tokens).where(tokens.c.token_hash == row.token_hash).values(
            used_at=now, replaced_by=token_hash(pair.refresh_token), replay=_seal(refresh_token, pair),
            expires_at=min(row.expires_at, now + USED_TOKEN_MEMORY_SECONDS)))
        return pair
    if row.replay is not None and now - row.used_at <= REFRESH_RETRY_SECONDS and _unused(conn, row.replaced_by):
        conn.execute(update(tokens).where(tokens.c.token_hash == row.token_hash).values(replay=None))
        return _unseal(refresh_token, row.replay)
    conn.execute(delete(tokens).where(tokens.c.session_id == row.session_id))
    log.warning("A used refresh token of user %s was sent again: session %s is revoked", row.user_id, row.session_id)
    return None


def stolen_refresh_token() -> ProblemError:
    return token_invalid("This refresh token was already used, so its sign-in is ended for safety. Sign in again.")


def _unused(conn: Connection, refresh_hash: str | None) -> bool:
    """The refresh token that replaced a used one is still live and unused (the client never got it, or not yet)."""
    return conn.execute(select(tokens.c.token_hash).where(tokens.c.token_hash == refresh_hash,
                                                          tokens.c.used_at.is_(None))).first() is not None


def _seal(refresh_token: str, pair: TokenPair) -> bytes:
    """The pair, readable only by whoever holds `refresh_token` (the table keeps its hash, never the token)."""
    plain = pair.model_dump_json().encode()
    return bytes(a ^ b for a, b in zip(plain, _keystream(refresh_token, len(plain))))


def _unseal(refresh_token: str, sealed: bytes) -> TokenPair:
    plain = bytes(a ^ b for a, b in zip(sealed, _keystream(refresh_token, len(sealed))))
    return TokenPair.model_validate_json(plain)


def _keystream(refresh_token: str, length: int) -> bytes:
    return hashlib.shake_256(b"portal refresh replay\0" + refresh_token.encode()).digest(length)


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
        .where(tokens.c.token_hash == token_hash(access_token), tokens.c.kind == "access", users.c.active == 1,
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
