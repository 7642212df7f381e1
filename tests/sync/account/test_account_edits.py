"""An administrator's edit of the account (the account as a `sync.edits` editable entity): checked offline with
`domain.account`, shown at once, queued as one PATCH /account with If-Match on the cached version, never hidden by a
fresh copy from the portal (feed or /v1/me) while it waits; end to end it arrives exactly once, a stale one becomes
a conflict that keeps both versions and is answered either way, and a customer's cache holds the account
read-only."""

from __future__ import annotations

import uuid

import pytest

from domain import problems
from domain.wire import Account, Me, User
from sync.account import queries
from sync.account.account_edits import (
    ACCOUNT_EDIT,
    AccountInputError,
    queue_account_edit,
)
from sync.account.apply import upsert_me
from sync.account.queries import ACCOUNT_EDIT_KIND
from sync.api import PortalClient
from sync.cache.db import writer
from sync.edits import operations as edit_operations
from sync.edits import queries as edit_queries
from sync.edits.operations import EditRefused
from sync.engine import replay
from sync.engine.push import wire_request
from sync.engine.rounds import SyncEngine
from sync.feature_spec import FeedPage
from sync.features import FEED, request_kind
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


def portal_copy(cache, item: Account) -> None:
    """The feed brings the portal's account (through the feed entity the machinery guards)."""
    with writer(cache).begin() as conn:
        FEED["account"].upsert(conn, item.model_dump(mode="json"), FeedPage(notify=False))


def items(engine) -> list:
    return [i for i in outbox.outbox_items(engine) if i.kind == ACCOUNT_EDIT_KIND]


def test_an_edit_shows_at_once_and_one_patch_waits_with_if_match_on_the_cached_version(admin_cache):
    changed = queue_account_edit(admin_cache, {"org_number": "NO 923 609 016 MVA", "billing_city": " Bergen "})
    (item,) = items(admin_cache)
    assert changed == {"account": {"a-1"}, "outbox": {str(item.seq)}, "entity_edit": {str(item.seq)}}
    assert (item.method, item.path, item.entity, item.entity_id, item.state) == (
        "PATCH", "/account", "account", "a-1", "queued")
    body, headers = wire_request(item, None)
    assert body == {"org_number": "923609016", "billing_city": "Bergen"} and headers == {"If-Match": '"4"'}
    shown = queries.current_account(admin_cache)
    assert (shown.org_number, shown.billing_city, shown.name, shown.version) == ("923609016", "Bergen", "Acme AS", 4)
    assert queries.account_edit(admin_cache) == item
    assert request_kind(ACCOUNT_EDIT_KIND).answer is Account and ACCOUNT_EDIT.kind == ACCOUNT_EDIT_KIND


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
    portal_copy(admin_cache, ACCOUNT.model_copy(update={"phone": "99 88 77 66", "version": 5}))
    shown = queries.current_account(admin_cache)
    assert (shown.billing_city, shown.phone, shown.version) == ("Bergen", "99 88 77 66", 5)
    signed_in_as(admin_cache, "admin")  # a /v1/me at sign-in carries the account too
    assert queries.current_account(admin_cache).billing_city == "Bergen"


def test_a_stale_edit_becomes_a_conflict_that_keeps_both_versions(admin_cache):
    queue_account_edit(admin_cache, {"main_contact": "Ingrid"})
    (item,) = items(admin_cache)
    portal_copy(admin_cache, ACCOUNT.model_copy(update={"main_contact": "Lars", "version": 5}))
    replay.rejected(admin_cache, item, CONFLICT)
    (found,) = edit_queries.conflicts(admin_cache)
    assert [(f.name, f.base, f.mine, f.theirs) for f in found.fields] == [("main_contact", "", "Ingrid", "Lars")]
    assert queries.current_account(admin_cache).main_contact == "Ingrid", "nothing is overwritten"
    with pytest.raises(EditRefused):
        queue_account_edit(admin_cache, {"phone": "22 33 44 55"})  # the conflict is answered first
    edit_operations.resolve(admin_cache, ACCOUNT_EDIT, item.seq, {"main_contact": "mine"})
    (again,) = items(admin_cache)
    assert again.state == "queued" and wire_request(again, None) == ({"main_contact": "Ingrid"}, {"If-Match": '"5"'})


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
@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_end_to_end_a_stale_edit_is_a_conflict_and_either_answer_holds(portal, data_dir, choice):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        queue_account_edit(ws.engine, {"main_contact": "Ingrid Berg"})
        http = portal_session(portal, ADMIN)  # another administrator, on the web, meanwhile
        current = http.get(f"{portal}/v1/account", timeout=10)
        moved = http.patch(f"{portal}/v1/account", json={"main_contact": "Lars Johansen"}, timeout=10,
                           headers={"If-Match": current.headers["ETag"], "Idempotency-Key": str(uuid.uuid4())})
        assert moved.status_code == 200, moved.text
        assert engine.run_once().rejected == 1
        (item,) = items(ws.engine)
        assert item.state == "rejected" and item.problem["code"] == problems.CONFLICT_ETAG
        (found,) = edit_queries.conflicts(ws.engine)
        assert [(f.mine, f.theirs) for f in found.fields] == [("Ingrid Berg", "Lars Johansen")]
        assert queries.current_account(ws.engine).main_contact == "Ingrid Berg"
        edit_operations.resolve(ws.engine, ACCOUNT_EDIT, item.seq, {"main_contact": choice})
        engine.run_once()
    wanted = "Ingrid Berg" if choice == "mine" else "Lars Johansen"
    on_portal = http.get(f"{portal}/v1/account", timeout=10).json()
    assert on_portal["main_contact"] == wanted and queries.current_account(ws.engine).main_contact == wanted
    assert on_portal["version"] == moved.json()["version"] + (1 if choice == "mine" else 0)
    assert edit_queries.conflicts(ws.engine) == []
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
