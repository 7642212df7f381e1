"""The demo's service agent: a background thread that answers new cases and customers' replies after a short delay,
so the conversation can be seen working without anyone on the other side.

It acts as `agent@vendor.example` through the very functions the agent routes use (`portal.cases`), so every step
writes its state event, change-log entries (the delta feed carries them) and outgoing mail exactly as a person at the
service desk would. Each decision is taken again inside the write transaction that carries it out, from the case's
state and its last message, so a step is never taken twice, even if two loops raced.

- A case in state `new` for longer than the delay: start it, answer with a question for its category, and ask the
  customer (→ awaiting customer).
- A case in progress whose last message is the customer's, older than the delay: answer and resolve it.
- A relocation or removal, new (or in progress with the customer's word last) for longer than the delay: start it,
  say it is done and complete it (`portal.product_requests.complete`: the product moves, or leaves the fleet).

It writes to the person who opened the case (not the machine's contact person), by first name, in that person's
language on the portal (`users.language`: bokmål, or English); the words are in `portal.demo_agent_texts`.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection, and_, func, select

from domain.cases import REQUEST_TYPES
from domain.wire import CaseMessageIn
from portal import cases, product_requests, request_texts
from portal.auth import Principal
from portal.background import DemoDesk
from portal.db import case_messages, users
from portal.db import cases as case_table
from portal.demo_agent_texts import phrases

log = logging.getLogger(__name__)

AGENT_EMAIL = "agent@vendor.example"
_IDS = uuid.UUID("6d1f0c2e-3b7a-4f5e-9a41-2c8d5e7f9b10")
BATCH = 50  # per kind and round, so a big database cannot keep the loop from noticing `stop()`
_STEP = timedelta(milliseconds=1)  # keeps the start event, the message and the next event in order by time

class DemoAgent(DemoDesk):
    """Polls for cases to act on; `start()` and `stop()` bracket the app's life. A failure is logged and the loop
    goes on: the demo agent never takes the server down."""

    name = "portal-demo-agent"

    def run_once(self) -> int:
        """Take every step that is due now; returns how many cases it acted on."""
        now = self.clock()
        cutoff = _iso(now - self.delay)
        with self.store.read() as conn:
            agent = _agent(conn)
            if agent is None:
                return 0
            due = _due_case_ids(conn, cutoff)
        acted = 0
        for case_id in due:
            try:
                with self.store.write() as conn:
                    acted += _act_if_due(conn, agent, case_id, cutoff, now)
            except Exception:
                log.exception("The demo agent could not act on case %s; it will try again", case_id)
        return acted



def _agent(conn: Connection) -> Principal | None:
    row = conn.execute(select(users).where(users.c.email == AGENT_EMAIL, users.c.role == "agent")).first()
    return Principal(row.id, row.account_id, row.email, row.role) if row else None


def _due_case_ids(conn: Connection, cutoff: str) -> list[str]:
    """Up to `BATCH` new cases and `BATCH` customer replies that waited long enough, oldest first."""
    new = conn.execute(select(case_table.c.id).where(case_table.c.state == "new", case_table.c.created_at <= cutoff)
                       .order_by(case_table.c.created_at).limit(BATCH)).scalars().all()
    working = select(case_table.c.id).where(case_table.c.state == "in_progress").scalar_subquery()
    last = (select(case_messages.c.case_id, func.max(case_messages.c.position).label("position"))
            .where(case_messages.c.case_id.in_(working)).group_by(case_messages.c.case_id).subquery())
    replied = conn.execute(
        select(case_messages.c.case_id)
        .join(last, and_(last.c.case_id == case_messages.c.case_id, last.c.position == case_messages.c.position))
        .where(case_messages.c.author_kind == "customer", case_messages.c.created_at <= cutoff)
        .order_by(case_messages.c.created_at).limit(BATCH)).scalars().all()
    return [*new, *replied]


def _customer_waiting(conn: Connection, case_id: str, cutoff: str) -> str | None:
    """The id of the case's last message when it is the customer's and older than the cutoff, else None."""
    last = conn.execute(select(case_messages.c.id, case_messages.c.author_kind, case_messages.c.created_at)
                        .where(case_messages.c.case_id == case_id)
                        .order_by(case_messages.c.position.desc()).limit(1)).first()
    if last is None or last.author_kind != "customer" or last.created_at > cutoff:
        return None
    return last.id


def _act_if_due(conn: Connection, agent: Principal, case_id: str, cutoff: str, now: datetime) -> int:
    row = conn.execute(select(case_table).where(case_table.c.id == case_id)).one()
    if row.type in REQUEST_TYPES:
        return _complete_if_due(conn, agent, row, cutoff, now)
    if row.state == "new" and row.created_at <= cutoff:
        _first_answer(conn, agent, row, now)
        return 1
    if row.state == "in_progress" and (message_id := _customer_waiting(conn, case_id, cutoff)) is not None:
        _final_answer(conn, agent, row, message_id, now)
        return 1
    return 0


def _complete_if_due(conn: Connection, agent: Principal, row, cutoff: str, now: datetime) -> int:
    new = row.state == "new" and row.created_at <= cutoff
    if not new and not (row.state == "in_progress" and _customer_waiting(conn, row.id, cutoff) is not None):
        return 0
    _, language = _author(conn, row)
    if new:
        cases.act(conn, agent, row.id, "start", now=now, agent_name=phrases(language).desk)
    _say(conn, agent, row.id, f"{row.id}/done", request_texts.done_message(language, row.type), now + _STEP,
         language)
    product_requests.complete(conn, agent, row.id, now=now + 2 * _STEP)
    log.info("Demo agent completed the %s in case %s", row.type, row.id)
    return 1


def _first_answer(conn: Connection, agent: Principal, row, now: datetime) -> None:
    name, language = _author(conn, row)
    body = phrases(language).first_answer(name, row.category, _agent_name(conn, agent))
    cases.act(conn, agent, row.id, "start", now=now, agent_name=phrases(language).desk)
    _say(conn, agent, row.id, f"{row.id}/first", body, now + _STEP, language)
    cases.act(conn, agent, row.id, "ask_customer", now=now + 2 * _STEP, agent_name=phrases(language).desk)
    log.info("Demo agent answered new case %s and asked the customer", row.id)


def _final_answer(conn: Connection, agent: Principal, row, message_id: str, now: datetime) -> None:
    name, language = _author(conn, row)
    body = phrases(language).final_answer(name, row.category, _agent_name(conn, agent))
    _say(conn, agent, row.id, f"{row.id}/answer/{message_id}", body, now, language)
    cases.act(conn, agent, row.id, "resolve", now=now + _STEP, agent_name=phrases(language).desk)
    log.info("Demo agent answered the customer's reply in case %s and resolved it", row.id)


def _say(conn: Connection, agent: Principal, case_id: str, key: str, body: str, now: datetime, language: str) -> None:
    """Post as the agent with an id made from `key`, so the same step can only ever make the same message; signed
    with the desk's name in the author's `language`, as the message itself is written."""
    cases.add_message(conn, agent, case_id, CaseMessageIn(id=str(uuid.uuid5(_IDS, key)), body=body), now=now,
                      agent_name=phrases(language).desk)


def _author(conn: Connection, row) -> tuple[str, str]:
    """The first name and the language of the person who opened the case ("" and "nb" if they are gone)."""
    author = conn.execute(select(users.c.name, users.c.language).where(users.c.id == row.created_by_user_id)).first()
    if author is None:
        return "", "nb"
    parts = author.name.split()
    return (parts[0] if parts else ""), author.language


def _agent_name(conn: Connection, agent: Principal) -> str:
    return conn.execute(select(users.c.name).where(users.c.id == agent.user_id)).scalar_one().split()[0]


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")
