"""Support cases over real HTTP: opening, idempotency, the state machine, response times, visibility, the agent's
side, the delta feed and the outgoing mail. Each test gets its own portal (demo data plus agents) and a movable clock.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from domain import business_hours, problems
from domain.cases import is_overdue
from domain.clock import ACCOUNT_TZ
from portal.app import create_app
from portal.db import outgoing_mail, sqlite_url
from tests.portal.conftest import ADMIN, KARI, OLA, assert_problem, sign_in
from tests.support import email_samples
from tests.support.portal_server import serve_app

AGENT = "agent@vendor.example"
TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ACCOUNT_TZ)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class CasePortal:
    def __init__(self, url: str, app, clock: Clock) -> None:
        self.url, self.app, self.clock = url, app, clock
        self.kari, self.ola, self.admin, self.agent = (sign_in(url, e) for e in (KARI, OLA, ADMIN, AGENT))

    def mail(self) -> list:
        with self.app.state.portal.store.read() as conn:
            return conn.execute(select(outgoing_mail).order_by(outgoing_mail.c.id)).all()


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[CasePortal]:
    clock = Clock(TUESDAY_MORNING)
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=clock, access_ttl_seconds=400 * 86400)
    with serve_app(app) as url:
        yield CasePortal(url, app, clock)


def first_product(session) -> dict:
    return session.get("/v1/products").json()[0]


def support_case(product_id: str, **changes) -> dict:
    return {"id": str(uuid.uuid4()), "type": "support", "product_id": product_id, "category": "paper_jam",
            "subject": "Papirstopp i skuff 2", "description": "Stopper hver morgen.", "contact_name": "Kari Nordmann",
            "contact_email": "kari@example.no", "email_updates": True, **changes}


def question(**changes) -> dict:
    return {"id": str(uuid.uuid4()), "type": "account_question", "category": "invoice",
            "subject": "Faktura oktober", "description": "Hva er tillegget for fargekopier?", **changes}


def open_case(session, body: dict) -> dict:
    answer = session.post_idem("/v1/cases", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def act(session, case_id: str, action: str, agent: bool = False):
    prefix = "/v1/agent/cases" if agent else "/v1/cases"
    return session.post_idem(f"{prefix}/{case_id}/actions", json={"action": action})


def oslo(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(ACCOUNT_TZ)


def test_open_a_support_case(portal):
    product = first_product(portal.kari)
    case = open_case(portal.kari, support_case(product["id"]))
    assert case["number"] == "CS0001001" and case["state"] == "new" and case["type"] == "support"
    assert case["department"] == "technical_support" and case["created_by"] == KARI and case["version"] == 1
    due = business_hours.expected_response_at(TUESDAY_MORNING, product["contract"]["response_time_hours"])
    assert oslo(case["expected_response_at"]) == due
    assert portal.kari.get(f"/v1/cases/{case['id']}").json() == case
    assert [c["id"] for c in portal.kari.get("/v1/cases").json()] == [case["id"]]
    events = portal.kari.get(f"/v1/cases/{case['id']}/events").json()
    assert [(e["from_state"], e["to_state"], e["action"]) for e in events] == [(None, "new", "create")]
    second = open_case(portal.kari, support_case(product["id"]))
    assert second["number"] == "CS0001002"


def test_open_an_account_question(portal):
    case = open_case(portal.kari, question())
    assert case["product_id"] is None and case["department"] == "finance"
    assert oslo(case["expected_response_at"]) == datetime(2026, 11, 26, 9, 0, tzinfo=ACCOUNT_TZ)  # 16 business hours


def test_the_product_rule(portal):
    product = first_product(portal.kari)
    body = support_case(None)
    assert_problem(portal.kari.post_idem("/v1/cases", json=body), 422, problems.CASE_PRODUCT_REQUIRED)
    assert_problem(portal.kari.post_idem("/v1/cases", json=question(product_id=product["id"])), 422,
                   problems.CASE_PRODUCT_REQUIRED)
    assert_problem(portal.kari.post_idem("/v1/cases", json=support_case(first_product(portal.ola)["id"])), 404,
                   problems.NOT_FOUND)


def test_the_contact_e_mail_is_judged_by_the_shared_rule(portal):
    for typed in email_samples.GOOD:
        case = open_case(portal.kari, question(contact_email=typed))
        assert case["contact_email"] == typed.strip()
    for typed in email_samples.INVALID:
        problem = assert_problem(portal.kari.post_idem("/v1/cases", json=question(contact_email=typed)), 422,
                                 problems.VALIDATION_FAILED)
        assert [(e["field"], e["code"]) for e in problem["errors"]] == [("contact_email", problems.EMAIL_INVALID)]
    for typed in email_samples.TOO_LONG:  # the wire type's limit answers first, for the same field
        problem = assert_problem(portal.kari.post_idem("/v1/cases", json=question(contact_email=typed)), 422,
                                 problems.VALIDATION_FAILED)
        assert [e["field"] for e in problem["errors"]] == ["contact_email"]
    assert open_case(portal.kari, question(contact_email=""))["contact_email"] == ""  # the contact is optional
    assert len(portal.kari.get("/v1/cases").json()) == len(email_samples.GOOD) + 1


@pytest.mark.parametrize("field, typed", [("subject", "Faktura\noktober"), ("subject", "Faktura\x0boktober"),
                                          ("subject", "Faktura\u2028oktober"), ("contact_name", "Kari\tNordmann")])
def test_a_one_line_text_with_a_control_character_is_refused(portal, field, typed):
    """A subject with a newline broke `portal-cli cases` and the mail's body: refused by the shared rule."""
    before = len(portal.kari.get("/v1/cases").json()), len(portal.mail())
    problem = assert_problem(portal.kari.post_idem("/v1/cases", json=question(**{field: typed})), 422,
                             problems.TEXT_CONTROL_CHARACTER)
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, problems.TEXT_CONTROL_CHARACTER)]
    assert (len(portal.kari.get("/v1/cases").json()), len(portal.mail())) == before
    assert open_case(portal.kari, question(subject="Faktura – oktober «2026»"))["subject"] == "Faktura – oktober «2026»"


def test_a_repeat_is_answered_once(portal):
    body = support_case(first_product(portal.kari)["id"])
    key = str(uuid.uuid4())
    first = portal.kari.post_idem("/v1/cases", json=body, key=key)
    again = portal.kari.post_idem("/v1/cases", json=body, key=key)
    assert first.status_code == again.status_code == 201 and again.content == first.content
    assert again.headers["Idempotent-Replayed"] == "true"
    same_id = portal.kari.post_idem("/v1/cases", json=body)
    assert same_id.status_code == 200 and same_id.json() == first.json()
    assert_problem(portal.kari.post_idem("/v1/cases", json={**body, "subject": "Noe annet"}), 422,
                   problems.VALIDATION_FAILED)
    assert_problem(portal.kari.post_idem("/v1/cases", json={**body, "subject": "Noe annet"}, key=key), 422,
                   problems.IDEMPOTENCY_KEY_REUSED)
    assert len(portal.kari.get("/v1/cases").json()) == 1


def test_response_time_over_a_weekend(portal):
    portal.clock.now = datetime(2026, 11, 27, 14, 0, tzinfo=ACCOUNT_TZ)  # Friday afternoon
    case = open_case(portal.kari, question())
    assert oslo(case["expected_response_at"]) == datetime(2026, 12, 1, 14, 0, tzinfo=ACCOUNT_TZ)


def test_response_time_over_easter_submitted_after_hours(portal):
    portal.clock.now = datetime(2027, 3, 24, 18, 30, tzinfo=ACCOUNT_TZ)  # Wednesday evening before Maundy Thursday
    case = open_case(portal.kari, question())
    assert oslo(case["expected_response_at"]) == datetime(2027, 3, 31, 16, 0, tzinfo=ACCOUNT_TZ)


def test_the_life_of_a_case(portal):
    case = open_case(portal.kari, support_case(first_product(portal.kari)["id"]))
    cid = case["id"]
    assert_problem(act(portal.kari, cid, "reopen"), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(act(portal.agent, cid, "close", agent=True), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(act(portal.agent, cid, "ask_customer", agent=True), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert act(portal.agent, cid, "start", agent=True).json()["state"] == "in_progress"
    assert_problem(act(portal.agent, cid, "start", agent=True), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert act(portal.agent, cid, "ask_customer", agent=True).json()["state"] == "awaiting_customer"
    reply = portal.kari.post_idem(f"/v1/cases/{cid}/messages", json={"id": str(uuid.uuid4()), "body": "Bilde kommer."})
    assert reply.status_code == 201 and reply.json()["author_kind"] == "customer"
    assert portal.kari.get(f"/v1/cases/{cid}").json()["state"] == "in_progress"
    resolved = act(portal.agent, cid, "resolve", agent=True).json()
    assert resolved["state"] == "resolved" and resolved["resolved_at"]
    assert_problem(act(portal.kari, cid, "cancel"), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(portal.kari.post_idem(f"/v1/cases/{cid}/messages", json={"id": str(uuid.uuid4()), "body": "Hei"}),
                   422, problems.CASE_TRANSITION_NOT_ALLOWED)
    reopened = act(portal.kari, cid, "reopen").json()
    assert reopened["state"] == "in_progress" and reopened["resolved_at"] is None
    act(portal.agent, cid, "resolve", agent=True)
    portal.clock.now += timedelta(days=15)
    assert_problem(act(portal.kari, cid, "reopen"), 422, problems.CASE_REOPEN_WINDOW_PASSED)
    assert act(portal.agent, cid, "close", agent=True).json()["state"] == "closed"
    for action in ("cancel", "reopen"):
        assert_problem(act(portal.kari, cid, action), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    for action in ("start", "ask_customer", "resolve", "close"):
        assert_problem(act(portal.agent, cid, action, agent=True), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(portal.agent.post_idem(f"/v1/agent/cases/{cid}/messages",
                                          json={"id": str(uuid.uuid4()), "body": "Hei"}),
                   422, problems.CASE_TRANSITION_NOT_ALLOWED)
    events = portal.kari.get(f"/v1/cases/{cid}/events").json()
    assert [e["to_state"] for e in events] == ["new", "in_progress", "awaiting_customer", "in_progress", "resolved",
                                               "in_progress", "resolved", "closed"]


def test_cancel_an_open_case(portal):
    cid = open_case(portal.kari, question())["id"]
    assert act(portal.kari, cid, "cancel").json()["state"] == "cancelled"
    assert_problem(act(portal.kari, cid, "cancel"), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
    assert_problem(act(portal.agent, cid, "start", agent=True), 422, problems.CASE_TRANSITION_NOT_ALLOWED)


def test_roles_on_the_action_routes(portal):
    cid = open_case(portal.kari, question())["id"]
    assert_problem(act(portal.kari, cid, "start", agent=True), 403, problems.FORBIDDEN)
    assert_problem(act(portal.kari, cid, "start"), 422, problems.VALIDATION_FAILED)  # not a customer action
    assert_problem(portal.agent.get("/v1/cases"), 403, problems.FORBIDDEN)
    assert [c["id"] for c in portal.agent.get("/v1/agent/cases").json()] == [cid]


def test_a_customer_cannot_reach_another_customers_case(portal):
    support = open_case(portal.kari, support_case(first_product(portal.kari)["id"]))
    asked = open_case(portal.kari, question())
    for cid in (support["id"], asked["id"], str(uuid.uuid4())):
        assert_problem(portal.ola.get(f"/v1/cases/{cid}"), 404, problems.NOT_FOUND)
        assert_problem(portal.ola.get(f"/v1/cases/{cid}/messages"), 404, problems.NOT_FOUND)
        assert_problem(portal.ola.post_idem(f"/v1/cases/{cid}/messages",
                                            json={"id": str(uuid.uuid4()), "body": "Hei"}), 404, problems.NOT_FOUND)
        assert_problem(act(portal.ola, cid, "cancel"), 404, problems.NOT_FOUND)
        assert_problem(portal.ola.patch(f"/v1/cases/{cid}", json={"email_updates": False},
                                        headers={"Idempotency-Key": str(uuid.uuid4())}), 404, problems.NOT_FOUND)
        assert_problem(portal.ola.post_idem(f"/v1/cases/{cid}/attachments", json={
            "id": str(uuid.uuid4()), "file_name": "a.txt", "data_base64": "aGVp"}), 404, problems.NOT_FOUND)
    assert portal.ola.get("/v1/cases").json() == []
    assert {c["id"] for c in portal.admin.get("/v1/cases").json()} == {support["id"], asked["id"]}
    assert portal.admin.get(f"/v1/cases/{asked['id']}").status_code == 200


def test_agent_reply_in_thread_feed_and_mail(portal):
    cid = open_case(portal.kari, support_case(first_product(portal.kari)["id"]))["id"]
    cursor = portal.kari.get("/v1/changes", params={"limit": 1000}).json()
    while cursor["has_more"]:
        cursor = portal.kari.get("/v1/changes", params={"cursor": cursor["cursor"], "limit": 1000}).json()
    ola_cursor = _feed_end(portal.ola)
    message_id = str(uuid.uuid4())
    answer = portal.agent.post_idem(f"/v1/agent/cases/{cid}/messages",
                                    json={"id": message_id, "body": "Vi sender en tekniker i morgen."})
    assert answer.status_code == 201 and answer.json()["author_kind"] == "agent"
    thread = portal.kari.get(f"/v1/cases/{cid}/messages").json()
    assert [(m["id"], m["body"]) for m in thread] == [(message_id, "Vi sender en tekniker i morgen.")]
    act(portal.agent, cid, "start", agent=True)
    page = portal.kari.get("/v1/changes", params={"cursor": cursor["cursor"]}).json()
    found = {(c["entity"], c["id"]): c for c in page["changes"]}
    assert found[("case_message", message_id)]["data"] == thread[0]
    assert found[("case", cid)]["data"]["state"] == "in_progress"
    assert any(entity == "case_event" for entity, _ in found)
    assert portal.ola.get("/v1/changes", params={"cursor": ola_cursor}).json()["changes"] == []
    mail = portal.mail()
    assert [(m.to_address, m.reason) for m in mail] == [(KARI, "agent_reply"), (KARI, "state_change")]
    assert "CS0001001" in mail[0].subject and "tekniker" in mail[0].body


def test_email_updates_off_writes_no_mail(portal):
    cid = open_case(portal.kari, support_case(first_product(portal.kari)["id"]))["id"]
    patched = portal.kari.patch(f"/v1/cases/{cid}", json={"email_updates": False},
                                headers={"Idempotency-Key": str(uuid.uuid4())})
    assert patched.status_code == 200 and patched.json()["email_updates"] is False and patched.json()["version"] == 2
    portal.agent.post_idem(f"/v1/agent/cases/{cid}/messages", json={"id": str(uuid.uuid4()), "body": "Hei"})
    act(portal.agent, cid, "start", agent=True)
    assert portal.mail() == []


def test_account_questions_in_the_feed_are_their_creators(portal):
    cid = open_case(portal.kari, question())["id"]
    assert cid in _feed_ids(portal.kari, "case") and cid in _feed_ids(portal.admin, "case")
    assert cid not in _feed_ids(portal.ola, "case")


def test_demo_cases_are_seeded_on_request(tmp_path):
    app = create_app(sqlite_url(tmp_path / "demo.sqlite"), demo=True, demo_cases=True)
    with serve_app(app) as url:
        states = {c["state"] for c in sign_in(url, ADMIN).get("/v1/cases").json()}
    assert {"new", "awaiting_customer", "resolved", "closed", "in_progress"} <= states


def _feed_end(session) -> str:
    page = session.get("/v1/changes", params={"limit": 1000}).json()
    while page["has_more"]:
        page = session.get("/v1/changes", params={"cursor": page["cursor"], "limit": 1000}).json()
    return page["cursor"]


def _feed_ids(session, entity: str) -> set[str]:
    ids, page = set(), {"has_more": True, "cursor": None}
    while page["has_more"]:
        params = {"limit": 1000, **({"cursor": page["cursor"]} if page["cursor"] else {})}
        page = session.get("/v1/changes", params=params).json()
        ids |= {c["id"] for c in page["changes"] if c["entity"] == entity and c["op"] == "upsert"}
    return ids


def test_the_cli_demo_opens_cases_unless_told_not_to():
    from portal.__main__ import parse_args
    assert parse_args(["--demo"]).demo_cases is True
    assert parse_args(["--demo", "--no-demo-cases"]).demo_cases is False


REACH = {"new": [], "in_progress": [("agent", "start")], "awaiting_customer": [("agent", "start"),
                                                                                 ("agent", "ask_customer")],
         "resolved": [("agent", "resolve")], "closed": [("agent", "resolve"), ("agent", "close")],
         "cancelled": [("customer", "cancel")]}


def test_every_refused_transition_through_the_api(portal):
    from domain.cases import TRANSITIONS
    for state, path in REACH.items():
        cid = open_case(portal.kari, question())["id"]
        for who, action in path:
            assert act(portal.agent if who == "agent" else portal.kari, cid, action, agent=who == "agent").ok
        assert portal.kari.get(f"/v1/cases/{cid}").json()["state"] == state
        for who, actions in (("customer", ("cancel", "reopen")), ("agent", ("start", "ask_customer", "resolve",
                                                                            "close"))):
            for action in actions:
                if (state, action) in TRANSITIONS:
                    continue
                session = portal.agent if who == "agent" else portal.kari
                assert_problem(act(session, cid, action, agent=who == "agent"), 422,
                               problems.CASE_TRANSITION_NOT_ALLOWED)
        if (state, "reply") not in TRANSITIONS:
            assert_problem(portal.kari.post_idem(f"/v1/cases/{cid}/messages",
                                                 json={"id": str(uuid.uuid4()), "body": "Hei"}),
                           422, problems.CASE_TRANSITION_NOT_ALLOWED)
        assert portal.kari.get(f"/v1/cases/{cid}").json()["state"] == state


def test_no_mail_about_the_creators_own_change(portal):
    own = open_case(portal.kari, question())["id"]
    act(portal.kari, own, "cancel")
    assert portal.mail() == []
    other = open_case(portal.kari, question())["id"]
    act(portal.admin, other, "cancel")
    assert [(m.to_address, m.reason, m.case_id) for m in portal.mail()] == [(KARI, "state_change", other)]


def test_a_reply_to_the_desks_question_is_owed_an_answer_counted_from_the_reply(portal):
    product = first_product(portal.kari)
    hours = product["contract"]["response_time_hours"]
    cid = open_case(portal.kari, support_case(product["id"]))["id"]
    act(portal.agent, cid, "start", agent=True)
    act(portal.agent, cid, "ask_customer", agent=True)
    portal.clock.now = datetime(2026, 12, 24, 15, 0, tzinfo=ACCOUNT_TZ)  # weeks later, Christmas Eve afternoon
    reply = portal.kari.post_idem(f"/v1/cases/{cid}/messages", json={"id": str(uuid.uuid4()), "body": "Bilde kommer."})
    assert reply.status_code == 201, reply.text
    case = portal.kari.get(f"/v1/cases/{cid}").json()
    due = business_hours.expected_response_at(portal.clock.now, hours)
    assert case["state"] == "in_progress" and oslo(case["expected_response_at"]) == due
    assert due > portal.clock.now and due.date() == datetime(2026, 12, 28).date()  # over Christmas Day and the weekend
    assert not is_overdue(case["state"], oslo(case["expected_response_at"]), portal.clock.now)
    again = portal.kari.post_idem(f"/v1/cases/{cid}/messages", json={"id": str(uuid.uuid4()), "body": "Og en til."})
    assert again.status_code == 201
    assert oslo(portal.kari.get(f"/v1/cases/{cid}").json()["expected_response_at"]) == due  # still in progress: kept


def test_a_reopened_case_is_owed_an_answer_counted_from_the_reopening(portal):
    cid = open_case(portal.kari, question())["id"]
    act(portal.agent, cid, "resolve", agent=True)
    portal.clock.now = TUESDAY_MORNING + timedelta(days=7)
    reopened = act(portal.kari, cid, "reopen").json()
    assert reopened["state"] == "in_progress"
    assert oslo(reopened["expected_response_at"]) == business_hours.expected_response_at(portal.clock.now, 16)


def test_the_desks_own_moves_keep_the_deadline(portal):
    case = open_case(portal.kari, support_case(first_product(portal.kari)["id"]))
    portal.clock.now += timedelta(hours=1)
    for action in ("start", "ask_customer"):
        moved = act(portal.agent, case["id"], action, agent=True).json()
        assert moved["expected_response_at"] == case["expected_response_at"]
