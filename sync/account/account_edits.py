"""An administrator's edit of the account's data: the account as an editable entity (`sync.edits`), queued offline
as one `PATCH /account` with If-Match on the cached version ("account.edit").

The machinery does the rest: the edit shows at once, a newer copy from the portal keeps it laid over, a 412 makes it
a conflict (both versions field by field, answered with the conflict dialog: keep mine, take the portal's, or per
field), any other refusal stays refused until it is fixed or discarded; never dropped. This module adds what only
the account knows: who may edit it (an administrator) and its rule (`domain.account`), checked offline before
anything is queued.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from sqlalchemy import Connection, Engine, select, update

from domain import problems
from domain.account import ACCOUNT_FIELDS, account_problems, cleaned
from domain.problems import Problem
from domain.wire import Account
from sync.cache.changed import Changed
from sync.cache.schema import account, me
from sync.edits import operations
from sync.feature_spec import CachedValues, EditableEntity


class AccountInputError(ValueError):
    """The edit breaks a rule; `problems` says which, each with its field and code (`domain.account`), or
    `forbidden` / `not_found` (field "") when the signed-in user is not an administrator or the account is not
    cached yet. No sentence: the desktop and the command line word them. `str()` is for logs."""

    def __init__(self, found: Sequence[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in found))
        self.problems = tuple(found)


def read_account(conn: Connection, account_id: str) -> CachedValues | None:
    row = conn.execute(select(account.c.version, *(account.c[name] for name in ACCOUNT_FIELDS))
                       .where(account.c.id == account_id)).mappings().first()
    return None if row is None else (row["version"], {name: row[name] for name in ACCOUNT_FIELDS})


def write_account(conn: Connection, account_id: str, values: Mapping[str, Any]) -> None:
    conn.execute(update(account).where(account.c.id == account_id).values(**dict(values)))


ACCOUNT_EDIT = EditableEntity(entity="account", path="/account", fields=ACCOUNT_FIELDS, answer=Account,
                              read=read_account, write=write_account)


def queue_account_edit(engine: Engine, typed: Mapping[str, str], *, replacing: int | None = None) -> Changed:
    """Check the account as it would be with `typed` (fields of `domain.account.ACCOUNT_FIELDS`; others are
    ignored), then show it and queue it (`sync.edits.operations.edit`; `replacing`: a refused edit this one
    corrects). Raises AccountInputError, or `EditRefused` while an earlier edit waits to be answered; {} when
    nothing changes."""
    with engine.connect() as conn:
        role = conn.execute(select(me.c.role).where(me.c.id == 1)).scalar_one_or_none()
        row = conn.execute(select(account)).mappings().first()
    if role != "admin":
        raise AccountInputError([Problem("", problems.FORBIDDEN)])
    if row is None:
        raise AccountInputError([Problem("", problems.NOT_FOUND)])
    wanted = {field: cleaned(field, str(value)) for field, value in typed.items() if field in ACCOUNT_FIELDS}
    found = account_problems({**{field: row[field] for field in ACCOUNT_FIELDS}, **wanted})
    if found:
        raise AccountInputError(found)
    return operations.edit(engine, ACCOUNT_EDIT, row["id"], wanted, summary="Account: " + ", ".join(wanted),
                           replacing=replacing)
