"""Asking for a product to be moved or taken away (customers), and completing it (the service desk's agents).

Both requests are cases (`/v1/cases` lists them, their thread and actions are the cases'); only opening one has
its own body, and only an agent's completion moves or removes the product. See docs/api-requests.md.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from domain.wire import Case, RelocationIn, RemovalIn
from portal import product_requests
from portal.idempotency import IdempotencyKey
from portal.responses import json_response, problems
from portal.routes.agent import Agent
from portal.routes.cases import CaseId, Customer, State, run_idempotent

router = APIRouter(prefix="/v1/cases", tags=["requests"], responses=problems(401))
agent_router = APIRouter(prefix="/v1/agent/cases", tags=["agent"], responses=problems(401))

_REFUSALS = {**problems(400, 404, 409, 422), 200: {"model": Case, "description": "Already opened"}}
_RULES = ("The desired date is a business day (Mon–Fri, Norwegian public holidays excluded), no earlier than the "
          "third business day after today (today not counted) and at most a year ahead: `desired_date.missing`, "
          "`.too_soon`, `.too_far`, `.weekend`, `.holiday`. A product the caller may not see is 404; a removed one "
          "`case.product_removed`; one with an open relocation or removal 409 `case.request_already_open`. One "
          "field's problem is the answer's code; several are `validation.failed`, each under its field. The same "
          "`id` with the same body answers 200 with the case.")


@router.post("/relocations", status_code=201, response_model=Case, summary="Ask for a product to be moved",
             description="To another site of the account (`site_id`) or a new address (`address`, `postcode` of "
                         "four digits, `city`), to a building, floor or room there (at least one), with a contact "
                         "on site and their telephone (`phone.*`). " + _RULES, responses=_REFUSALS)
def open_relocation(body: RelocationIn, principal: Customer, request: IdempotencyKey, state: State) -> Response:
    return _open(body, principal, request, state)


@router.post("/removals", status_code=201, response_model=Case, summary="Ask for a product to be taken away",
             description="With a reason (`other` needs `reason_note`), the pickup address and whether the disk is to "
                         "be wiped with a certificate. " + _RULES, responses=_REFUSALS)
def open_removal(body: RemovalIn, principal: Customer, request: IdempotencyKey, state: State) -> Response:
    return _open(body, principal, request, state)


@agent_router.post("/{case_id}/complete", response_model=Case, summary="The relocation or removal is done",
                   description="Closes the case (`complete`). A relocation moves the product to its new site (a new "
                               "address becomes a site of the account) and location; a removal marks the product "
                               "removed (`removed_on`): out of the active fleet, kept in the feed, history and "
                               "reports. Any other case, or one already done: `case.transition_not_allowed`.",
                   responses=problems(400, 404, 409, 422))
def complete_request(case_id: CaseId, principal: Agent, request: IdempotencyKey, state: State) -> Response:
    now = state.now()
    return run_idempotent(state, principal, request, lambda conn: json_response(
        product_requests.complete(conn, principal, case_id, now=now)))


def _open(body, principal, request, state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        case, created = product_requests.open_request(conn, principal, body, now=now)
        return json_response(case, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)
