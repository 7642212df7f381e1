"""The delta feed over HTTP: full pulls per role, increments from a cursor, paging, collapsing and resets."""

import uuid
from collections import Counter

import pytest

from domain import clock, problems
from portal import assignments, changes
from portal.db import Store, sqlite_url
from tests.portal.conftest import ADMIN, KARI, OLA, assert_problem, next_values, sign_in


def pull(session, cursor=None, limit=None):
    """Every page from `cursor` on: (changes in order, pages, final cursor, reset flag of the first page)."""
    found, pages, first_reset = [], 0, None
    while True:
        params = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None}
        answer = session.get("/v1/changes", params=params)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        first_reset = page["reset"] if first_reset is None else first_reset
        found += page["changes"]
        pages += 1
        cursor = page["cursor"]
        if not page["has_more"]:
            return found, pages, cursor, first_reset


def by_entity(found):
    return Counter(c["entity"] for c in found)


@pytest.fixture
def fresh_store(fresh_url, tmp_path):
    """Direct access to the fresh portal's database (the fixture's file), for changes no route makes."""
    store = Store(sqlite_url(tmp_path / "portal.sqlite"))
    yield store
    store.dispose()


def test_an_admin_full_pull_is_everything_the_admin_sees(admin):
    found, pages, _, reset = pull(admin, limit=1000)
    assert not reset and pages == 2
    assert by_entity(found) == {"account": 1, "site": 3, "user": 3, "product": 40, "meter_reading": 960,
                                "article": 25}  # the whole catalogue: the account has every demo model
    products = {c["id"]: c["data"] for c in found if c["entity"] == "product"}
    assert products == {p["id"]: p for p in admin.get("/v1/products").json()}
    assert all(c["op"] == "upsert" for c in found)


def test_a_customer_full_pull_is_only_their_products_and_readings(kari):
    found, _, _, reset = pull(kari)
    mine = {p["id"]: p for p in kari.get("/v1/products").json()}
    assert not reset
    fitting = {a["id"] for p in mine for a in kari.get(f"/v1/products/{p}/catalogue").json()}
    assert by_entity(found) == {"account": 1, "site": 3, "user": 1, "product": len(mine),
                                "meter_reading": 24 * len(mine), "article": len(fitting)}
    assert {c["id"]: c["data"] for c in found if c["entity"] == "product"} == mine
    assert {c["data"]["product_id"] for c in found if c["entity"] == "meter_reading"} == set(mine)
    assert [c["data"]["email"] for c in found if c["entity"] == "user"] == [KARI]
    some = next(iter(mine))
    readings = {r["id"]: r for r in kari.get(f"/v1/products/{some}/meter-readings").json()}
    assert {c["id"]: c["data"] for c in found if c["id"] in readings} == readings


def test_paging_with_a_small_limit_delivers_everything_exactly_once(admin):
    found, pages, _, _ = pull(admin, limit=37)
    assert pages == -(-1032 // 37)  # 1007 account data + 25 articles
    keys = [(c["entity"], c["id"]) for c in found]
    assert len(keys) == len(set(keys)) == 1032


def test_after_a_new_reading_the_next_page_holds_just_it(fresh_url):
    kari, ola = sign_in(fresh_url, KARI), sign_in(fresh_url, OLA)
    _, _, kari_cursor, _ = pull(kari)
    _, _, ola_cursor, _ = pull(ola)
    assert kari.get("/v1/changes", params={"cursor": kari_cursor}).json()["changes"] == []
    product = kari.get("/v1/products").json()[0]
    last = kari.get(f"/v1/products/{product['id']}/meter-readings").json()[0]
    posted = kari.post_idem(f"/v1/products/{product['id']}/meter-readings",
                            json={"reading_date": clock.today().isoformat(), "values": next_values(product, last)})
    assert posted.status_code == 201
    page = kari.get("/v1/changes", params={"cursor": kari_cursor}).json()
    assert page["changes"] == [{"entity": "meter_reading", "op": "upsert", "id": posted.json()["id"],
                                "data": posted.json()}]
    assert not page["has_more"] and not page["reset"]
    assert kari.get("/v1/changes", params={"cursor": page["cursor"]}).json()["changes"] == []
    others = ola.get("/v1/changes", params={"cursor": ola_cursor}).json()
    assert others["changes"] == [] and not others["reset"]


@pytest.mark.parametrize("cursor", ["garbage", "v1.x.y.z", "v2.abc.0.5", "v1.0000000000000000.0.5", "", "v1..0.1"])
def test_a_cursor_that_does_not_fit_resets_to_a_full_pull(kari, cursor):
    page = kari.get("/v1/changes", params={"cursor": cursor, "limit": 1000}).json()
    assert page["reset"] and not page["has_more"]
    assert by_entity(page["changes"])["account"] == 1


def test_a_cursor_beyond_the_end_or_of_another_user_resets(kari, ola):
    _, _, cursor, _ = pull(kari)
    prefix, seq = cursor.rsplit(".", 1)
    assert kari.get("/v1/changes", params={"cursor": f"{prefix}.{int(seq) + 10**6}"}).json()["reset"]
    assert ola.get("/v1/changes", params={"cursor": cursor}).json()["reset"]
    assert not kari.get("/v1/changes", params={"cursor": cursor}).json()["reset"]


def test_a_cursor_of_another_database_resets(kari, fresh_url):
    _, _, cursor, _ = pull(kari)
    assert sign_in(fresh_url, KARI).get("/v1/changes", params={"cursor": cursor}).json()["reset"]


def test_a_change_in_what_a_customer_may_see_resets_their_feed(fresh_url, fresh_store):
    kari, admin = sign_in(fresh_url, KARI), sign_in(fresh_url, ADMIN)
    _, _, kari_cursor, _ = pull(kari)
    _, _, admin_cursor, _ = pull(admin)
    mine = {p["id"] for p in kari.get("/v1/products").json()}
    extra = next(p["id"] for p in admin.get("/v1/products").json() if p["id"] not in mine)
    kari_id = kari.get("/v1/me").json()["user"]["id"]
    with fresh_store.write() as conn:
        assert assignments.set_assignments(conn, kari_id, mine | {extra}) == {extra}
    found, _, _, reset = pull(kari, kari_cursor)
    assert reset
    assert {c["id"] for c in found if c["entity"] == "product"} == mine | {extra}
    assert by_entity(found)["meter_reading"] == 24 * len(mine | {extra})
    admin_page = admin.get("/v1/changes", params={"cursor": admin_cursor}).json()
    assert not admin_page["reset"]
    products = [c for c in admin_page["changes"] if c["entity"] == "product"]
    assert [(c["id"], kari_id in c["data"]["assigned_user_ids"]) for c in products] == [(extra, True)]
    users = [c for c in admin_page["changes"] if c["entity"] == "user"]
    assert [(c["id"], extra in c["data"]["assigned_product_ids"]) for c in users] == [(kari_id, True)]


def test_repeated_changes_of_one_entity_collapse_to_the_latest(fresh_url, fresh_store):
    admin = sign_in(fresh_url, ADMIN)
    _, _, cursor, _ = pull(admin)
    ola_id = next(u["id"] for u in admin.get("/v1/users").json() if u["email"] == OLA)
    product = admin.get("/v1/products").json()[0]
    olas = set(_products_of(admin, ola_id))
    with fresh_store.write() as conn:  # assign and unassign (or the reverse): two changes of one product
        assert assignments.set_assignments(conn, ola_id, olas ^ {product["id"]}) == {product["id"]}
        assert assignments.set_assignments(conn, ola_id, olas) == {product["id"]}
    page = admin.get("/v1/changes", params={"cursor": cursor}).json()
    assert [(c["entity"], c["id"]) for c in page["changes"]] == [("product", product["id"]), ("user", ola_id)]
    assert page["changes"][0]["data"] == admin.get(f"/v1/products/{product['id']}").json()


def test_a_delete_has_no_data(fresh_url, fresh_store):
    admin = sign_in(fresh_url, ADMIN)
    _, _, cursor, _ = pull(admin)
    account_id = admin.get("/v1/me").json()["account"]["id"]
    gone = str(uuid.uuid4())
    with fresh_store.write() as conn:
        changes.record(conn, [changes.ChangeRecord(account_id, "site", gone, op="delete"),
                              changes.ChangeRecord(account_id, "product", str(uuid.uuid4()))])
    page = admin.get("/v1/changes", params={"cursor": cursor}).json()
    assert [(c["entity"], c["op"], c["data"]) for c in page["changes"]] == [
        ("site", "delete", None), ("product", "delete", None)]


@pytest.mark.parametrize("limit", [0, 1001, "many"])
def test_a_limit_out_of_range_is_a_validation_problem(kari, limit):
    body = assert_problem(kari.get("/v1/changes", params={"limit": limit}), 422, problems.VALIDATION_FAILED)
    assert body["errors"][0]["field"] == "limit"


def _products_of(admin, user_id):
    return [p["id"] for p in admin.get("/v1/products").json() if user_id in p["assigned_user_ids"]]
