"""Invitations: a new user gets a mail with a one-time link to set their password. The token is random and only ever
in that mail; the table keeps its SHA-256 and an expiry. Setting the password uses it up, so a forwarded or replayed
link does nothing; an expired, used or unknown token is refused, each with its own code, so the page (or the app)
can say what to do next."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from domain import problems
from domain.users import password_problem
from domain.wire import FieldError
from portal import changes, mail
from portal.auth import token_hash
from portal.db import invitations, users
from portal.passwords import hash_password
from portal.problems import ProblemError

INVITATION_TTL = timedelta(days=7)
SET_PASSWORD_PAGE = "set-password"
"""Where the link points, below the portal's address: the web page that asks for the password and posts it, with
the token, to `POST /v1/auth/set-password` (that page is not part of this reference server)."""


def invite(conn: Connection, *, user_id: str, email: str, name: str, base_url: str, now: datetime) -> None:
    """Write the invitation and its mail, in the caller's transaction (the user's creation)."""
    token = secrets.token_urlsafe(32)
    conn.execute(insert(invitations).values(token_hash=token_hash(token), user_id=user_id,
                                            created_at=now.isoformat(),
                                            expires_at=(now + INVITATION_TTL).isoformat()))
    link = f"{base_url.rstrip('/')}/{SET_PASSWORD_PAGE}?token={token}"
    days = INVITATION_TTL.days
    body = (f"Hello {name},\n\nYou have been given a user in the service portal. Open this link to choose your "
            f"password (it works once, for {days} days):\n\n{link}\n\nThen sign in with {email}.\n")
    mail.queue(conn, to=email, subject="Your user in the service portal", body=body, reason="invitation", now=now)


def set_password(conn: Connection, token: str, password: str, now: datetime) -> None:
    """Use the invitation up and set the user's password; refuses an unknown, used or expired token (in that order
    of checking) and a password the rules refuse."""
    row = conn.execute(select(invitations, users.c.active, users.c.account_id).join(users, users.c.id == invitations.c.user_id)
                       .where(invitations.c.token_hash == token_hash(token))).first()
    if row is None or not row.active:
        raise ProblemError(422, problems.INVITATION_UNKNOWN, "This link is not valid. Ask your administrator for a "
                                                             "new invitation.", errors=[_token_error(
                                                                 problems.INVITATION_UNKNOWN)])
    if row.used_at is not None:
        raise ProblemError(422, problems.INVITATION_USED, "This link was used already: sign in with the password "
                                                          "you chose.", errors=[_token_error(problems.INVITATION_USED)])
    if datetime.fromisoformat(row.expires_at) <= now:
        raise ProblemError(422, problems.INVITATION_EXPIRED, "This link has expired. Ask your administrator for a "
                                                             "new invitation.",
                           errors=[_token_error(problems.INVITATION_EXPIRED)])
    if refused := password_problem(password):
        message = problems.TITLES[refused.code]
        raise ProblemError(422, refused.code, message,
                           errors=[FieldError(field="password", code=refused.code, message=message)])
    conn.execute(update(invitations).where(invitations.c.user_id == row.user_id, invitations.c.used_at.is_(None))
                 .values(used_at=now.isoformat()))
    conn.execute(update(users).where(users.c.id == row.user_id).values(password_hash=hash_password(password)))
    changes.record(conn, [changes.ChangeRecord(row.account_id, "user", row.user_id)])  # no longer "invited"


def _token_error(code: str) -> FieldError:
    return FieldError(field="token", code=code, message=problems.TITLES[code])
