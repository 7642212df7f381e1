"""The e-mail updates default: queued offline as one PATCH /me with an optimistic `me` row, put back on rejection or
discard, not overwritten by a fresh /v1/me while it waits, and end to end stored by the real portal, where it decides
the e-mail choice of a new case that leaves it out."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import delete, select

from sync.account import preferences
from sync.account.apply import upsert_me
from sync.cache.db import open_cache, writer
from sync.cache.schema import me
from sync.engine import replay
from sync.engine.push import wire_request
from sync.features import request_kind
from sync.outbox import queue as outbox
from tests.support.portal_api import portal_session
from tests.sync import factories
from tests.sync.e2e import ADMIN, fast_engine, signed_in

PROBLEM = {"title": "Validation failed", "status": 422, "code": "validation.failed"}


def _items(engine) -> list:
    return [i for i in outbox.outbox_items(engine) if i.kind == "me.patch"]


def _row(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(me.c.email_updates_default)).scalar_one()


def test_the_default_is_on_before_anything_is_known(tmp_path):
    engine = open_cache(tmp_path / "empty.sqlite")
    assert preferences.email_updates_default(engine) is True
    engine.dispose()


def test_a_me_row_from_the_portal_carries_its_default(cache):
    assert preferences.email_updates_default(cache) is True
    with writer(cache).begin() as conn:
        upsert_me(conn, factories.me().model_copy(update={"email_updates_default": False}))
    assert preferences.email_updates_default(cache) is False and _row(cache) == 0


def test_queued_offline_the_row_changes_at_once_and_one_patch_waits(cache):
    changed = preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    assert changed == {"me": {"1"}, "outbox": {str(item.seq)}}
    assert (item.method, item.path, item.entity, item.entity_id, item.group_key, item.state) == (
        "PATCH", "/me", "me", "1", "me", "queued")
    assert item.body == {"email_updates_default": False, "_from_email_updates_default": True}
    body, headers = wire_request(item, None)
    assert body == {"email_updates_default": False} and headers == {}, "the put-back value stays local"
    assert preferences.email_updates_default(cache) is False
    assert request_kind("me.patch").answer.__name__ == "Me"


def test_toggling_while_offline_keeps_one_item_with_the_last_choice(cache):
    preferences.queue_email_updates_default(cache, False)
    preferences.queue_email_updates_default(cache, True)
    preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    assert item.body == {"email_updates_default": False, "_from_email_updates_default": True}
    assert _row(cache) == 0


def test_an_item_already_tried_is_not_changed_a_new_one_follows(cache):
    preferences.queue_email_updates_default(cache, False)
    (first,) = _items(cache)
    assert outbox.claim(cache, first.seq)
    preferences.queue_email_updates_default(cache, True)
    second = _items(cache)[1]
    assert first.seq != second.seq and second.body == {"email_updates_default": True,
                                                       "_from_email_updates_default": False}
    assert outbox.outbox_item(cache, first.seq).body["email_updates_default"] is False


def test_a_rejected_change_puts_the_old_value_back(cache):
    preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    changed = replay.rejected(cache, item, PROBLEM)
    assert changed["me"] == {"1"} and _row(cache) == 1
    resent = replay.resend(cache, item.seq, item.body).value
    assert resent.state == "queued" and _row(cache) == 0, "resending applies the choice again"


def test_discarding_a_queued_change_puts_the_old_value_back(cache):
    preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    replay.discard(cache, item.seq)
    assert _items(cache) == [] and _row(cache) == 1


def test_a_fresh_me_from_the_portal_does_not_undo_a_queued_choice(cache):
    preferences.queue_email_updates_default(cache, False)
    with writer(cache).begin() as conn:
        upsert_me(conn, factories.me())  # the portal still says True: our change has not reached it
    assert _row(cache) == 0
    (item,) = _items(cache)
    with writer(cache).begin() as conn:
        replay.sent(conn, item, factories.me().model_copy(update={"email_updates_default": False}),
                         item.created_at)
    assert _row(cache) == 0
    with writer(cache).begin() as conn:
        upsert_me(conn, factories.me())  # someone changed it on the web later: the portal's word now wins
    assert _row(cache) == 1


def test_without_a_me_row_the_change_is_still_queued(cache):
    with writer(cache).begin() as conn:
        conn.execute(delete(me))
    preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    assert item.body == {"email_updates_default": False, "_from_email_updates_default": True}


@pytest.mark.e2e
def test_end_to_end_the_portal_stores_the_choice_once_and_new_cases_follow_it(portal, data_dir, tmp_path):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
        assert preferences.email_updates_default(ws.engine) is True
        preferences.queue_email_updates_default(ws.engine, False)
        report = engine.run_once()
        assert (report.online, report.pushed, report.rejected, report.error) == (True, 1, 0, None)
        assert engine.run_once().pushed == 0, "sent once"
    (item,) = _items(ws.engine)
    assert item.state == "sent" and preferences.email_updates_default(ws.engine) is False

    http = portal_session(portal, ADMIN)
    assert http.get(f"{portal}/v1/me", timeout=10).json()["email_updates_default"] is False
    product_id = http.get(f"{portal}/v1/products", timeout=10).json()[0]["id"]
    body = {"id": str(uuid.uuid4()), "type": "support", "product_id": product_id, "category": "paper_jam",
            "subject": "Paper jam", "description": "Jams in tray 2."}
    made = http.post(f"{portal}/v1/cases", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10)
    assert made.status_code == 201 and made.json()["email_updates"] is False, made.text
    assert portal_session(portal, "kari@example.no").get(f"{portal}/v1/me", timeout=10).json()["email_updates_default"] is True

    other = signed_in(tmp_path / "other-pc", portal)
    assert preferences.email_updates_default(other.engine) is False, "another computer learns it at sign-in"
    other.close()
    ws.close()


@pytest.mark.e2e
def test_the_users_other_computer_learns_a_new_default_at_its_next_pull(portal, data_dir, tmp_path):
    laptop, desk = signed_in(data_dir, portal), signed_in(tmp_path / "desk-pc", portal)
    try:
        with fast_engine(laptop) as engine:
            preferences.queue_email_updates_default(laptop.engine, False)
            assert engine.run_once().pushed == 1
        assert preferences.email_updates_default(desk.engine) is True  # signed in before the change
        with fast_engine(desk) as engine:
            report = engine.run_once()
        assert report.error is None and "me" in report.changed
        assert preferences.email_updates_default(desk.engine) is False
    finally:
        laptop.close()
        desk.close()
