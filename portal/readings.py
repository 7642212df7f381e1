"""Accepting a meter reading: the shared rules in `domain.meter` decide, this module only stores and explains.

The client's reading id is a second safety net under the Idempotency-Key: the same id with the same content is
answered with the stored reading (200), never stored twice; the same id with other content is refused.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from sqlalchemy import Connection, insert, select

from domain import meter, problems
from domain.wire import FieldError, MeterReading, MeterReadingIn, Product
from portal import changes
from portal.auth import Principal
from portal.db import meter_readings
from portal.entities import reading_from_row, visible_product
from portal.problems import ProblemError, not_found


def submit(conn: Connection, principal: Principal, product_id: str, reading: MeterReadingIn, *, now: datetime,
           today: date) -> tuple[MeterReading, bool]:
    """Store `reading` for the product; returns it and whether it is new (False: an identical earlier submission)."""
    product = visible_product(conn, principal, product_id)
    if product is None:
        raise not_found("The product")
    reading_id = reading.id or str(uuid.uuid4())
    existing = conn.execute(select(meter_readings).where(meter_readings.c.id == reading_id)).first()
    if existing is not None:
        return _same_or_refused(existing, product_id, reading), False
    _check(conn, product, reading, today)
    counters = [c.key for c in product.counters]
    values = {key: reading.values[key] for key in counters}
    stored = MeterReading(id=reading_id, product_id=product_id, reading_date=reading.reading_date, values=values,
                          status="accepted", submitted_at=now, submitted_by=principal.email)
    conn.execute(insert(meter_readings).values(
        id=stored.id, product_id=product_id, reading_date=stored.reading_date.isoformat(),
        values_json=json.dumps(values), status=stored.status, submitted_at=stored.submitted_at.isoformat(),
        submitted_by=stored.submitted_by))
    changes.record(conn, [changes.ChangeRecord(principal.account_id, "meter_reading", stored.id, product_id)])
    return stored, True


def history(conn: Connection, product_id: str) -> list[meter.PastReading]:
    rows = conn.execute(select(meter_readings.c.reading_date, meter_readings.c.values_json)
                        .where(meter_readings.c.product_id == product_id))
    return [meter.PastReading(date.fromisoformat(day), json.loads(values)) for day, values in rows]


def problem_for(found: list[meter.ReadingProblem]) -> ProblemError | None:
    """The 422 for a reading with blocking problems: `code` is the first blocker's, `errors` lists every problem
    (warnings too, so the form can show them beside the cells)."""
    blockers = meter.blocking(found)
    if not blockers:
        return None
    errors = [FieldError(field=f"values.{p.counter}" if p.counter else "reading_date", code=p.code, message=p.message)
              for p in found]
    return ProblemError(422, blockers[0].code, blockers[0].message, errors=errors)


def _check(conn: Connection, product: Product, reading: MeterReadingIn, today: date) -> None:
    found = meter.check_reading(counters=[c.key for c in product.counters], values=reading.values,
                                reading_date=reading.reading_date, today=today, history=history(conn, product.id),
                                normal_monthly_volume=product.normal_monthly_volume)
    problem = problem_for(found)
    if problem is not None:
        raise problem


def _same_or_refused(row, product_id: str, reading: MeterReadingIn) -> MeterReading:
    stored = reading_from_row(row)
    same = (stored.product_id == product_id and stored.reading_date == reading.reading_date
            and _same_values(stored.values, reading.values))
    if not same:
        raise ProblemError(422, problems.VALIDATION_FAILED,
                           "A different reading was already submitted with this id. Make a new id for a new reading.",
                           errors=[FieldError(field="id", code=problems.VALIDATION_FAILED,
                                              message="This id belongs to a different reading.")])
    return stored


def _same_values(stored: dict[str, int], sent: dict[str, object]) -> bool:
    return stored.keys() == sent.keys() and all(meter.is_valid_value(sent[k]) and sent[k] == v
                                                for k, v in stored.items())
