"""The readings the reports read: a machine's readings of a period, with the counted one just before it and just
after it (a month's volume is interpolated across the period's edges, as `domain.volumes` does), streamed in one
ordered statement so a fleet of 10,000 machines and a million readings never sits in memory at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Iterator, Mapping, Sequence

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.sql import ColumnElement

from sync.cache.schema import products, readings
from sync.progress import Progress, check

COUNTED = ("accepted", "estimated")
"""The statuses volumes are counted from; a pending reading is shown but not counted until the portal accepts it,
a rejected one is left out everywhere."""
BATCH = 2000
PROGRESS_EVERY = 200


@dataclass(frozen=True, slots=True)
class Reading:
    reading_date: date
    values: Mapping[str, int]
    status: str


@dataclass(frozen=True)
class Machine:
    id: str
    serial: str
    model: str
    site_name: str
    location: str
    cost_centre: str
    counter_keys: tuple[str, ...]
    readings: tuple[Reading, ...]    # oldest first: the period's, and the counted ones around it

    def counted(self) -> list[Reading]:
        return [r for r in self.readings if r.status in COUNTED]


def _edge(newest: bool, bound: date) -> ColumnElement:
    """The date of the counted reading just before (or after) the period."""
    other = readings.alias()
    agg, cmp = (func.max, other.c.reading_date < bound.isoformat()) if newest else \
        (func.min, other.c.reading_date > bound.isoformat())
    return select(agg(other.c.reading_date)).where(
        other.c.product_id == products.c.id, other.c.status.in_(COUNTED), cmp).correlate(products).scalar_subquery()


def machines(engine: Engine, conditions: Sequence[ColumnElement], first: date, last: date, *,
             order: Sequence[ColumnElement], progress: Progress) -> Iterator[Machine]:
    """Each selected machine in `order` with its readings from the counted one before `first` to the counted one
    after `last` (rejected ones left out). Checks `progress` for a cancel between machines and reports how many of
    them are done (every `PROGRESS_EVERY`)."""
    bounds = select(products.c.id, products.c.serial, products.c.model, products.c.site_name, products.c.location,
                    products.c.cost_centre, products.c.counters_json, _edge(True, first).label("lo"), _edge(False, last).label("hi"),
                    *[c.label(f"k{i}") for i, c in enumerate(order)]).where(*conditions).subquery()
    joined = bounds.outerjoin(readings, and_(
        readings.c.product_id == bounds.c.id, readings.c.status != "rejected",
        readings.c.reading_date >= func.coalesce(bounds.c.lo, first.isoformat()),
        readings.c.reading_date <= func.coalesce(bounds.c.hi, last.isoformat())))
    stmt = select(bounds.c.id, bounds.c.serial, bounds.c.model, bounds.c.site_name, bounds.c.location,
                  bounds.c.cost_centre, bounds.c.counters_json, readings.c.reading_date, readings.c.values_json, readings.c.status
                  ).select_from(joined).order_by(*[bounds.c[f"k{i}"] for i in range(len(order))], bounds.c.id,
                                                 readings.c.reading_date)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(products).where(*conditions)).scalar_one()
        result = conn.execution_options(yield_per=BATCH).execute(stmt)
        for done, (_, rows) in enumerate(groupby(result, key=itemgetter(0))):
            check(progress)
            if done % PROGRESS_EVERY == 0:
                progress.report(done, total)
            rows = list(rows)
            product_id, serial, model, site_name, location, cost_centre, counters_json = rows[0][:7]
            yield Machine(product_id, serial, model, site_name, location, cost_centre,
                          tuple(c["key"] for c in json.loads(counters_json)),
                          tuple(Reading(date.fromisoformat(day), json.loads(values), status)
                                for *_, day, values, status in rows if day is not None))
