"""Support cases end to end against the real portal over HTTP: a case with an attachment made offline arrives once
(also through a flaky network), a reply typed offline is sent on reconnect, an agent's reply arrives in the thread
with exactly one notice, and a refused action comes back with the portal's reason."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from domain.business_hours import expected_response_at
from domain.cases import is_overdue
from domain.clock import utc_now
from portal.app import create_app
from portal.db import sqlite_url
from sync.api import PortalClient, PortalUnreachable
from sync.cache.schema import case_attachments, case_messages, cases, notices
from sync.cache.stamps import from_iso
from sync.cases.operations import (
    CaseDraft,
    queue_case,
    queue_case_action,
    queue_email_updates,
    queue_reply,
)
from sync.cases.queries import case_row
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.session.downloads import fetch_attachment
from tests.support.portal_api import AGENT, portal_post, portal_session
from tests.support.portal_server import serve_app, start_portal_process
from tests.sync.e2e import ADMIN, closed_port_url, fast_engine, signed_in
from tests.sync.faulty_proxy import FaultyProxy

pytestmark = pytest.mark.e2e

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def _draft(ws) -> CaseDraft:
    with ws.engine.connect() as conn:
        product_id = conn.execute(select(cases.metadata.tables["products"].c.id).limit(1)).scalar_one()
    return CaseDraft(type="support", product_id=product_id, category="paper_jam", subject="Paper jam in tray 2",
                     description="It jams every third sheet.", contact_name="Ada Admin",
                     contact_email="admin@example.no")


def _notices(ws, kind: str | None = None):
    with ws.engine.connect() as conn:
        rows = conn.execute(select(notices).order_by(notices.c.id)).all()
    return [r for r in rows if kind is None or r.kind == kind]


def _portal_cases(url: str, case_id: str) -> list[dict]:
    return [c for c in portal_session(url, ADMIN).get(f"{url}/v1/cases", timeout=10).json() if c["id"] == case_id]


def _assert_arrived_once_with_its_file(url: str, case_id: str, attachment_id: str, data: bytes) -> None:
    found = _portal_cases(url, case_id)
    assert len(found) == 1
    assert [a["id"] for a in found[0]["attachments"]] == [attachment_id]
    assert found[0]["attachments"][0]["size"] == len(data)
    got = portal_session(url, ADMIN).get(f"{url}/v1/cases/{case_id}/attachments/{attachment_id}", timeout=10)
    assert got.status_code == 200 and got.content == data


def _queue_with_file(ws, tmp_path) -> tuple[str, str]:
    original = tmp_path / "jam.png"
    original.write_bytes(PNG)
    changed = queue_case(ws.engine, _draft(ws), [original], data_dir=ws.data_dir)
    original.unlink()  # the queued copy is what goes
    (case_id,) = changed["case"]
    (attachment_id,) = changed["case_attachment"]
    return case_id, attachment_id


@pytest.mark.slow
def test_a_case_with_an_attachment_made_offline_arrives_once_and_another_pc_downloads_it(data_dir, tmp_path):
    db = tmp_path / "portal.sqlite"
    process, url = start_portal_process(db)
    try:
        ws = signed_in(data_dir, url)
        with fast_engine(ws) as engine:
            assert engine.run_once().error is None
            process.terminate()
            process.wait(timeout=20)
            case_id, attachment_id = _queue_with_file(ws, tmp_path)
            down = engine.run_once()
            assert (down.online, down.pushed) == (False, 0)
            assert outbox.unsent_count(ws.engine) == 2
            process, _ = start_portal_process(db, port=int(url.rsplit(":", 1)[1]))
            report = engine.run_once()
            assert (report.online, report.pushed, report.rejected, report.error) == (True, 2, 0, None)
            assert engine.run_once().pushed == 0
        _assert_arrived_once_with_its_file(url, case_id, attachment_id, PNG)
        with ws.engine.connect() as conn:
            row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
            mine = conn.execute(select(case_attachments).where(case_attachments.c.id == attachment_id)).one()
        assert row.sync_status == "synced" and row.number.startswith("CS")
        assert mine.sync_status == "synced" and (ws.data_dir / mine.local_path).read_bytes() == PNG
        assert fetch_attachment(ws, case_id, attachment_id) == ws.data_dir / mine.local_path  # ours: no download

        other = signed_in(tmp_path / "other-pc", url)
        with fast_engine(other) as engine:
            assert engine.run_once().error is None
        real_factory = other.new_client  # a download makes an HTTP session of its own: point it at a closed port
        other.new_client = lambda **options: PortalClient(closed_port_url(), tokens=other.tokens, **options)
        with pytest.raises(PortalUnreachable):
            fetch_attachment(other, case_id, attachment_id)
        other.new_client = real_factory
        downloaded = fetch_attachment(other, case_id, attachment_id)
        assert downloaded.read_bytes() == PNG and downloaded.is_relative_to(other.data_dir / "attachments" / case_id)
        assert fetch_attachment(other, case_id, attachment_id) == downloaded
        assert [p.name for p in downloaded.parent.iterdir()] == [downloaded.name]  # no partial files left
        other.close()
        ws.close()
    finally:
        process.kill()
        process.wait(timeout=20)


def test_a_case_with_an_attachment_arrives_once_through_a_flaky_network(portal, data_dir, tmp_path):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
    case_id, attachment_id = _queue_with_file(ws, tmp_path)
    reply = queue_reply(ws.engine, case_id, "One more thing: it clicks.", data_dir=ws.data_dir)
    (message_id,) = reply["case_message"]
    with FaultyProxy(portal, fault_rate=0.5, seed=11, delay=1.2, faults=("error_500", "drop_after", "drop_before"),
                     spare=lambda method, path: path.startswith("/v1/auth/")) as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 3.0))
        with fast_engine(ws, client=client) as engine:
            for _ in range(40):
                report = engine.run_once()
                if outbox.unsent_count(ws.engine) == 0 and report.error is None:
                    break
                outbox.retry_now(ws.engine)
        assert proxy.injected["drop_after"] >= 1
    assert outbox.unsent_count(ws.engine) == 0
    assert {i.state for i in outbox.outbox_items(ws.engine)} == {"sent"}
    _assert_arrived_once_with_its_file(portal, case_id, attachment_id, PNG)
    thread = portal_session(portal, ADMIN).get(f"{portal}/v1/cases/{case_id}/messages", timeout=10).json()
    assert [m["id"] for m in thread].count(message_id) == 1
    ws.close()


def test_a_reply_typed_offline_is_sent_on_reconnect_once(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        case_id = next(iter(queue_case(ws.engine, _draft(ws), data_dir=ws.data_dir)["case"]))
        assert engine.run_once().pushed == 1
    offline = PortalClient(closed_port_url(), tokens=ws.tokens, timeout=(0.5, 0.5))
    with fast_engine(ws, client=offline) as engine:
        (message_id,) = queue_reply(ws.engine, case_id, "Typed on the train.", data_dir=ws.data_dir)["case_message"]
        queue_email_updates(ws.engine, case_id, False)
        down = engine.run_once()
        assert (down.online, down.pushed) == (False, 0)
    with fast_engine(ws) as engine:
        report = engine.run_once()
        assert (report.pushed, report.rejected, report.error) == (2, 0, None)
        assert engine.run_once().pushed == 0
    thread = portal_session(portal, ADMIN).get(f"{portal}/v1/cases/{case_id}/messages", timeout=10).json()
    assert [(m["id"], m["body"]) for m in thread if m["author_kind"] == "customer"] == [
        (message_id, "Typed on the train.")]
    assert _portal_cases(portal, case_id)[0]["email_updates"] is False
    with ws.engine.connect() as conn:
        status = conn.execute(select(case_messages.c.sync_status).where(case_messages.c.id == message_id)).scalar()
        email = conn.execute(select(cases.c.email_updates).where(cases.c.id == case_id)).scalar()
    assert (status, email) == ("synced", 0)
    assert _notices(ws) == []  # our own reply and choice are no news
    ws.close()


class _Clock:
    """The portal's clock, for a test that lets weeks pass."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_reply_to_the_desks_question_is_owed_an_answer_from_the_reply_offline_and_on_the_portal(tmp_path, data_dir):
    clock = _Clock(utc_now() - timedelta(days=21))  # the case was opened and asked about weeks ago: long overdue
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, clock=clock, access_ttl_seconds=40 * 86400)
    with serve_app(app) as portal:
        agent = portal_session(portal, AGENT)
        ws = signed_in(data_dir, portal)
        with fast_engine(ws) as engine:
            engine.run_once()
            draft = _draft(ws)
            case_id = next(iter(queue_case(ws.engine, draft, data_dir=ws.data_dir)["case"]))
            engine.run_once()
            for action in ("start", "ask_customer"):
                portal_post(agent, portal, f"/agent/cases/{case_id}/actions", {"action": action})
            engine.run_once()
        hours = next(p for p in portal_session(portal, ADMIN).get(f"{portal}/v1/products", timeout=10).json()
                     if p["id"] == draft.product_id)["contract"]["response_time_hours"]
        assert case_row(ws.engine, case_id).expected_response_at < utc_now()

        offline = PortalClient(closed_port_url(), tokens=ws.tokens, timeout=(0.5, 0.5))
        with fast_engine(ws, client=offline) as engine:
            queue_reply(ws.engine, case_id, "The photo is attached now.", data_dir=ws.data_dir)
            assert engine.run_once().online is False
        (item,) = [i for i in outbox.outbox_items(ws.engine) if i.kind == "case_message.create"]
        row = case_row(ws.engine, case_id)
        assert row.state == "in_progress" and row.expected_response_at == expected_response_at(item.created_at, hours)
        assert not is_overdue(row.state, row.expected_response_at, utc_now())

        clock.now = utc_now()
        with fast_engine(ws) as engine:
            assert engine.run_once().pushed == 1
        (on_portal,) = _portal_cases(portal, case_id)
        assert on_portal["state"] == "in_progress"
        assert from_iso(on_portal["expected_response_at"]) == expected_response_at(clock.now, hours)
        assert case_row(ws.engine, case_id).expected_response_at == from_iso(on_portal["expected_response_at"])
        ws.close()


def test_an_agent_reply_arrives_in_the_thread_with_exactly_one_notice(portal, data_dir):
    admin, agent = portal_session(portal, ADMIN), portal_session(portal, AGENT)
    products = admin.get(f"{portal}/v1/products", timeout=10).json()
    old = portal_post(admin, portal, "/cases", {"id": str(uuid.uuid4()), "type": "support", "product_id": products[0]["id"],
                                          "category": "print_quality", "subject": "Streaks",
                                          "description": "Grey streaks."})
    portal_post(agent, portal, f"/agent/cases/{old['id']}/messages", {"id": str(uuid.uuid4()), "body": "Old answer."})
    portal_post(agent, portal, f"/agent/cases/{old['id']}/actions", {"action": "start"})

    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        first = engine.run_once()
        assert first.error is None and first.pulled > 0
        assert _notices(ws) == []  # the first full sync brings history, not news
        with ws.engine.connect() as conn:
            assert conn.execute(select(cases.c.unread).where(cases.c.id == old["id"])).scalar_one() == 0

        case_id = next(iter(queue_case(ws.engine, _draft(ws), data_dir=ws.data_dir)["case"]))
        engine.run_once()
        number = _portal_cases(portal, case_id)[0]["number"]
        reply_id = str(uuid.uuid4())
        portal_post(agent, portal, f"/agent/cases/{case_id}/messages",
              {"id": reply_id, "body": "Hello! <b>Please</b> open tray 2 and remove the torn sheet."})
        report = engine.run_once()
        assert report.error is None and report.changed["notice"] is None
        with ws.engine.connect() as conn:
            thread = conn.execute(select(case_messages).where(case_messages.c.case_id == case_id)).all()
            unread = conn.execute(select(cases.c.unread).where(cases.c.id == case_id)).scalar_one()
        assert [(m.id, m.author_kind, m.body) for m in thread] == [
            (reply_id, "agent", "Hello! <b>Please</b> open tray 2 and remove the torn sheet.")]
        assert unread == 1
        replies = _notices(ws, "reply")
        assert [(n.entity, n.entity_id, n.title, n.detail) for n in replies] == [
            ("case", case_id, f"{number}: Paper jam in tray 2",
             "Hello! <b>Please</b> open tray 2 and remove the torn sheet.")]

        again = engine.run_once()
        assert again.error is None and len(_notices(ws)) == len(_notices(ws, "reply")) == 1

        portal_post(agent, portal, f"/agent/cases/{case_id}/actions", {"action": "resolve"})
        engine.run_once()
        assert [(n.kind, n.detail) for n in _notices(ws)][1:] == [("state", "resolved")]
    ws.close()


def test_a_reopen_the_agent_overtook_is_rejected_with_the_portals_reason_and_a_notice(portal, data_dir):
    agent = portal_session(portal, AGENT)
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        case_id = next(iter(queue_case(ws.engine, _draft(ws), data_dir=ws.data_dir)["case"]))
        engine.run_once()
        portal_post(agent, portal, f"/agent/cases/{case_id}/actions", {"action": "resolve"})
        engine.run_once()
        portal_post(agent, portal, f"/agent/cases/{case_id}/actions", {"action": "close"})  # meanwhile, unseen here

        queue_case_action(ws.engine, case_id, "reopen")  # the cache still says resolved: allowed offline
        with ws.engine.connect() as conn:
            assert conn.execute(select(cases.c.state).where(cases.c.id == case_id)).scalar_one() == "in_progress"
        report = engine.run_once()
        assert (report.pushed, report.rejected) == (0, 1)
        (item,) = [i for i in outbox.outbox_items(ws.engine) if i.kind == "case.action"]
        assert item.state == "rejected" and item.problem["code"] == "case.transition_not_allowed"
        assert item.reason
        with ws.engine.connect() as conn:
            assert conn.execute(select(cases.c.state).where(cases.c.id == case_id)).scalar_one() == "closed"
        rejected = _notices(ws, "rejected")
        assert [(n.entity, n.entity_id, n.title) for n in rejected] == [("outbox", str(item.seq), item.summary)]
        kept = json.loads(rejected[0].detail)  # the refusal's codes, never the portal's English (that is for the log)
        assert kept["code"] == "case.transition_not_allowed" and kept["about"] == "case"
        assert item.reason not in rejected[0].detail
        assert item.summary.startswith("Reopen case CS")

        replay.discard(ws.engine, item.seq)  # the user gives up on it: the portal's state stays
        with ws.engine.connect() as conn:
            assert conn.execute(select(cases.c.state).where(cases.c.id == case_id)).scalar_one() == "closed"
    assert len(_portal_cases(portal, case_id)) == 1 and _portal_cases(portal, case_id)[0]["state"] == "closed"
    ws.close()


def test_the_email_choice_on_a_case_that_changed_meanwhile_is_a_conflict_not_an_overwrite(portal, data_dir):
    agent = portal_session(portal, AGENT)
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        case_id = next(iter(queue_case(ws.engine, _draft(ws), data_dir=ws.data_dir)["case"]))
        engine.run_once()
        portal_post(agent, portal, f"/agent/cases/{case_id}/actions", {"action": "start"})  # version moves on

        queue_email_updates(ws.engine, case_id, False)
        (item,) = [i for i in outbox.outbox_items(ws.engine) if i.kind == "case.patch"]
        assert item.body["_if_match"] == '"1"'
        report = engine.run_once()
        assert report.rejected == 1
        item = outbox.outbox_item(ws.engine, item.seq)
        assert item.state == "rejected" and item.problem["status"] == 412
        with ws.engine.connect() as conn:
            assert conn.execute(select(cases.c.email_updates).where(cases.c.id == case_id)).scalar_one() == 1
        assert _portal_cases(portal, case_id)[0]["email_updates"] is True

        replay.discard(ws.engine, item.seq)  # the user looks again, then chooses again
        queue_email_updates(ws.engine, case_id, False)
        (again,) = [i for i in outbox.outbox_items(ws.engine) if i.kind == "case.patch"]
        assert again.body["_if_match"] == '"2"'  # the pull brought the new version
        assert engine.run_once().pushed == 1
    assert _portal_cases(portal, case_id)[0]["email_updates"] is False
    ws.close()


def test_the_demo_portals_cases_threads_and_histories_all_arrive_quietly(tmp_path, data_dir):
    from portal.app import create_app
    from portal.db import sqlite_url
    from tests.support.portal_server import serve_app

    app = create_app(sqlite_url(tmp_path / "demo.sqlite"), demo=True, demo_cases=True)
    with serve_app(app) as url:
        http = portal_session(url, ADMIN)
        on_portal = http.get(f"{url}/v1/cases", timeout=10).json()
        assert len(on_portal) >= 3
        ws = signed_in(data_dir, url)
        with fast_engine(ws) as engine:
            assert engine.run_once().error is None
        with ws.engine.connect() as conn:
            cached = {r.id: r for r in conn.execute(select(cases))}
            thread_sizes = {cid: len(conn.execute(select(case_messages.c.id)
                                                  .where(case_messages.c.case_id == cid)).all()) for cid in cached}
        assert set(cached) == {c["id"] for c in on_portal}
        for case in on_portal:
            row = cached[case["id"]]
            assert (row.number, row.state, row.version, row.unread) == (case["number"], case["state"],
                                                                       case["version"], 0)
            thread = http.get(f"{url}/v1/cases/{case['id']}/messages", timeout=10).json()
            assert thread_sizes[case["id"]] == len(thread)
            newest = max(datetime.fromisoformat(t) for t in [case["created_at"], *(m["created_at"] for m in thread)])
            assert from_iso(row.last_activity_at) >= newest
        assert _notices(ws) == []
        ws.close()
