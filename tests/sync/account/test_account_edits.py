"""An administrator's edit of the account: checked offline with `domain.account`, shown at once, queued as one
PATCH /account with If-Match on the cached version, never hidden by a fresh copy from the portal while it waits,
taken back (and kept as refused) on a rejection; end to end it arrives exactly once, a stale one is refused with
the portal's reason and kept, and a customer's cache holds the account read-only."""

from __future__ import annotations

import uuid

import pytest

from domain import problems
from domain.wire import Account, Me, User
from sync.account import queries
from sync.account.account_edits import ACCOUNT_PATCH_KIND, AccountInputError, queue_account_edit
from sync.account.apply import upsert_account, upsert_me
from sync.api import PortalClient
from sync.cache.db import writer
from sync.engine import replay
from sync.engine.push import wire_request
from sync.engine.rounds import SyncEngine
from sync.features import request_kind
from sync.outbox import queue as outbox
from tests.support.portal_api import portal_session
from tests.sync.e2e import ADMIN, fast_engine, signed_in
from tests.sync.faulty_proxy import FaultyProxy

ACCOUNT = Account(id="a-1", name="Acme AS", org_number="974760673", billing_street="Storgata 1",
                  billing_postcode="0155", billing_city="Oslo", invoice_email="faktura@acme.no", version=4)
CONFLICT = {"title": "The item was changed by someone else", "status": 412, "code": problems.CONFLICT_ETAG}


def signed_in_as(cache, role: str) -> None:
    with writer(cache).begin() as conn:
        upsert_me(conn, Me(user=User(id="u-1", email="anne@acme.no", name="Anne", role=role, account_id="a-1"),
                           account=ACCOUNT))


@pytest.fixture
def admin_cache(cache):
    signed_in_as(cache, "admin")
    return cache


def items(engine) -> list:
    return [i for i in outbox.outbox_items(engine) if i.kind == ACCOUNT_PATCH_KIND]


def test_an_edit_shows_at_once_and_one_patch_waits_with_if_match_on_the_cached_version(admin_cache):
    changed = queue_account_edit(admin_cache, {"org_number": "NO 923 609 016 MVA", "billing_city": " Bergen "})
    (item,) = items(admin_cache)
    assert changed == {"account": {"a-1"}, "outbox": {str(item.seq)}}
    assert (item.method, item.path, item.entity, item.entity_id, item.state) == (
        "PATCH", "/account", "account", "a-1", "queued")
    body, headers = wire_request(item, None)
    assert body == {"org_number": "923609016", "billing_city": "Bergen"} and headers == {"If-Match": '"4"'}
    shown = queries.current_account(admin_cache)
    assert (shown.org_number, shown.billing_city, shown.name, shown.version) == ("923609016", "Bergen", "Acme AS", 4)
    assert queries.account_edit(admin_cache) == item
    assert request_kind(ACCOUNT_PATCH_KIND).answer is Account


def test_a_customer_cannot_queue_an_edit(cache):
    signed_in_as(cache, "customer")
    with pytest.raises(AccountInputError) as refused:
        queue_account_edit(cache, {"name": "Kari AS"})
    assert [(p.field, p.code) for p in refused.value.problems] == [("", problems.FORBIDDEN)]
    assert items(cache) == [] and queries.current_account(cache).name == "Acme AS"


def test_bad_input_is_refused_offline_with_the_field_codes_and_nothing_is_queued(admin_cache):
    with pytest.raises(AccountInputError) as refused:
        queue_account_edit(admin_cache, {"org_number": "974760674", "billing_postcode": "155",
                                         "invoice_email": "faktura@acme"})
    assert [(p.field, p.code) for p in refused.value.problems] == [
        ("org_number", problems.ORG_NUMBER_CHECK_DIGIT), ("billing_postcode", problems.ADDRESS_POSTCODE_INVALID),
        ("invoice_email", problems.EMAIL_INVALID)]
    assert items(admin_cache) == []


def test_an_edit_that_changes_nothing_queues_nothing(admin_cache):
    assert queue_account_edit(admin_cache, {"name": " Acme AS "}) == {} and items(admin_cache) == []


def test_edits_made_offline_are_one_request(admin_cache):
    queue_account_edit(admin_cache, {"phone": "22 33 44 55"})
    queue_account_edit(admin_cache, {"main_contact": "Ingrid"})
    (item,) = items(admin_cache)
    assert item.body == {"phone": "22 33 44 55", "main_contact": "Ingrid", "_if_match": '"4"'}


def test_a_fresh_copy_from_the_portal_does_not_hide_a_waiting_edit(admin_cache):
    queue_account_edit(admin_cache, {"billing_city": "Bergen"})
    with writer(admin_cache).begin() as conn:
        upsert_account(conn, ACCOUNT.model_copy(update={"phone": "99 88 77 66", "version": 5}))
    shown = queries.current_account(admin_cache)
    assert (shown.billing_city, shown.phone, shown.version) == ("Bergen", "99 88 77 66", 5)


def test_a_refused_edit_is_taken_back_and_kept_as_refused(admin_cache):
    queue_account_edit(admin_cache, {"billing_city": "Bergen"})
    (item,) = items(admin_cache)
    replay.rejected(admin_cache, item, CONFLICT)
    assert queries.current_account(admin_cache).billing_city == "Oslo"
    refused = queries.account_edit(admin_cache)
    assert refused.state == "rejected" and refused.problem["code"] == problems.CONFLICT_ETAG
    replay.resend(admin_cache, item.seq, {**item.body, "_if_match": '"5"'})
    assert queries.current_account(admin_cache).billing_city == "Bergen", "sending it again shows it again"
    replay.discard(admin_cache, item.seq)
    assert queries.current_account(admin_cache).billing_city == "Oslo" and items(admin_cache) == []


def test_after_our_own_write_a_later_edit_on_the_same_version_moves_on(admin_cache):
    queue_account_edit(admin_cache, {"billing_city": "Bergen"})
    (first,) = items(admin_cache)
    assert outbox.claim(admin_cache, first.seq)
    queue_account_edit(admin_cache, {"phone": "22 33 44 55"})
    second = items(admin_cache)[1]
    assert second.body["_if_match"] == '"4"'
    with writer(admin_cache).begin() as conn:
        replay.sent(conn, first, ACCOUNT.model_copy(update={"billing_city": "Bergen", "version": 5}),
                    first.created_at)
    assert outbox.outbox_item(admin_cache, second.seq).body["_if_match"] == '"5"'
    shown = queries.current_account(admin_cache)
    assert (shown.billing_city, shown.phone, shown.version) == ("Bergen", "22 33 44 55", 5)


@pytest.mark.e2e
def test_end_to_end_an_edit_whose_answer_was_lost_arrives_exactly_once(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
    before = queries.current_account(ws.engine)
    queue_account_edit(ws.engine, {"billing_street": "Postboks 77 Sentrum", "billing_postcode": "0101"})
    with FaultyProxy(portal, fault_rate=1.0, faults=("drop_after",),
                     spare=lambda method, path: method != "PATCH") as proxy:
        client = PortalClient(proxy.url, tokens=ws.tokens, timeout=(1.0, 5.0))
        with SyncEngine(ws, client=client) as engine:
            lost = engine.run_once()
            assert lost.pushed == 0 and items(ws.engine)[0].state == "queued"
            proxy.fault_rate = 0.0
            assert engine.run_once().pushed == 1
            assert engine.run_once().pushed == 0, "sent once"
    on_portal = portal_session(portal, ADMIN).get(f"{portal}/v1/account", timeout=10).json()
    assert (on_portal["billing_street"], on_portal["billing_postcode"]) == ("Postboks 77 Sentrum", "0101")
    assert on_portal["version"] == before.version + 1, "applied once although it went twice"
    assert queries.current_account(ws.engine).version == on_portal["version"]
    assert [i.state for i in items(ws.engine)] == ["sent"]
    ws.close()


@pytest.mark.e2e
def test_end_to_end_a_stale_edit_is_refused_with_the_portals_reason_and_kept(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        queue_account_edit(ws.engine, {"main_contact": "Ingrid Berg"})
        http = portal_session(portal, ADMIN)  # another administrator, on the web, meanwhile
        current = http.get(f"{portal}/v1/account", timeout=10)
        moved = http.patch(f"{portal}/v1/account", json={"main_contact": "Lars Johansen"}, timeout=10,
                           headers={"If-Match": current.headers["ETag"], "Idempotency-Key": str(uuid.uuid4())})
        assert moved.status_code == 200, moved.text
        report = engine.run_once()
    assert report.rejected == 1
    (item,) = items(ws.engine)
    assert item.state == "rejected" and item.problem["code"] == problems.CONFLICT_ETAG
    assert queries.current_account(ws.engine).main_contact == "Lars Johansen", "the portal's newer version shows"
    ws.close()


@pytest.mark.e2e
def test_end_to_end_a_customers_cache_holds_the_account_read_only(portal, data_dir):
    ws = signed_in(data_dir, portal, "kari@example.no")
    with fast_engine(ws) as engine:
        assert engine.run_once().error is None
    shown = queries.current_account(ws.engine)
    on_portal = portal_session(portal, "kari@example.no").get(f"{portal}/v1/account", timeout=10).json()
    assert shown.invoice_email == on_portal["invoice_email"] != "" and shown.version == on_portal["version"]
    with pytest.raises(AccountInputError):
        queue_account_edit(ws.engine, {"name": "Kari AS"})
    assert items(ws.engine) == []
    ws.close()
