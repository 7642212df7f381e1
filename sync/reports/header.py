"""The header facts every report carries: the account, the period, the selection (so the reader knows what is left
out), the user and when it was made."""

from __future__ import annotations

from sqlalchemy import Engine, select

from sync.cache.schema import account, me
from sync.reports.model import Fact, Text
from sync.reports.request import ReportRequest, Selection


def header_facts(engine: Engine, request: ReportRequest, selection: Selection, *,
                 day_label: str = "") -> tuple[Fact, ...]:
    """Account, period (or the day, under `day_label`), site, machines, user, made at."""
    with engine.connect() as conn:
        account_name = conn.execute(select(account.c.name)).scalar() or ""
        user = conn.execute(select(me.c.name, me.c.email).where(me.c.id == 1)).first()
    facts = [Fact(Text("fact.account"), account_name)]
    if request.period is not None:
        facts.append(Fact(Text("fact.period"), (request.period.first, request.period.last)))
    if day_label:
        facts.append(Fact(Text(day_label), request.today))
    facts.append(Fact(Text("fact.site"), selection.site_name or Text("fact.all_sites")))
    facts.append(Fact(Text("fact.machines"), selection.serials or Text("fact.all_machines")))
    facts.append(Fact(Text("fact.user"), (user.name or user.email) if user else ""))
    facts.append(Fact(Text("fact.made"), request.now))
    return tuple(facts)
