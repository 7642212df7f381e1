"""The demo agent answers a new case and asks a question, then answers the customer's reply and resolves the case —
through the same code as the agent routes (events, feed, mail) — once per step, and not at all with delay 0."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from domain.clock import ACCOUNT_TZ
from portal import demo_agent
from portal.app import create_app
from portal.db import outgoing_mail, sqlite_url
from portal.demo_agent import DemoAgent
from tests.portal.conftest import KARI, OLA, sign_in
from tests.support.portal_server import running_portal, serve_app, start_portal_process
from tests.support.waiting import wait_until

DELAY = 60.0
TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ACCOUNT_TZ)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def pass_seconds(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class AgentPortal:
    """A demo portal on a movable clock, with a demo agent the test drives by hand (`run_once`)."""

    def __init__(self, url: str, app, clock: Clock) -> None:
        self.url, self.app, self.clock = url, app, clock
        self.store = app.state.portal.store
        self.agent = DemoAgent(self.store, clock, DELAY)
        self.kari, self.ola = sign_in(url, KARI), sign_in(url, OLA)

    def open_case(self, session=None, category: str = "paper_jam", contact_name: str = "") -> str:
        session = session or self.kari
        product = session.get("/v1/products").json()[0]
        body = {"id": str(uuid.uuid4()), "type": "support", "product_id": product["id"], "category": category,
                "subject": "Papirstopp i skuff 1", "description": "Det stopper hver morgen.",
                "contact_name": contact_name, "email_updates": True}
        answer = session.post_idem("/v1/cases", json=body)
        assert answer.status_code == 201, answer.text
        return answer.json()["id"]

    def mail(self) -> list:
        with self.store.read() as conn:
            return conn.execute(select(outgoing_mail).order_by(outgoing_mail.c.id)).all()


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[AgentPortal]:
    clock = Clock(TUESDAY_MORNING)
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=clock, access_ttl_seconds=86400)
    with serve_app(app) as url:
        yield AgentPortal(url, app, clock)


def state_of(session, case_id: str) -> str:
    return session.get(f"/v1/cases/{case_id}").json()["state"]


def messages(session, case_id: str) -> list[dict]:
    return session.get(f"/v1/cases/{case_id}/messages").json()


def test_a_new_case_waits_for_the_delay_then_gets_a_reply_and_a_question(portal):
    case_id = portal.open_case()
    portal.clock.pass_seconds(DELAY - 1)
    assert portal.agent.run_once() == 0 and state_of(portal.kari, case_id) == "new"
    portal.clock.pass_seconds(1)
    assert portal.agent.run_once() == 1
    assert state_of(portal.kari, case_id) == "awaiting_customer"
    [reply] = messages(portal.kari, case_id)
    assert reply["author_kind"] == "agent" and reply["body"].startswith("Hei Kari!")
    assert "papirstoppen" in reply["body"] and "?" in reply["body"] and "Siri" in reply["body"]
    events = portal.kari.get(f"/v1/cases/{case_id}/events").json()
    assert [(e["action"], e["to_state"]) for e in events] == [
        ("create", "new"), ("start", "in_progress"), ("ask_customer", "awaiting_customer")]
    created = [datetime.fromisoformat(x["created_at"]) for x in (events[1], reply, events[2])]
    assert created == sorted(created) and len(set(created)) == 3, "start, message, question in this order"
    assert [(m.reason, m.to_address) for m in portal.mail()] == [
        ("state_change", KARI), ("agent_reply", KARI), ("state_change", KARI)]


def test_it_greets_who_wrote_the_case_not_the_machines_contact_person(portal):
    """Ola opens a case about a machine whose contact person is Lars: the answer is to Ola."""
    case_id = portal.open_case(portal.ola, contact_name="Lars Hansen")
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1
    [reply] = messages(portal.ola, case_id)
    assert reply["body"].startswith("Hei Ola!") and "Lars" not in reply["body"]


def test_it_writes_in_the_authors_language(portal):
    """Kari chose English on the portal, Ola keeps bokmål: each gets both answers in their own language."""
    answer = portal.kari.patch("/v1/me", json={"language": "en"}, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 200 and answer.json()["language"] == "en", answer.text
    assert portal.ola.get("/v1/me").json()["language"] == "nb"
    english, norwegian = portal.open_case(category="invoice"), portal.open_case(portal.ola, category="invoice")
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 2
    [first] = messages(portal.kari, english)
    assert first["author_name"] == "Customer service", "signed in the conversation's language"
    assert messages(portal.ola, norwegian)[0]["author_name"] == "Kundeservice"
    assert {e["actor_name"] for e in portal.kari.get(f"/v1/cases/{english}/events").json()
            if e["action"] != "create"} == {"Customer service"}
    assert first["body"].startswith("Hello Kari,\n\nThank you for your case about the invoice.")
    assert "Which invoice number" in first["body"] and "Hei" not in first["body"]
    assert messages(portal.ola, norwegian)[0]["body"].startswith("Hei Ola!\n\nTakk for saken om fakturaen.")
    portal.kari.post_idem(f"/v1/cases/{english}/messages", json={"id": str(uuid.uuid4()), "body": "No. 4711."})
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1
    final = messages(portal.kari, english)[-1]["body"]
    assert final.startswith("Thank you for your answer, Kari.") and "reopen the case within 14 days" in final


def test_a_patch_of_me_keeps_what_it_leaves_out(portal):
    key = {"Idempotency-Key": str(uuid.uuid4())}
    assert portal.kari.patch("/v1/me", json={"email_updates_default": False}, headers=key).status_code == 200
    me = portal.kari.patch("/v1/me", json={"language": "en"}, headers={"Idempotency-Key": str(uuid.uuid4())}).json()
    assert (me["email_updates_default"], me["language"]) == (False, "en")
    refused = portal.kari.patch("/v1/me", json={"language": "de"}, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert refused.status_code == 422


def test_each_step_happens_once(portal):
    case_id = portal.open_case()
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1
    portal.clock.pass_seconds(3 * DELAY)
    assert portal.agent.run_once() == 0 and portal.agent.run_once() == 0
    assert len(messages(portal.kari, case_id)) == 1 and len(portal.mail()) == 3


def test_the_customers_answer_gets_a_second_reply_and_the_case_is_resolved(portal):
    case_id = portal.open_case()
    portal.clock.pass_seconds(DELAY)
    portal.agent.run_once()
    answer = portal.kari.post_idem(f"/v1/cases/{case_id}/messages",
                                   json={"id": str(uuid.uuid4()), "body": "Det er skuff 1, 80 g papir."})
    assert answer.status_code == 201 and state_of(portal.kari, case_id) == "in_progress"
    assert portal.agent.run_once() == 0, "the reply is younger than the delay"
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1
    case = portal.kari.get(f"/v1/cases/{case_id}").json()
    assert case["state"] == "resolved" and case["resolved_at"]
    thread = messages(portal.kari, case_id)
    assert [m["author_kind"] for m in thread] == ["agent", "customer", "agent"]
    assert thread[0]["body"].startswith("Hei Kari!") and thread[2]["body"].startswith("Takk for svaret, Kari.")
    assert "gjenåpne" in thread[2]["body"]
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 0
    assert [m.reason for m in portal.mail()][-2:] == ["agent_reply", "state_change"]


def test_the_agents_steps_reach_the_customer_through_the_delta_feed(portal):
    case_id = portal.open_case()
    first = portal.kari.get("/v1/changes").json()
    portal.clock.pass_seconds(DELAY)
    portal.agent.run_once()
    page = portal.kari.get("/v1/changes", params={"cursor": first["cursor"]}).json()
    seen = {(c["entity"], (c["data"] or {}).get("author_kind") or (c["data"] or {}).get("to_state")) for c in
            page["changes"]}
    assert {("case_message", "agent"), ("case_event", "in_progress"), ("case_event", "awaiting_customer")} <= seen
    [case] = [c for c in page["changes"] if c["entity"] == "case"]
    assert case["id"] == case_id and case["data"]["state"] == "awaiting_customer"


def test_the_agent_leaves_cases_alone_that_are_not_its_turn(portal):
    cancelled, answered = portal.open_case(), portal.open_case(portal.ola)
    assert portal.kari.post_idem(f"/v1/cases/{cancelled}/actions", json={"action": "cancel"}).status_code == 200
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1
    assert state_of(portal.kari, cancelled) == "cancelled" and messages(portal.kari, cancelled) == []
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 0, "awaiting the customer: nothing to do"
    assert state_of(portal.ola, answered) == "awaiting_customer"


def test_a_failing_step_is_rolled_back_logged_and_tried_again(portal, monkeypatch, caplog):
    broken, fine = portal.open_case(), portal.open_case(portal.ola)
    real = demo_agent._first_answer
    calls = []

    def fail_first(conn, agent, row, now):
        calls.append(row.id)
        if len(calls) == 1:
            real(conn, agent, row, now)
            raise RuntimeError("the mail table is locked")
        real(conn, agent, row, now)

    monkeypatch.setattr(demo_agent, "_first_answer", fail_first)
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 1, "the other case is still answered"
    failed = calls[0]
    session = portal.kari if failed == broken else portal.ola
    assert state_of(session, failed) == "new" and messages(session, failed) == [], "the half step was rolled back"
    assert "could not act on case" in caplog.text
    assert portal.agent.run_once() == 1 and state_of(session, failed) == "awaiting_customer"
    assert {broken, fine} == set(calls)


def test_a_round_takes_a_batch_at_a_time_oldest_first(portal, monkeypatch):
    monkeypatch.setattr(demo_agent, "BATCH", 2)
    first = portal.open_case()
    portal.clock.pass_seconds(1)
    second, third = portal.open_case(), portal.open_case()
    portal.clock.pass_seconds(DELAY)
    assert portal.agent.run_once() == 2 and state_of(portal.kari, first) == "awaiting_customer"
    assert portal.agent.run_once() == 1 and portal.agent.run_once() == 0
    assert {state_of(portal.kari, c) for c in (second, third)} == {"awaiting_customer"}


def test_a_delay_of_zero_or_less_is_not_an_agent():
    for delay in (0, -1):
        with pytest.raises(ValueError):
            DemoAgent(None, None, delay)  # type: ignore[arg-type]


def test_with_a_tiny_delay_the_running_app_answers_and_resolves_on_its_own(tmp_path):
    with running_portal(tmp_path / "portal.sqlite", agent_delay=0.2) as url:
        kari = sign_in(url, KARI)
        case_id = AgentPortal.open_case(_Bare(kari))
        _wait_for(lambda: state_of(kari, case_id) == "awaiting_customer")
        kari.post_idem(f"/v1/cases/{case_id}/messages", json={"id": str(uuid.uuid4()), "body": "Skuff 1."})
        _wait_for(lambda: state_of(kari, case_id) == "resolved")
        assert [m["author_kind"] for m in messages(kari, case_id)] == ["agent", "customer", "agent"]
    assert not [t for t in threading.enumerate() if t.name == "portal-demo-agent"], "stopped with the app"


def test_with_delay_zero_nothing_happens(tmp_path):
    with running_portal(tmp_path / "portal.sqlite", agent_delay=0) as url:
        kari = sign_in(url, KARI)
        case_id = AgentPortal.open_case(_Bare(kari))
        assert not [t for t in threading.enumerate() if t.name == "portal-demo-agent"]
        time.sleep(1.0)  # long enough for several rounds of an agent with a small delay
        assert state_of(kari, case_id) == "new" and messages(kari, case_id) == []


def test_the_server_process_takes_agent_delay_from_the_command_line(tmp_path):
    process, url = start_portal_process(tmp_path / "portal.sqlite", agent_delay=0.3)
    try:
        kari = sign_in(url, KARI)
        _wait_for(lambda: any(m["author_kind"] == "agent" and m["body"].startswith("Hei Kari!")
                              for case in kari.get("/v1/cases").json() if case["state"] == "awaiting_customer"
                              for m in messages(kari, case["id"])))
        case_id = AgentPortal.open_case(_Bare(kari))
        _wait_for(lambda: state_of(kari, case_id) == "awaiting_customer")
    finally:
        process.terminate()
        process.wait(timeout=15)


class _Bare:
    """Enough of an AgentPortal for `open_case` against any portal."""

    def __init__(self, kari) -> None:
        self.kari = kari


def _wait_for(condition, timeout: float = 15.0) -> None:
    wait_until(condition, timeout=timeout, what="the demo agent")
