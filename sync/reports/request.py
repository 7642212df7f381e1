"""What a report is asked for: the period, the day it is made, and the machines (a site, serials), checked against
the cache before anything is built. A bad request is a `ReportRefused` with a code and params, for the caller to word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.sql import ColumnElement

from sync.cache.schema import products, sites

PERIOD_REVERSED = "report.period_reversed"      # {first, last}
UNKNOWN_SITE = "report.unknown_site"            # {site, known}
UNKNOWN_SERIAL = "report.unknown_serial"        # {serial}
NO_PERIOD = "report.period_missing"             # the report needs a period ({kind})


class ReportRefused(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Period:
    first: date
    last: date


@dataclass(frozen=True)
class ReportRequest:
    now: datetime                   # when the report is made (timezone-aware): its "printed" fact, a case's age
    today: date                     # that moment's day in the account's time zone; the readings-due day by default
    period: Period | None = None
    site: str | None = None         # a site's name as the user gave it (any case)
    serials: tuple[str, ...] = ()
    language: str = "en"            # which of the catalogue's names an order line gets ("nb" or "en")


@dataclass(frozen=True)
class Selection:
    """The request checked: the site as the cache names it and the serials as stored."""
    site_id: str | None
    site_name: str | None
    serials: tuple[str, ...]

    def conditions(self) -> list[ColumnElement]:
        """The products of the selection, as SQL on the products table."""
        found: list[ColumnElement] = []
        if self.site_id is not None:
            found.append(products.c.site_id == self.site_id)
        if self.serials:
            found.append(products.c.serial.in_(self.serials))
        return found


def check(engine: Engine, request: ReportRequest, *, needs_period: bool, kind: str) -> Selection:
    """The request's selection, or `ReportRefused` for a period that ends before it starts, a missing period, a
    site or a serial the cache does not know."""
    if needs_period and request.period is None:
        raise ReportRefused(NO_PERIOD, kind=kind)
    if request.period is not None and request.period.last < request.period.first:
        raise ReportRefused(PERIOD_REVERSED, first=request.period.first, last=request.period.last)
    with engine.connect() as conn:
        site_id, site_name = _site(conn, request.site) if request.site is not None else (None, None)
        serials = []
        for serial in dict.fromkeys(s.strip().upper() for s in request.serials):
            stored = conn.execute(select(products.c.serial).where(func.upper(products.c.serial) == serial)).first()
            if stored is None:
                raise ReportRefused(UNKNOWN_SERIAL, serial=serial)
            serials.append(stored[0])
    return Selection(site_id, site_name, tuple(serials))


def _site(conn, given: str) -> tuple[str, str]:
    """(id, name) of the site named `given` in any case, compared in Python: SQLite's lower() leaves "Ø" as it is,
    so "TROMSØ" would not have found Tromsø."""
    known = conn.execute(select(sites.c.id, sites.c.name).order_by(sites.c.name)).all()
    wanted = given.strip().casefold()
    for site_id, name in known:
        if name.casefold() == wanted:
            return site_id, name
    raise ReportRefused(UNKNOWN_SITE, site=given, known=tuple(name for _, name in known))
