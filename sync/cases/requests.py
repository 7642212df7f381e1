"""The queued requests of a support case: their kinds, the group that keeps them in order, and how the ones still
waiting are laid over the portal's copy of the case.

A pull brings the case as the portal has it now; a cancel, reopen, reply or e-mail choice of ours still waiting in
the queue (offline, or held behind a rejected request of the same case) is not in it yet. Without `replay_waiting`
the user's own change would vanish from the screen while it still waits to be sent. Each waiting request is played
again on the portal's copy, in queue order, by the rules the portal will apply: a cancel of a case an agent resolved
meanwhile is not shown (the portal will refuse it, and the user hears why then). A reply to the desk's question, or
a reopen, counts the answer due anew from when the user made it (`domain.cases.expected_after_move`), so the case is
not shown overdue while the portal has not heard it yet. Rejected requests are not played: their change was put back
when they were refused.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, bindparam, select, update

from domain.cases import TRANSITIONS, CaseRuleError, check_transition, expected_after_move, response_hours
from domain.clock import utc_now
from sync.cache.changed import Changed
from sync.cache.schema import cases, outbox, products
from sync.cache.stamps import from_iso, to_iso

CASE_KIND = "case.create"
MESSAGE_KIND = "case_message.create"
ATTACHMENT_KIND = "case_attachment.create"
ACTION_KIND = "case.action"
PATCH_KIND = "case.patch"
WAITING_STATES = ("queued", "sending")
CONVERSATION_WINDOW = timedelta(minutes=10)


def in_conversation(engine: Engine, now: datetime) -> bool:
    """True for `CONVERSATION_WINDOW` after a case or a reply of ours reached the portal: the service desk often
    answers within minutes, so the app looks for the answer more often meanwhile (`desktop.shell.sync_worker`)."""
    with engine.connect() as conn:
        return conn.execute(select(outbox.c.seq).where(
            outbox.c.kind.in_((CASE_KIND, MESSAGE_KIND)), outbox.c.state == "sent",
            outbox.c.sent_at >= to_iso(now - CONVERSATION_WINDOW)).limit(1)).first() is not None


def group_key(case_id: str) -> str:
    """Items of one case share this, so they reach the portal in the order the user made them."""
    return f"case:{case_id}"


def case_response_hours(conn: Connection, product_id: str | None) -> int:
    """The business hours within which the case's answer is due (`domain.cases.response_hours`): its product's
    contract as the cache has it; an account question's, or a product this cache no longer holds, the account's."""
    hours = None
    if product_id is not None:
        hours = conn.execute(select(products.c.response_time_hours)
                             .where(products.c.id == product_id)).scalar_one_or_none()
    return response_hours(hours)


def recounted_deadline(conn: Connection, case, target: str, moved_at: datetime) -> str | None:
    """The expected answer time (as stored) of the cached `case` row once it moves to `target` at `moved_at`."""
    return _deadline(case.state, target, case.expected_response_at, moved_at,
                     case_response_hours(conn, case.product_id))


def _deadline(from_state: str, to_state: str, expected_at: str | None, moved_at: datetime, hours: int) -> str | None:
    """`domain.cases.expected_after_move` on the cache's stored form of a moment."""
    expected = expected_after_move(from_state, to_state, from_iso(expected_at), moved_at=moved_at,
                                   response_time_hours=hours)
    return to_iso(expected) if expected is not None else None


_SHOWN = (select(cases.c.state, cases.c.resolved_at, cases.c.email_updates, cases.c.expected_response_at,
                 cases.c.portal_state, cases.c.portal_resolved_at, cases.c.portal_email_updates,
                 cases.c.portal_expected_response_at, cases.c.product_id)
          .where(cases.c.id == bindparam("case_id")))
_WAITING = (select(outbox.c.kind, outbox.c.body_json, outbox.c.created_at)
            .where(outbox.c.group_key == bindparam("group"), outbox.c.state.in_(WAITING_STATES),
                   outbox.c.kind.in_((ACTION_KIND, MESSAGE_KIND, PATCH_KIND)))
            .order_by(outbox.c.seq))
"""Built once: a pull runs them for every case it brings."""


def replay_waiting(conn: Connection, case_id: str, *, fresh: bool = False) -> Changed:
    """Show the portal's copy of the case with our waiting cancel/reopen/reply/e-mail requests played over it (see the
    module docstring). Nothing to do for a case the portal has not sent us yet (its rows are all ours), nor, `fresh`
    from the portal's copy, for one with nothing waiting."""
    waiting = conn.execute(_WAITING, {"group": group_key(case_id)}).all()
    if fresh and not waiting:
        return {}
    row = conn.execute(_SHOWN, {"case_id": case_id}).first()
    if row is None or row.portal_state is None:
        return {}
    shown = {"state": row.portal_state, "resolved_at": row.portal_resolved_at,
             "email_updates": row.email_updates if row.portal_email_updates is None else row.portal_email_updates,
             "expected_response_at": row.portal_expected_response_at or row.expected_response_at}
    hours = case_response_hours(conn, row.product_id)
    for kind, body_json, created_at in waiting:
        _play(shown, kind, json.loads(body_json), from_iso(created_at), hours)
    if shown == {key: row._mapping[key] for key in shown}:
        return {}
    conn.execute(update(cases).where(cases.c.id == case_id).values(**shown))
    return {"case": {case_id}}


def reply_arrived(conn: Connection, case_id: str, at: datetime) -> None:
    """The portal took our reply `at` its own time: its copy of the case moved as a reply moves it (awaiting us → in
    progress, the answer due counted from `at`), which the answer (the message alone) does not say; what the screen
    shows follows. The next pull brings the case itself."""
    row = conn.execute(select(cases.c.portal_state, cases.c.portal_expected_response_at, cases.c.product_id)
                       .where(cases.c.id == case_id)).first()
    if row is None or (row.portal_state, "reply") not in TRANSITIONS:
        return
    target = TRANSITIONS[(row.portal_state, "reply")]
    conn.execute(update(cases).where(cases.c.id == case_id).values(
        portal_state=target, portal_expected_response_at=_deadline(
            row.portal_state, target, row.portal_expected_response_at, at, case_response_hours(conn, row.product_id))))
    replay_waiting(conn, case_id)


def _play(shown: dict, kind: str, body: dict, made_at: datetime, hours: int) -> None:
    """One waiting request, made at `made_at`, on the shown values, as the portal would take it (a refused one
    changes nothing); `hours` is the case's agreed answer time."""
    if kind == PATCH_KIND:
        if "email_updates" in body:
            shown["email_updates"] = int(bool(body["email_updates"]))
        return
    action = "reply" if kind == MESSAGE_KIND else str(body.get("action"))
    try:
        target = check_transition(shown["state"], action, actor_role="customer",
                                  resolved_at=from_iso(shown["resolved_at"]), now=utc_now())
    except CaseRuleError:
        return
    shown["expected_response_at"] = _deadline(shown["state"], target, shown["expected_response_at"], made_at, hours)
    shown["state"] = target
    if action == "reopen":
        shown["resolved_at"] = None
