"""The demo's service agent: a background thread that answers new cases and customers' replies after a short delay,
so the conversation can be seen working without anyone on the other side.

It acts as `agent@vendor.example` through the very functions the agent routes use (`portal.cases`), so every step
writes its state event, change-log entries (the delta feed carries them) and outgoing mail exactly as a person at the
service desk would. Each decision is taken again inside the write transaction that carries it out, from the case's
state and its last message, so a step is never taken twice, even if two loops raced.

- A case in state `new` for longer than the delay: start it, answer in bokmål with a question for its category, and
  ask the customer (→ awaiting customer).
- A case in progress whose last message is the customer's, older than the delay: answer and resolve it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import Connection, and_, func, select

from domain.wire import CaseMessageIn
from portal import cases
from portal.auth import Principal
from portal.background import PollingJob
from portal.db import Store, case_messages, users
from portal.db import cases as case_table

log = logging.getLogger(__name__)

AGENT_EMAIL = "agent@vendor.example"
_IDS = uuid.UUID("6d1f0c2e-3b7a-4f5e-9a41-2c8d5e7f9b10")
BATCH = 50  # per kind and round, so a big database cannot keep the loop from noticing `stop()`
_STEP = timedelta(milliseconds=1)  # keeps the start event, the message and the next event in order by time

TOPIC = {
    "error_code": "feilkoden på skjermen", "print_quality": "utskriftskvaliteten", "paper_jam": "papirstoppen",
    "scan_send": "skanning og sending", "network": "nettverkstilkoblingen", "supplies": "forbruksmateriellet",
    "invoice": "fakturaen", "contract": "avtalen", "other": "henvendelsen",
}
QUESTION = {
    "error_code": "Kan du skrive nøyaktig hvilken kode som står på skjermen, og om den kommer tilbake etter at "
                  "maskinen har vært slått helt av på hovedbryteren i 30 sekunder?",
    "print_quality": "Kan du legge ved et bilde av en utskrift der feilen synes, og si om den også kommer på kopier?",
    "paper_jam": "Hvilken skuff eller hvilket deksel viser skjermen når det stopper, og hvilket papir bruker dere "
                 "(vekt i g/m²)?",
    "scan_send": "Hvilken feilkode står i jobbloggen for sendingen, og er passordet til e-postkontoen eller "
                 "mappen endret nylig?",
    "network": "Hvilken IP-adresse står på nettverksrapporten, og svarer maskinen når du skriver adressen i "
               "nettleseren?",
    "supplies": "Hvilken farge gjelder det, og hva viser skjermen om tonernivået?",
    "invoice": "Hvilket fakturanummer gjelder det, og hvilken linje på fakturaen lurer du på?",
    "contract": "Hvilken maskin (serienummer) eller hvilket avtalenummer gjelder det?",
    "other": "Kan du fortelle litt mer om hva som skjer, og når det begynte?",
}
OUTCOME = {
    "error_code": "bestilt en tekniker som tar med riktig del. Du får en SMS med tidspunktet før besøket",
    "print_quality": "bestilt en tekniker som rengjør og justerer maskinen. Du får beskjed om tidspunktet",
    "paper_jam": "lagt inn et servicebesøk der teknikeren bytter innmatingsvalsene i skuffen",
    "scan_send": "sendt en veiledning for SMTP-innstillingene til IT-kontakten deres, og testet sending fra oss",
    "network": "sjekket oppsettet sammen med IT-avdelingen deres, og maskinen svarer nå på nettverket",
    "supplies": "sendt ny toner. Den er normalt hos dere innen to virkedager",
    "invoice": "sjekket fakturaen: tillegget gjelder fargekopier over avtalt volum, og en spesifikasjon er sendt "
               "på e-post",
    "contract": "oppdatert avtalen, og en bekreftelse er sendt på e-post",
    "other": "fulgt opp henvendelsen din",
}


class DemoAgent(PollingJob):
    """Polls for cases to act on; `start()` and `stop()` bracket the app's life. A failure is logged and the loop
    goes on: the demo agent never takes the server down."""

    name = "portal-demo-agent"

    def __init__(self, store: Store, clock: Callable[[], datetime], delay_seconds: float) -> None:
        if delay_seconds <= 0:
            raise ValueError("the demo agent needs a delay above 0 seconds")
        self.store = store
        self.clock = clock
        self.delay = timedelta(seconds=delay_seconds)
        self.poll_seconds = min(1.0, max(0.02, delay_seconds / 5))
        super().__init__()

    def run_round(self) -> int:
        return self.run_once()

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
    if row.state == "new" and row.created_at <= cutoff:
        _first_answer(conn, agent, row, now)
        return 1
    if row.state == "in_progress" and (message_id := _customer_waiting(conn, case_id, cutoff)) is not None:
        _final_answer(conn, agent, row, message_id, now)
        return 1
    return 0


def _first_answer(conn: Connection, agent: Principal, row, now: datetime) -> None:
    name = _first_name(conn, row)
    greeting = f"Hei {name}!" if name else "Hei!"
    body = (f"{greeting}\n\nTakk for saken om {TOPIC.get(row.category, 'henvendelsen')}. Jeg har tatt den, og "
            f"vil gjerne hjelpe deg videre.\n\n{QUESTION.get(row.category, QUESTION['other'])}\n\n"
            f"Hilsen {_agent_name(conn, agent)}, kundeservice")
    cases.act(conn, agent, row.id, "start", now=now)
    _say(conn, agent, row.id, f"{row.id}/first", body, now + _STEP)
    cases.act(conn, agent, row.id, "ask_customer", now=now + 2 * _STEP)
    log.info("Demo agent answered new case %s and asked the customer", row.id)


def _final_answer(conn: Connection, agent: Principal, row, message_id: str, now: datetime) -> None:
    name = _first_name(conn, row)
    thanks = f"Takk for svaret, {name}." if name else "Takk for svaret."
    body = (f"{thanks}\n\nUt fra det du beskriver har vi nå "
            f"{OUTCOME.get(row.category, OUTCOME['other'])}. Jeg markerer saken som løst. Kommer problemet "
            f"tilbake, kan du gjenåpne saken innen 14 dager.\n\nHilsen {_agent_name(conn, agent)}, kundeservice")
    _say(conn, agent, row.id, f"{row.id}/answer/{message_id}", body, now)
    cases.act(conn, agent, row.id, "resolve", now=now + _STEP)
    log.info("Demo agent answered the customer's reply in case %s and resolved it", row.id)


def _say(conn: Connection, agent: Principal, case_id: str, key: str, body: str, now: datetime) -> None:
    """Post as the agent with an id made from `key`, so the same step can only ever make the same message."""
    cases.add_message(conn, agent, case_id, CaseMessageIn(id=str(uuid.uuid5(_IDS, key)), body=body), now=now)


def _first_name(conn: Connection, row) -> str:
    name = row.contact_name.strip() or conn.execute(
        select(users.c.name).where(users.c.id == row.created_by_user_id)).scalar_one_or_none() or ""
    return name.split()[0] if name.split() else ""


def _agent_name(conn: Connection, agent: Principal) -> str:
    return conn.execute(select(users.c.name).where(users.c.id == agent.user_id)).scalar_one().split()[0]


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")
