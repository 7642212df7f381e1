"""Build the FastAPI app over a database URL: schema, start-up housekeeping, optional demo data, routes, and the
problem+json handlers. Everything the routes need hangs off `app.state.portal` (a `PortalState`)."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Callable

from fastapi import FastAPI

from domain import clock as domain_clock
from portal import auth, case_seed, catalogue_seed, changes, idempotency, order_seed, seed
from portal.background import PollingJob
from portal.body_limit import BodyLimitMiddleware
from portal.db import Store
from portal.demo_agent import DemoAgent
from portal.demo_orders import DemoSuppliesDesk
from portal.openapi import install_openapi
from portal.problems import install_problem_handlers
from portal.routes import ROUTERS
from portal.routes.identity import ensure_portal_id
from portal.smtp import MailSender, SmtpSettings
from portal.state import PortalState

log = logging.getLogger(__name__)

DESCRIPTION = """The customer self-service portal's API for leased copiers: products, meter readings, support cases,
supplies orders and a delta feed.

Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`. Every POST and PATCH outside
`/v1/auth` needs an `Idempotency-Key` header; a repeat replays the first answer with `Idempotent-Replayed: true`."""


def create_app(db_url: str, *, access_ttl_seconds: int = 900, demo: bool = False, demo_cases: bool = False,
               demo_orders: bool = False, clock: Callable[[], datetime] = domain_clock.utc_now,
               agent_delay: float = 0, order_delay: float = 0, smtp: SmtpSettings | None = None) -> FastAPI:
    """The portal app on `db_url` (any SQLAlchemy URL; SQLite files get WAL and a busy timeout). With `demo`, an empty
    database is filled with the demo account, the service desk's agents and the supplies catalogue first; with
    `demo_cases` too, a few support cases in different states, and with `demo_orders` a short order history.
    `clock` returns the aware UTC "now" (tests move it). With `agent_delay` above 0 the demo agent answers cases that
    waited that many seconds (see `portal.demo_agent`), with `order_delay` above 0 the demo supplies desk moves each
    order on after that many seconds in a state (see `portal.demo_orders`), and with `smtp` the outgoing mail is
    sent through that server (see `portal.smtp`), all in background threads while the app runs."""
    store = Store(db_url)
    prepare(store, clock(), demo=demo, demo_cases=demo_cases, demo_orders=demo_orders)
    state = PortalState(store=store, access_ttl=access_ttl_seconds, clock=clock)
    workers: list[PollingJob] = [DemoAgent(store, clock, agent_delay)] if agent_delay > 0 else []
    if order_delay > 0:
        workers.append(DemoSuppliesDesk(store, clock, order_delay))
    if smtp is not None:
        workers.append(MailSender(store, smtp, clock=clock))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        for worker in workers:
            worker.start()
        try:
            yield
        finally:
            for worker in workers:
                worker.stop()
            store.dispose()

    app = FastAPI(title="Service Portal API", version="1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.portal = state
    install_problem_handlers(app)
    app.add_middleware(BodyLimitMiddleware)  # added last, so it is the outermost: nothing reads a body before it
    for router in ROUTERS:
        app.include_router(router)
    install_openapi(app)
    return app


def prepare(store: Store, now: datetime, *, demo: bool, demo_cases: bool = False, demo_orders: bool = False) -> None:
    """Create the schema and do the start-up housekeeping; seed the demo account into an empty database."""
    store.create_schema()
    with store.write() as conn:
        changes.ensure_feed_id(conn)
        ensure_portal_id(conn)
        idempotency.purge(conn, now)
        auth.purge_expired_tokens(conn, now)
    if demo and seed.seed_if_empty(store, domain_clock.today(now=now)):
        log.info("Seeded the demo account into %s", store.url)
    if demo and case_seed.ensure_agents(store):
        log.info("Added the service desk's agents to %s", store.url)
    if demo and catalogue_seed.ensure_catalogue(store):
        log.info("Filled in the supplies catalogue in %s", store.url)
    if demo and demo_cases and case_seed.seed_demo_cases(store, now):
        log.info("Opened the demo cases in %s", store.url)
    if demo and demo_orders and order_seed.seed_demo_orders(store, now):
        log.info("Placed the demo orders in %s", store.url)
