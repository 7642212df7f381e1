"""A product's meter readings: the history, and submitting a new one (idempotent, checked with `domain.meter`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from domain.wire import MeterReading, MeterReadingIn
from portal import entities, idempotency, readings
from portal.auth import CurrentPrincipal
from portal.db import meter_readings
from portal.idempotency import IdempotencyKey
from portal.problems import not_found
from portal.responses import json_response, problems
from portal.routes.products import ProductId
from portal.state import PortalState, portal_state

router = APIRouter(prefix="/v1/products/{product_id}/meter-readings", tags=["meter readings"],
                   responses=problems(401, 404, 422))
State = Annotated[PortalState, Depends(portal_state)]


@router.get("", response_model=list[MeterReading], summary="The product's readings, newest first")
def list_readings(product_id: ProductId, principal: CurrentPrincipal, state: State) -> list[MeterReading]:
    with state.store.read() as conn:
        if entities.visible_product(conn, principal, product_id) is None:
            raise not_found("The product")
        return entities.readings_where(conn, principal, meter_readings.c.product_id == product_id)


@router.post("", status_code=201, response_model=MeterReading, summary="Submit a meter reading",
             description="Checked with the shared meter rules. A refused reading is a 422 whose `code` is the first "
                         "blocking problem (`meter.reading_decreased`, `meter.already_submitted_today`, "
                         "`meter.unknown_counter`, `meter.invalid_value`, `meter.future_date`, "
                         "`meter.missing_counter`) and whose `errors` list every problem by field "
                         "(`values.<counter>` or `reading_date`). A repeat with the same Idempotency-Key replays the "
                         "first answer with `Idempotent-Replayed: true`.",
             responses={**problems(400, 409),
                        200: {"model": MeterReading,
                              "description": "A reading with this id and the same content already exists"}})
def submit_reading(product_id: ProductId, body: MeterReadingIn, principal: CurrentPrincipal,
                   request: IdempotencyKey, state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        stored, created = readings.submit(conn, principal, product_id, body, now=now, today=state.today())
        return json_response(stored, status=201 if created else 200)

    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=now, work=work,
                           before_work=state.before_work)
