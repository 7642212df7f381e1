"""Support cases and account questions as the customer sees them: list, open, read, talk, attach, cancel, reopen.

A case the caller may not see answers exactly like one that does not exist (404). Attachments are sent as JSON with
the file in base64 (`AttachmentIn`), so the Idempotency-Key fingerprint covers the file like any other body.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Header, Path
from starlette.responses import Response

from domain import problems as codes
from domain.cases import FINAL_STATES
from domain.text_limits import MAX_ETAG_HEADER, MAX_ID
from domain.wire import (AttachmentIn, Case, CaseActionIn, CaseAttachment, CaseEvent, CaseIn, CaseMessage,
                         CaseMessageIn, CasePatch)
from portal import attachments, case_entities, cases, idempotency
from portal import if_match as if_match_rule
from portal.auth import CurrentPrincipal, Principal
from portal.db import case_events, case_messages
from portal.idempotency import IdempotencyKey
from portal.problems import ProblemError, not_found
from portal.responses import json_response, problems
from portal.state import PortalState, portal_state

State = Annotated[PortalState, Depends(portal_state)]
CaseId = Annotated[str, Path(max_length=MAX_ID, description="The case's id")]


def customer_principal(principal: CurrentPrincipal) -> Principal:
    if principal.role == "agent":
        raise ProblemError(403, codes.FORBIDDEN, "Agents work on cases through /v1/agent.")
    return principal


Customer = Annotated[Principal, Depends(customer_principal)]
router = APIRouter(prefix="/v1/cases", tags=["cases"], responses=problems(401))


@router.get("", response_model=list[Case], summary="Cases the caller may see, newest first",
            description="An administrator sees every case of the account; a customer the cases of products assigned "
                        "to them and their own account questions.")
def list_cases(principal: Customer, state: State) -> list[Case]:
    with state.store.read() as conn:
        return case_entities.cases_where(conn, principal)


@router.post("", status_code=201, response_model=Case, summary="Open a support case or an account question",
             description="A `support` case needs a `product_id` the caller may see; an `account_question` has none "
                         "(`case.product_required`). The expected response time counts the product contract's "
                         "business hours (16 for account questions) from the submission; outside business hours "
                         "from the next business day. The same `id` with the same body answers 200 with the case.",
             responses={**problems(400, 404, 409, 422), 200: {"model": Case, "description": "Already opened"}})
def open_case(body: CaseIn, principal: Customer, request: IdempotencyKey, state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        case, created = cases.create(conn, principal, body, now=now)
        return json_response(case, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)


@router.get("/{case_id}", response_model=Case, summary="One case",
            responses={**problems(404, 422),
                       200: {"description": "The case", "headers": {"ETag": {
                           "description": "The case's version, quoted: send it back as If-Match on PATCH",
                           "schema": {"type": "string"}}}}})
def get_case(case_id: CaseId, principal: Customer, state: State) -> Response:
    with state.store.read() as conn:
        case = _case_or_404(conn, principal, case_id)
    return json_response(case, headers={"ETag": case_etag(case)})


@router.patch("/{case_id}", response_model=Case, summary="Choose your own e-mail updates for this case",
              description="The choice is the caller's own: the author's starts as the case was opened with, anyone "
                          "else who can see the case starts with none and may turn them on; nobody changes another "
                          "user's. `email_updates` in every answer and in the feed is the caller's own choice. "
                          "Send the case's version as If-Match (`\"3\"`, as in the ETag; a bare `3` is taken too): "
                          "if the case changed since, the answer is 412 `conflict.etag_mismatch` with the current "
                          "ETag, and nothing is changed. Without If-Match the choice applies as it is.",
              responses={**problems(400, 404, 409, 412, 422),
                         200: {"description": "The case as it now is",
                               "headers": {"ETag": {"schema": {"type": "string"}}}}})
def patch_case(case_id: CaseId, body: CasePatch, principal: Customer, request: IdempotencyKey, state: State,
               if_match: Annotated[str | None, Header(max_length=MAX_ETAG_HEADER,
                                                      description="The case version (ETag) the choice is based on")] = None
               ) -> Response:
    def work(conn) -> Response:
        if if_match is not None:
            if_match_rule.check(if_match, _case_or_404(conn, principal, case_id).version, "The case", required=False)
        case = cases.set_email_updates(conn, principal, case_id, body.email_updates)
        return json_response(case, headers={"ETag": case_etag(case)})

    return run_idempotent(state, principal, request, work)


@router.post("/{case_id}/actions", response_model=Case, summary="Cancel or reopen the case",
             description="For the case's author or an administrator of its account (anyone else who sees the case: "
                         "403 `forbidden`); the event carries the name of whoever acted. `cancel` an open case (new, "
                         "in progress, awaiting customer); `reopen` a resolved one within 14 days of its resolution "
                         "(`case.reopen_window_passed`). Anything else is `case.transition_not_allowed`.",
             responses=problems(400, 403, 404, 409, 422))
def case_action(case_id: CaseId, body: CaseActionIn, principal: Customer, request: IdempotencyKey,
                state: State) -> Response:
    now = state.now()
    return run_idempotent(state, principal, request,
                lambda conn: json_response(cases.act(conn, principal, case_id, body.action, now=now)))


@router.get("/{case_id}/messages", response_model=list[CaseMessage], summary="The case's thread, oldest first",
            responses=problems(404, 422))
def list_messages(case_id: CaseId, principal: Customer, state: State) -> list[CaseMessage]:
    with state.store.read() as conn:
        _case_or_404(conn, principal, case_id)
        return case_entities.messages_where(conn, principal, case_messages.c.case_id == case_id)


@router.get("/{case_id}/events", response_model=list[CaseEvent], summary="The case's state history, oldest first",
            responses=problems(404, 422))
def list_events(case_id: CaseId, principal: Customer, state: State) -> list[CaseEvent]:
    with state.store.read() as conn:
        _case_or_404(conn, principal, case_id)
        return case_entities.events_where(conn, principal, case_events.c.case_id == case_id)


@router.post("/{case_id}/messages", status_code=201, response_model=CaseMessage, summary="Reply in the thread",
             description="A reply takes a case that awaits the customer back to in progress. A resolved, closed or "
                         "cancelled case takes no replies (`case.transition_not_allowed`; reopen it first).",
             responses={**problems(400, 404, 409, 422), 200: {"model": CaseMessage, "description": "Already sent"}})
def post_message(case_id: CaseId, body: CaseMessageIn, principal: Customer, request: IdempotencyKey,
                 state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        message, created = cases.add_message(conn, principal, case_id, body, now=now)
        return json_response(message, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)


@router.post("/{case_id}/attachments", status_code=201, response_model=CaseAttachment, summary="Attach a file",
             description="JSON with the file in base64 (not multipart). At most 10 MB "
                         "(`case.attachment_too_large`); .pdf, .png, .jpg/.jpeg, .txt, .log or .csv whose content "
                         "matches the extension (`case.attachment_type_not_allowed`). The name is sanitised: no "
                         "folders, no control characters. A closed or cancelled case takes no attachments "
                         "(`case.transition_not_allowed`).",
             responses={**problems(400, 404, 409, 422),
                        200: {"model": CaseAttachment, "description": "Already attached"}})
def post_attachment(case_id: CaseId, body: AttachmentIn, principal: Customer, request: IdempotencyKey,
                    state: State) -> Response:
    now = state.now()

    def work(conn) -> Response:
        case = _case_or_404(conn, principal, case_id)
        if case.state in FINAL_STATES:
            raise ProblemError(422, codes.CASE_TRANSITION_NOT_ALLOWED,
                               f"A case that is {case.state} takes no more attachments.")
        stored, created = attachments.store(conn, case_id, body, uploaded_by=principal.email, now=now)
        if created:
            cases.touch(conn, case)
        return json_response(stored, status=201 if created else 200)

    return run_idempotent(state, principal, request, work)


@router.get("/{case_id}/attachments/{attachment_id}", summary="Download an attachment",
            response_class=Response, responses={**problems(404, 422),
                                                200: {"description": "The file's bytes", "content": {
                                                    "application/octet-stream": {}}}})
def get_attachment(case_id: CaseId, attachment_id: Annotated[str, Path(max_length=MAX_ID)], principal: Customer,
                   state: State) -> Response:
    with state.store.read() as conn:
        _case_or_404(conn, principal, case_id)
        row = attachments.read(conn, case_id, attachment_id)
    if row is None:
        raise not_found("The attachment")
    disposition = f"attachment; filename*=UTF-8''{quote(row.file_name)}"
    return Response(content=bytes(row.data), media_type=row.content_type,
                    headers={"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff"})


def case_etag(case: Case) -> str:
    return if_match_rule.etag(case.version)


def _case_or_404(conn, principal: Principal, case_id: str) -> Case:
    case = case_entities.visible_case(conn, principal, case_id)
    if case is None:
        raise not_found("The case")
    return case


def run_idempotent(state: PortalState, principal: Principal, request, work) -> Response:
    return idempotency.run(state.store, user_id=principal.user_id, request=request, now=state.now(), work=work,
                           before_work=state.before_work)
