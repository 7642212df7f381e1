"""Who sees what: an administrator every product of the account, a customer only those assigned to them, and a
product the caller may not see answers exactly like one that does not exist."""

import uuid

from domain import problems
from tests.portal.conftest import assert_problem


def ids(products):
    return {p["id"] for p in products}


def test_admin_sees_every_product_with_its_assignments(admin, kari, ola):
    everything = admin.get("/v1/products").json()
    assert len(everything) == 40
    me = {email: s.get("/v1/me").json()["user"]["id"] for email, s in (("kari", kari), ("ola", ola))}
    assigned_to = {p["id"]: set(p["assigned_user_ids"]) for p in everything}
    assert ids(kari.get("/v1/products").json()) == {pid for pid, who in assigned_to.items() if me["kari"] in who}
    assert ids(ola.get("/v1/products").json()) == {pid for pid, who in assigned_to.items() if me["ola"] in who}


def test_customers_see_only_their_own_different_products(kari, ola):
    mine, theirs = kari.get("/v1/products").json(), ola.get("/v1/products").json()
    assert 8 <= len(mine) <= 12 and 8 <= len(theirs) <= 12
    assert not ids(mine) & ids(theirs)
    assert all(p["assigned_user_ids"] == [] for p in mine + theirs)


def test_a_customer_gets_the_same_404_for_another_customers_product_as_for_none(kari, ola):
    others = ola.get("/v1/products").json()[0]["id"]
    hidden = kari.get(f"/v1/products/{others}")
    missing = kari.get(f"/v1/products/{uuid.uuid4()}")
    assert_problem(hidden, 404, problems.NOT_FOUND)
    assert hidden.content == missing.content
    assert_problem(kari.get(f"/v1/products/{others}/meter-readings"), 404, problems.NOT_FOUND)


def test_a_customer_cannot_post_a_reading_to_another_customers_product(kari, ola):
    product = ola.get("/v1/products").json()[0]
    body = {"reading_date": "2020-01-01", "values": {"total": 1}}
    hidden = kari.post_idem(f"/v1/products/{product['id']}/meter-readings", json=body)
    missing = kari.post_idem(f"/v1/products/{uuid.uuid4()}/meter-readings", json=body)
    assert_problem(hidden, 404, problems.NOT_FOUND)
    assert hidden.content == missing.content
    assert len(ola.get(f"/v1/products/{product['id']}/meter-readings").json()) == 24


def test_a_product_has_an_etag_of_its_version(admin, kari):
    product = kari.get("/v1/products").json()[0]
    answer = kari.get(f"/v1/products/{product['id']}")
    assert answer.status_code == 200 and answer.headers["ETag"] == f'"{product["version"]}"'
    assert answer.json() == product
    assert admin.get(f"/v1/products/{product['id']}").json()["assigned_user_ids"]


def test_users_admin_sees_all_customer_only_self(admin, kari):
    assert sorted(u["email"] for u in admin.get("/v1/users").json()) == [
        "admin@example.no", "kari@example.no", "ola@example.no"]
    assert [u["email"] for u in kari.get("/v1/users").json()] == ["kari@example.no"]


def test_every_user_sees_the_accounts_sites(admin, kari):
    sites = kari.get("/v1/sites").json()
    assert sites == admin.get("/v1/sites").json()
    assert sorted(s["city"] for s in sites) == ["Bergen", "Oslo", "Trondheim"]
    assert all(len(s["postcode"]) == 4 and s["postcode"].isdigit() for s in sites)
