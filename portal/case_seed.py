"""The vendor's service desk and a few demo cases.

`ensure_agents` puts the agent accounts (role `agent`, in the vendor's own account, never in a customer's) into a
demo portal. `seed_demo_cases` opens a handful of realistic Norwegian cases in different states through the same
code the routes use, so their numbers, response times, events and feed entries are what a real case would have.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, insert, select

from domain import clock
from domain.wire import CaseIn, CaseMessageIn
from portal import cases
from portal.auth import Principal
from portal.db import Store, accounts, assignments, cases as case_table, users
from portal.passwords import hash_password
from portal.seed_data import DEMO_PASSWORD

VENDOR_ACCOUNT_ID = "vendor-service-desk"
AGENTS = [("agent@vendor.example", "Siri Service")]

# (customer e-mail or None for the admin, type, category, subject, description, days ago, agent steps)
# steps: ("msg", text) an agent message, ("reply", text) the customer's reply, or an agent action name
DEMO_CASES = [
    ("kari@example.no", "support", "paper_jam", "Papirstopp i skuff 2",
     "Maskinen melder papirstopp i skuff 2 flere ganger om dagen, selv etter at vi har tatt ut arkene.", 1, []),
    ("kari@example.no", "support", "print_quality", "Striper på utskriftene",
     "Alle fargeutskrifter får en lys stripe langs venstre kant. Gjelder både kopi og utskrift.", 4,
     ["start", ("msg", "Takk for beskjeden. Kan du sende et bilde av en utskrift med stripen?"), "ask_customer"]),
    ("ola@example.no", "support", "error_code", "Feilkode E202 ved oppstart",
     "Skjermen viser E202 når maskinen slås på, og den kommer ikke videre.", 9,
     ["start", ("msg", "En tekniker kommer innom i morgen formiddag."), "resolve"]),
    ("ola@example.no", "support", "scan_send", "Skann til e-post virker ikke",
     "Skanning til e-post feiler med «Sendefeil». Skann til mappe fungerer.", 30,
     ["start", ("msg", "SMTP-innstillingene er oppdatert. Prøv igjen nå."), "resolve", "close"]),
    (None, "account_question", "invoice", "Spørsmål om faktura for oktober",
     "Fakturaen for oktober har et tillegg for fargekopier vi ikke kjenner igjen. Kan dere forklare?", 2,
     ["start"]),
]


def ensure_agents(store: Store) -> bool:
    """Add the vendor account and its agents unless there already are agents. Returns whether it added them."""
    with store.write() as conn:
        if conn.execute(select(func.count()).select_from(users).where(users.c.role == "agent")).scalar_one():
            return False
        conn.execute(insert(accounts).values(id=VENDOR_ACCOUNT_ID, name="Kopiservice AS (kundeservice)",
                                             org_number="000000000", time_zone=clock.ACCOUNT_TZ_NAME))
        conn.execute(insert(users), [{"id": str(uuid.uuid4()), "account_id": VENDOR_ACCOUNT_ID, "email": email,
                                      "name": name, "role": "agent", "password_hash": hash_password(DEMO_PASSWORD),
                                      "visibility_epoch": 0} for email, name in AGENTS])
        return True


def seed_demo_cases(store: Store, now: datetime) -> bool:
    """Open the demo cases unless the database already has cases. Returns whether it opened them."""
    with store.write() as conn:
        if conn.execute(select(func.count()).select_from(case_table)).scalar_one():
            return False
        agent = _principal(conn, users.c.role == "agent")
        admin = _principal(conn, users.c.role == "admin")
        for index, (email, kind, category, subject, text, days_ago, steps) in enumerate(DEMO_CASES):
            customer = _principal(conn, users.c.email == email) if email else admin
            opened = now - timedelta(days=days_ago)
            product_id = _first_product(conn, customer.user_id) if kind == "support" else None
            body = CaseIn(id=str(uuid.UUID(int=index + 1, version=4)), type=kind, product_id=product_id,
                          category=category, subject=subject, description=text, email_updates=True)
            case, _ = cases.create(conn, customer, body, now=opened)
            for step_no, step in enumerate(steps, start=1):
                moment = opened + timedelta(hours=2 * step_no)
                if isinstance(step, tuple):
                    who = agent if step[0] == "msg" else customer
                    cases.add_message(conn, who, case.id, CaseMessageIn(id=str(uuid.uuid4()), body=step[1]),
                                      now=moment)
                else:
                    cases.act(conn, agent, case.id, step, now=moment)
        return True


def _principal(conn: Connection, condition) -> Principal:
    row = conn.execute(select(users).where(condition).order_by(users.c.email).limit(1)).one()
    return Principal(row.id, row.account_id, row.email, row.role)


def _first_product(conn: Connection, user_id: str) -> str:
    return conn.execute(select(assignments.c.product_id).where(assignments.c.user_id == user_id)
                        .order_by(assignments.c.product_id).limit(1)).scalar_one()
