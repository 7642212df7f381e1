"""Which products a customer may see. Changing it changes that user's view of the whole feed, so it bumps their
visibility epoch (their next feed page is a reset) and logs the products whose `assigned_user_ids` changed and the
user, whose `assigned_product_ids` did (so administrators' caches follow)."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import Connection, delete, insert, select

from portal import changes
from portal.changes import ChangeRecord
from portal.db import assignments, products, users


def set_assignments(conn: Connection, user_id: str, product_ids: Iterable[str]) -> set[str]:
    """Assign exactly `product_ids` (of the user's account) to the user; returns the products whose assignment
    changed. Unknown ids or products of another account raise `ValueError`."""
    account_id = conn.execute(select(users.c.account_id).where(users.c.id == user_id)).scalar_one()
    wanted = set(product_ids)
    known = set(conn.execute(select(products.c.id).where(products.c.account_id == account_id,
                                                         products.c.id.in_(wanted))).scalars())
    if known != wanted:
        raise ValueError(f"not products of the user's account: {sorted(wanted - known)}")
    current = set(conn.execute(select(assignments.c.product_id).where(assignments.c.user_id == user_id)).scalars())
    added, removed = wanted - current, current - wanted
    if removed:
        conn.execute(delete(assignments).where(assignments.c.user_id == user_id,
                                               assignments.c.product_id.in_(removed)))
    if added:
        conn.execute(insert(assignments), [{"user_id": user_id, "product_id": pid} for pid in sorted(added)])
    touched = added | removed
    if touched:
        changes.bump_visibility(conn, [user_id])
        changes.record(conn, [*(ChangeRecord(account_id, "product", pid, pid) for pid in sorted(touched)),
                              ChangeRecord(account_id, "user", user_id)])
    return touched
