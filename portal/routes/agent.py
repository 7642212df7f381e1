"""The service desk's side of cases, for the demo and the tests: an agent (role `agent`, in the vendor's own account)
answers and moves any case of any account. A real desk would have its own system; this is the smallest stand-in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from domain import problems as codes
from domain.wire import AgentCaseActionIn, Case, CaseMessage, CaseMessageIn
from portal import case_entities, cases
from portal.auth import CurrentPrincipal, Principal
from portal.idempotency import IdempotencyKey
from portal.problems import ProblemError
from portal.responses import json_response, problems
from portal.routes.cases import CaseId, State, run_idempotent


def agent_principal(principal: CurrentPrincipal) -> Principal:
    if principal.role != "agent":
        raise ProblemError(403, codes.FORBIDDEN, "Only the vendor's service agents may do this.")
    return principal


Agent = Annotated[Principal, Depends(agent_principal)]
router = APIRouter(prefix="/v1/agent/cases", tags=["agent"], responses=problems(401))


@router.get("", response_model=list[Case], summary="Every case of every account, newest first")
def list_all_cases(principal: Agent, state: State) -> list[Case]:
    with state.store.read() as conn:
        return case_entities.cases_where(conn, principal)


@router.post("/{case_id}/messages", status_code=201, response_model=CaseMessage, summary="Answer in the thread",
             description="Mailed (outgoing_mail) to the case's creator when they want e-mail updates.",
             responses={**problems(400, 404, 409, 422), 200: {"model": CaseMessage, "description": "Already sent"}})
def agent_message(case_id: CaseId, body: CaseMessageIn, principal: Agent, request: IdempotencyKey,
                  state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        message, created = cases.add_message(conn, principal, case_id, body, now=now)
        return json_response(message, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)


@router.post("/{case_id}/actions", response_model=Case, summary="start, ask_customer, resolve or close",
             responses=problems(400, 404, 409, 422))
def agent_action(case_id: CaseId, body: AgentCaseActionIn, principal: Agent, request: IdempotencyKey,
                 state: State) -> Response:
    now = state.now()
    return run_idempotent(state, principal, request,
                lambda conn: json_response(cases.act(conn, principal, case_id, body.action, now=now)))
