"""The app's writes. Each is ONE write transaction: the optimistic cache row and its outbox item together, so a
reading is either on screen *and* queued for the portal, or neither.

Readings are checked with the same rules the portal applies (`domain.meter.check_reading`) against the cached
history, so most mistakes are caught while typing, offline, instead of coming back as a rejection hours later.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Mapping, Sequence

from sqlalchemy import Connection, Engine, insert, select

from domain import meter, problems
from domain.meter import PastReading, ReadingProblem
from sync.cache.changed import Changed, Written
from sync.cache.db import writer
from sync.cache.schema import products, readings
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem
from sync.readings.rows import ReadingRows

READING_KIND = "meter_reading.create"


class UnknownProduct(LookupError):
    """The product is not in the cache (never synced, or no longer visible to this user). `str()` is for logs."""

    def __init__(self, product_id: str) -> None:
        super().__init__(f"Product {product_id} is not in the local data; synchronise first.")
        self.product_id = product_id


class ReadingRefused(ValueError):
    """A reading breaks a rule; `problems` says which, per counter."""

    def __init__(self, found: Sequence[ReadingProblem]) -> None:
        super().__init__("; ".join(p.message for p in found if p.blocking))
        self.problems = list(found)


@dataclass(frozen=True)
class ReadingEntry:
    product_id: str
    reading_date: date
    values: Mapping[str, int]


@dataclass(frozen=True)
class EntryOutcome:
    entry: ReadingEntry
    item: OutboxItem | None
    problems: tuple[ReadingProblem, ...] = ()

    @property
    def queued(self) -> bool:
        return self.item is not None


@dataclass(frozen=True)
class BatchResult:
    outcomes: tuple[EntryOutcome, ...] = field(default_factory=tuple)

    @property
    def queued(self) -> list[EntryOutcome]:
        return [o for o in self.outcomes if o.queued]

    @property
    def refused(self) -> list[EntryOutcome]:
        return [o for o in self.outcomes if not o.queued]

    @property
    def changed(self) -> Changed:
        """The queued readings, their machines (a list row shows the last reading) and their outbox items."""
        queued = [o for o in self.outcomes if o.item is not None]
        if not queued:
            return {}
        return {"meter_reading": {o.item.entity_id for o in queued}, "product": {o.entry.product_id for o in queued},
                "outbox": {str(o.item.seq) for o in queued}}


def check_reading(engine: Engine, product_id: str, reading_date: date, values: Mapping[str, object], *,
                  today: date, earlier: Sequence[PastReading] = ()) -> list[ReadingProblem]:
    """Every problem (errors and warnings) with a proposed reading; writes nothing. Cheap enough to run per keystroke.
    `earlier`: readings of the product not in the cache yet that it must agree with too (a file's earlier rows)."""
    with engine.connect() as conn:
        return _check(conn, ReadingEntry(product_id, reading_date, values), today, earlier)  # type: ignore[arg-type]


def queue_reading(engine: Engine, product_id: str, reading_date: date, values: Mapping[str, int], *,
                  today: date) -> Written[OutboxItem]:
    """Queue one reading for the portal. Raises ReadingRefused when a rule is broken, UnknownProduct for a stranger."""
    entry = ReadingEntry(product_id, reading_date, dict(values))
    with writer(engine).begin() as conn:
        found = _check(conn, entry, today)
        if meter.blocking(found):
            raise ReadingRefused(found)
        item = _queue(conn, entry)
        return Written(item, _reading_changed(item, product_id))


def queue_readings(engine: Engine, entries: Sequence[ReadingEntry], *, today: date) -> BatchResult:
    """Queue a meter round or a CSV import: every valid entry in ONE transaction, every other one with its problems.

    Entries are checked against the cache and against each other (two for one product and day; a later entry lower
    than an earlier one), in the order given. Nothing is dropped silently: each entry gets an outcome.
    """
    outcomes: list[EntryOutcome] = []
    extra: dict[str, list[PastReading]] = defaultdict(list)
    with writer(engine).begin() as conn:
        for entry in entries:
            try:
                found = _check(conn, entry, today, extra[entry.product_id])
            except UnknownProduct as exc:
                outcomes.append(EntryOutcome(entry, None, (_unknown(exc),)))
                continue
            if meter.blocking(found):
                outcomes.append(EntryOutcome(entry, None, tuple(found)))
                continue
            extra[entry.product_id].append(PastReading(entry.reading_date, dict(entry.values)))
            outcomes.append(EntryOutcome(entry, _queue(conn, entry), tuple(found)))
    return BatchResult(tuple(outcomes))


def resend_reading(engine: Engine, seq: int, reading_date: date, values: Mapping[str, int], *,
                   today: date) -> Written[OutboxItem]:
    """The user fixed a rejected reading: check it again, then queue it with a new key (same reading id, same place
    in its machine's queue, so the readings held behind it follow). Raises ReadingRefused or OutboxStateError."""
    item = outbox.outbox_item(engine, seq)
    if item is None or item.kind != READING_KIND:
        raise outbox.OutboxStateError(f"Item {seq} is not a queued meter reading.")
    product_id = item.product_id
    found = check_reading(engine, product_id, reading_date, values, today=today)
    if meter.blocking(found):
        raise ReadingRefused(found)
    with engine.connect() as conn:
        serial = conn.execute(select(products.c.serial).where(products.c.id == product_id)).scalar_one()
    body = reading_body(item.entity_id, reading_date, values)
    with writer(engine).begin() as conn:
        resent = outbox.requeue(conn, seq, body, summary=reading_summary(serial, reading_date, values))
        ReadingRows().resent(conn, resent.entity_id, body)
        return Written(resent, _reading_changed(resent, product_id))


def _reading_changed(item: OutboxItem, product_id: str) -> Changed:
    return {"meter_reading": {item.entity_id}, "product": {product_id}, "outbox": {str(item.seq)}}


def reading_body(reading_id: str, reading_date: date, values: Mapping[str, int]) -> dict:
    return {"id": reading_id, "reading_date": reading_date.isoformat(), "values": dict(values)}


def reading_summary(serial: str, reading_date: date, values: Mapping[str, int]) -> str:
    """E.g. "Meter reading SN123 (2026-11-25): total 12,345; colour 2,001": the English the command line and the log
    show (the desktop words the item from its body). Numbers grouped the English way, so "; " between counters."""
    shown = "; ".join(f"{name} {value:,}" for name, value in values.items())
    return f"Meter reading {serial} ({reading_date.isoformat()}): {shown}"


def _queue(conn: Connection, entry: ReadingEntry) -> OutboxItem:
    reading_id = str(uuid.uuid4())
    values = {k: int(v) for k, v in entry.values.items()}
    conn.execute(insert(readings).values(
        id=reading_id, product_id=entry.product_id, reading_date=entry.reading_date.isoformat(),
        values_json=json.dumps(values, sort_keys=True), status="pending", submitted_at=None, submitted_by=""))
    serial = conn.execute(select(products.c.serial).where(products.c.id == entry.product_id)).scalar_one()
    return outbox.enqueue(
        conn, kind=READING_KIND, method="POST", path=f"/products/{entry.product_id}/meter-readings",
        body=reading_body(reading_id, entry.reading_date, values), entity="meter_reading", entity_id=reading_id,
        group_key=f"product:{entry.product_id}", summary=reading_summary(serial, entry.reading_date, values))


def _check(conn: Connection, entry: ReadingEntry, today: date,
           extra: Sequence[PastReading] = ()) -> list[ReadingProblem]:
    row = conn.execute(select(products.c.counters_json, products.c.normal_monthly_volume)
                       .where(products.c.id == entry.product_id)).first()
    if row is None:
        raise UnknownProduct(entry.product_id)
    counters = [c["key"] for c in json.loads(row.counters_json)]
    return meter.check_reading(counters=counters, values=entry.values, reading_date=entry.reading_date, today=today,
                               history=_history(conn, entry.product_id) + list(extra),
                               normal_monthly_volume=row.normal_monthly_volume)


def _history(conn: Connection, product_id: str) -> list[PastReading]:
    rows = conn.execute(select(readings.c.reading_date, readings.c.values_json)
                        .where(readings.c.product_id == product_id, readings.c.status != "rejected"))
    return [PastReading(date.fromisoformat(r.reading_date), json.loads(r.values_json)) for r in rows]


def _unknown(exc: UnknownProduct) -> ReadingProblem:
    """The product is not in the cache: `NOT_FOUND`, worded from its code (the message is for logs)."""
    return ReadingProblem(code=problems.NOT_FOUND, message=str(exc), params={"product_id": exc.product_id})
