"""Changing the account's own data: administrators only, and only with the ETag it was read with (If-Match is
required), so two administrators editing the account see a conflict instead of one silently overwriting the other.

The account as it would be after the edit is checked with `domain.account` (the rule the app's form runs as it is
typed); a refusal names every bad field with its code.
"""

from __future__ import annotations

from sqlalchemy import Connection, update

from domain import account as rules
from domain import problems
from domain.wire import Account, AccountPatch, FieldError
from portal import changes, entities
from portal import if_match as if_match_rule
from portal.auth import Principal
from portal.db import accounts
from portal.problems import ProblemError


def etag(account: Account) -> str:
    return if_match_rule.etag(account.version)


def update_account(conn: Connection, principal: Principal, patch: AccountPatch, if_match: str | None) -> Account:
    """Apply `patch` to the caller's account and record it in the feed. Refused: 403 for a customer, 428 without
    If-Match, 412 (with the current ETag) when the account moved on, 422 with the field codes. An edit that changes
    nothing keeps the version."""
    if not principal.is_admin:
        raise ProblemError(403, problems.FORBIDDEN, "Only an administrator of the account may change its data.")
    current = entities.account_of(conn, principal)
    if_match_rule.check(if_match, current.version, "The account", required=True)
    wanted = {field: rules.cleaned(field, value) for field, value in patch.model_dump(exclude_none=True).items()}
    _refuse_problems({**current.model_dump(include=set(rules.ACCOUNT_FIELDS)), **wanted})
    if all(getattr(current, field) == value for field, value in wanted.items()):
        return current
    conn.execute(update(accounts).where(accounts.c.id == principal.account_id)
                 .values(**wanted, version=accounts.c.version + 1))
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "account", principal.account_id)])
    return entities.account_of(conn, principal)


def _refuse_problems(values: dict[str, str]) -> None:
    found = rules.account_problems(values)
    if found:
        errors = [FieldError(field=p.field, code=p.code, message=problems.TITLES.get(p.code, p.code)) for p in found]
        raise ProblemError(422, problems.VALIDATION_FAILED, "; ".join(e.message for e in errors), errors=errors)
