"""The language the portal's service desk writes to the user in: learnt from /v1/me, told to the portal as one
queued PATCH /me when the app is read in another (offline too, never twice), put back on rejection or discard, kept
against a fresh /v1/me while it waits, and end to end stored by the real portal."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text

from domain.wire import LANGUAGES
from sync.account import preferences
from sync.account.apply import upsert_me
from sync.cache.db import open_cache, writer
from sync.cache.schema import me
from sync.engine import replay
from sync.engine.push import wire_request
from sync.outbox import queue as outbox
from tests.support.portal_api import portal_session
from tests.sync import factories
from tests.sync.cache.older_cache import cache_at
from tests.sync.e2e import ADMIN, fast_engine, signed_in

PROBLEM = {"title": "Validation failed", "status": 422, "code": "validation.failed"}


def _items(engine) -> list:
    return [i for i in outbox.outbox_items(engine) if i.kind == "me.patch"]


def _from_portal(engine, **fields) -> None:
    with writer(engine).begin() as conn:
        upsert_me(conn, factories.me().model_copy(update=fields))


def test_the_portal_languages_are_the_wire_contract_s():
    assert preferences.PORTAL_LANGUAGES == LANGUAGES


def test_a_me_from_the_portal_carries_its_language(cache):
    _from_portal(cache, language="en")
    assert preferences.portal_language(cache) == "en"
    _from_portal(cache, language="nb")
    assert preferences.portal_language(cache) == "nb"


def test_the_same_language_queues_nothing(cache):
    _from_portal(cache, language="nb")
    assert preferences.queue_language(cache, "nb") == {}
    assert _items(cache) == []


def test_another_language_changes_the_row_at_once_and_one_patch_waits(cache):
    _from_portal(cache, language="nb")
    changed = preferences.queue_language(cache, "en")
    (item,) = _items(cache)
    assert changed == {"me": {"1"}, "outbox": {str(item.seq)}}
    assert (item.method, item.path, item.entity_id, item.group_key, item.state) == ("PATCH", "/me", "1", "me",
                                                                                      "queued")
    assert item.body == {"language": "en", "_from_language": "nb"}
    assert wire_request(item, None) == ({"language": "en"}, {}), "the put-back value stays local"
    assert preferences.portal_language(cache) == "en"


def test_every_start_and_every_change_of_the_setting_still_sends_one_request(cache):
    _from_portal(cache, language="nb")
    for language in ("en", "en", "nb", "en", "en"):
        preferences.queue_language(cache, language)
    (item,) = _items(cache)
    assert item.body == {"language": "en", "_from_language": "nb"}


def test_a_language_tried_already_is_not_asked_again(cache):
    _from_portal(cache, language="nb")
    preferences.queue_language(cache, "en")
    (item,) = _items(cache)
    assert outbox.claim(cache, item.seq)  # on its way
    assert preferences.queue_language(cache, "en") == {}
    _from_portal(cache, language="nb")  # the portal has not got it yet: the item on its way wins
    assert preferences.portal_language(cache) == "en" and len(_items(cache)) == 1


def test_one_waiting_item_carries_the_language_and_the_e_mail_default_together(cache):
    _from_portal(cache, language="nb", email_updates_default=True)
    preferences.queue_email_updates_default(cache, False)
    preferences.queue_language(cache, "en")
    (item,) = _items(cache)
    assert item.body == {"email_updates_default": False, "_from_email_updates_default": True, "language": "en",
                         "_from_language": "nb"}
    assert wire_request(item, None)[0] == {"email_updates_default": False, "language": "en"}
    replay.rejected(cache, item, PROBLEM)
    assert preferences.portal_language(cache) == "nb" and preferences.email_updates_default(cache) is True
    replay.resend(cache, item.seq, item.body)
    assert preferences.portal_language(cache) == "en" and preferences.email_updates_default(cache) is False


def test_the_e_mail_default_joining_a_language_item_is_put_back_too(cache):
    _from_portal(cache, language="nb", email_updates_default=True)
    preferences.queue_language(cache, "en")
    preferences.queue_email_updates_default(cache, False)
    (item,) = _items(cache)
    replay.discard(cache, item.seq)
    assert preferences.portal_language(cache) == "nb" and preferences.email_updates_default(cache) is True


def test_a_later_choice_of_the_user_is_not_undone_by_a_refusal(cache):
    _from_portal(cache, language="nb")
    preferences.queue_language(cache, "en")
    (first,) = _items(cache)
    assert outbox.claim(cache, first.seq)
    preferences.queue_language(cache, "nb")  # a second item: the first is on its way
    replay.rejected(cache, first, PROBLEM)
    assert preferences.portal_language(cache) == "nb"


def test_a_fresh_me_does_not_undo_a_queued_language_and_the_sent_answer_settles_it(cache):
    _from_portal(cache, language="nb")
    preferences.queue_language(cache, "en")
    _from_portal(cache, language="nb")
    assert preferences.portal_language(cache) == "en"
    (item,) = _items(cache)
    with writer(cache).begin() as conn:
        replay.sent(conn, item, factories.me().model_copy(update={"language": "en"}), item.created_at)
    _from_portal(cache, language="nb")  # changed on another computer later: the portal's word wins now
    assert preferences.portal_language(cache) == "nb"


def test_before_the_first_sign_in_nothing_is_queued(cache):
    with writer(cache).begin() as conn:
        conn.execute(delete(me))
    assert preferences.queue_language(cache, "en") == {} and _items(cache) == []
    assert preferences.portal_language(cache) is None


def test_an_unknown_language_is_a_bug_of_the_caller(cache):
    with pytest.raises(ValueError, match="not a portal language"):
        preferences.queue_language(cache, "de")
    assert _items(cache) == []


def test_a_cache_from_before_0008_does_not_know_the_language_and_tells_the_portal_once(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0007") as conn:
        conn.execute(text("INSERT INTO me (id, user_id, email, name, role, account_id, email_updates_default) "
                          "VALUES (1, 'u-1', 'kari@example.no', 'Kari', 'customer', 'a-1', 0)"))
    engine = open_cache(path)
    try:
        assert preferences.portal_language(engine) is None
        assert preferences.email_updates_default(engine) is False, "the row is kept"
        preferences.queue_language(engine, "nb")
        (item,) = _items(engine)
        assert item.body == {"language": "nb", "_from_language": None}
        with engine.connect() as conn:
            assert conn.execute(select(me.c.language)).scalar_one() == "nb"
    finally:
        engine.dispose()


@pytest.mark.e2e
def test_end_to_end_the_portal_stores_the_language_once(portal, data_dir, tmp_path):
    ws = signed_in(data_dir, portal)
    try:
        assert preferences.portal_language(ws.engine) == "nb"  # the demo users start in bokmål
        with fast_engine(ws) as engine:
            assert engine.run_once().error is None
            preferences.queue_language(ws.engine, "en")
            report = engine.run_once()
            assert (report.online, report.pushed, report.rejected, report.error) == (True, 1, 0, None)
            assert preferences.queue_language(ws.engine, "en") == {}
            assert engine.run_once().pushed == 0, "sent once"
        (item,) = _items(ws.engine)
        assert item.state == "sent" and preferences.portal_language(ws.engine) == "en"
        assert portal_session(portal, ADMIN).get(f"{portal}/v1/me", timeout=10).json()["language"] == "en"
        other = signed_in(tmp_path / "other-pc", portal)
        assert preferences.portal_language(other.engine) == "en", "another computer learns it at sign-in"
        other.close()
    finally:
        ws.close()
