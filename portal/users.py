"""An administrator's users: create (with an invitation), change role, deactivate and reactivate, assign and
un-assign products. Every change is a feed change of the entity "user" (and "me" for the user themself); a change of
what the user may see (role, assignments) bumps their visibility epoch, so it takes effect in their feed at the next
pull. The account's last active administrator is never demoted or deactivated (`user.last_admin`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update

from domain import problems
from domain.email import normalize_email
from domain.problems import Problem
from domain.users import new_user_problems, tidy_name
from domain.wire import AssignmentsIn, FieldError, User, UserIn, UserPatch
from portal import changes, invitations
from portal import if_match as if_match_rule
from portal.assignments import set_assignments
from portal.auth import Principal, end_all_sessions
from portal.db import assignments, products, sites, users
from portal.entities import NO_PASSWORD, visible_user
from portal.problems import ProblemError, not_found


def managed_user(conn: Connection, principal: Principal, user_id: str) -> User:
    """The user an administrator changes. A user the caller may not see is a 404 like one that does not exist; a
    customer's own user is visible, but theirs to change only through `/v1/me` (403)."""
    user = visible_user(conn, principal, user_id)
    if user is None:
        raise not_found("The user")
    require_admin(principal)
    return user


def require_admin(principal: Principal) -> None:
    if not principal.is_admin:
        raise ProblemError(403, problems.FORBIDDEN, "Only an administrator of the account manages its users.")


def create_user(conn: Connection, principal: Principal, body: UserIn, *, base_url: str, now: datetime) -> User:
    require_admin(principal)
    name, email = tidy_name(body.name), body.email.strip()
    found = new_user_problems(name, email)
    if not found and _email_taken(conn, email):
        found.append(Problem("email", problems.USER_EMAIL_TAKEN))
    _refuse(found)
    _check_products(conn, principal, body.product_ids, "product_ids")
    user_id = body.id or str(uuid.uuid4())
    if conn.execute(select(users.c.id).where(users.c.id == user_id)).first() is not None:
        raise ProblemError(422, problems.VALIDATION_FAILED, "A different user already has this id. Make a new id.",
                           errors=[FieldError(field="id", code=problems.VALIDATION_FAILED,
                                              message="A different user already has this id.")])
    conn.execute(insert(users).values(id=user_id, account_id=principal.account_id, email=normalize_email(email),
                                      name=name, role=body.role, password_hash=NO_PASSWORD))
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "user", user_id)])
    if body.product_ids:
        set_assignments(conn, user_id, body.product_ids)
    invitations.invite(conn, user_id=user_id, email=normalize_email(email), name=name, base_url=base_url, now=now)
    return visible_user(conn, principal, user_id)


def update_user(conn: Connection, principal: Principal, user_id: str, patch: UserPatch, if_match: str | None) -> User:
    """Change role and/or active, only from the version `if_match` names (required). A change to nothing new keeps
    the version."""
    user = managed_user(conn, principal, user_id)
    if_match_rule.check(if_match, user.version, "The user", required=True)
    role = patch.role if patch.role is not None else user.role
    active = patch.active if patch.active is not None else user.active
    if (role, active) == (user.role, user.active):
        return user
    if user.role == "admin" and user.active and (role != "admin" or not active):
        _keep_an_admin(conn, principal, user_id, "role" if role != "admin" else "active")
    conn.execute(update(users).where(users.c.id == user_id)
                 .values(role=role, active=int(active), version=users.c.version + 1))
    if not active:
        end_all_sessions(conn, user_id)
    if role != user.role:
        changes.bump_visibility(conn, [user_id])
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "user", user_id),
                          changes.ChangeRecord(principal.account_id, "me", user_id)])
    return visible_user(conn, principal, user_id)


def change_assignments(conn: Connection, principal: Principal, user_id: str, body: AssignmentsIn) -> User:
    """Assign and un-assign, by product and by site, in one go (un-assigning wins over assigning the same)."""
    managed_user(conn, principal, user_id)
    _check_products(conn, principal, body.assign, "assign")
    _check_products(conn, principal, body.unassign, "unassign")
    add = set(body.assign) | _products_of_sites(conn, principal, body.assign_sites, "assign_sites")
    remove = set(body.unassign) | _products_of_sites(conn, principal, body.unassign_sites, "unassign_sites")
    current = set(conn.execute(select(assignments.c.product_id).where(assignments.c.user_id == user_id)).scalars())
    set_assignments(conn, user_id, (current | add) - remove)
    return visible_user(conn, principal, user_id)


def _keep_an_admin(conn: Connection, principal: Principal, user_id: str, field: str) -> None:
    others = conn.execute(select(func.count()).select_from(users).where(
        users.c.account_id == principal.account_id, users.c.role == "admin", users.c.active == 1,
        users.c.id != user_id)).scalar_one()
    if not others:
        message = problems.TITLES[problems.USER_LAST_ADMIN]
        raise ProblemError(409, problems.USER_LAST_ADMIN, message + ". Make another user an administrator first.",
                           errors=[FieldError(field=field, code=problems.USER_LAST_ADMIN, message=message)])


def _email_taken(conn: Connection, email: str) -> bool:
    """Addresses are unique across the portal (a user signs in with theirs alone), not only in the account."""
    return conn.execute(select(users.c.id).where(func.lower(users.c.email) == normalize_email(email))).first() \
        is not None


def _check_products(conn: Connection, principal: Principal, product_ids: list[str], field: str) -> None:
    wanted = set(product_ids)
    if not wanted:
        return
    known = set(conn.execute(select(products.c.id).where(products.c.account_id == principal.account_id,
                                                         products.c.id.in_(wanted))).scalars())
    if unknown := sorted(wanted - known):
        raise ProblemError(422, problems.USER_PRODUCT_UNKNOWN, f"The account has no product {unknown[0]}.",
                           errors=[FieldError(field=field, code=problems.USER_PRODUCT_UNKNOWN,
                                              message=f"Not a product of the account: {', '.join(unknown[:10])}")])


def _products_of_sites(conn: Connection, principal: Principal, site_ids: list[str], field: str) -> set[str]:
    wanted = set(site_ids)
    if not wanted:
        return set()
    known = set(conn.execute(select(sites.c.id).where(sites.c.account_id == principal.account_id,
                                                      sites.c.id.in_(wanted))).scalars())
    if unknown := sorted(wanted - known):
        raise ProblemError(422, problems.USER_SITE_UNKNOWN, f"The account has no site {unknown[0]}.",
                           errors=[FieldError(field=field, code=problems.USER_SITE_UNKNOWN,
                                              message=f"Not a site of the account: {', '.join(unknown[:10])}")])
    return set(conn.execute(select(products.c.id).where(products.c.account_id == principal.account_id,
                                                        products.c.site_id.in_(wanted))).scalars())


def _refuse(found: list[Problem]) -> None:
    if not found:
        return
    errors = [FieldError(field=p.field, code=p.code, message=problems.TITLES.get(p.code, p.code)) for p in found]
    code = found[0].code if len(found) == 1 else problems.VALIDATION_FAILED
    raise ProblemError(422, code, "; ".join(f"{e.field}: {e.message}" for e in errors), errors=errors)
