"""An administrator's users over HTTP: create with an invitation mail, set the password with its one-time token and
sign in, role changes and deactivation under a required If-Match, the last administrator, assignments by product and
by site reaching the customer's feed at the next pull, and every refusal's code."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from domain import problems
from portal.app import create_app
from portal.db import Store, outgoing_mail, sqlite_url
from tests.portal.conftest import ADMIN, KARI, PASSWORD, assert_problem, sign_in
from tests.support.portal_server import serve_app

NEW_PASSWORD = "a good long password"


def invitation_token(db_path: Path, to: str) -> str:
    store = Store(sqlite_url(db_path))
    try:
        with store.read() as conn:
            row = conn.execute(select(outgoing_mail).where(outgoing_mail.c.to_address == to)).one()
    finally:
        store.dispose()
    assert row.reason == "invitation" and "set-password?token=" in row.body
    return re.search(r"token=([\w-]+)", row.body).group(1)


def create(admin, **body) -> requests.Response:
    return admin.post_idem("/v1/users", json={"name": "Per Persen", "email": "per@example.no", **body})


def patch(session, user: dict, body: dict, etag: str | None = "same") -> requests.Response:
    headers = {"If-Match": f'"{user["version"]}"' if etag == "same" else etag} if etag else {}
    return session.patch(f"/v1/users/{user['id']}", json=body,
                         headers={"Idempotency-Key": str(uuid.uuid4()), **headers})


def user_by_email(admin, email: str) -> dict:
    return next(u for u in admin.get("/v1/users").json() if u["email"] == email)


@pytest.fixture
def fresh(fresh_url, tmp_path):
    return fresh_url, tmp_path / "portal.sqlite", sign_in(fresh_url, ADMIN)


def test_list_has_role_active_and_assignments(admin):
    listed = {u["email"]: u for u in admin.get("/v1/users").json()}
    kari = listed[KARI]
    assert kari["role"] == "customer" and kari["active"] and not kari["invitation_pending"]
    products = {p["id"] for p in admin.get("/v1/products").json() if kari["id"] in p["assigned_user_ids"]}
    assert set(kari["assigned_product_ids"]) == products and products
    assert listed[ADMIN]["role"] == "admin"


def test_create_mails_an_invitation_whose_password_then_signs_in(fresh):
    url, db, admin = fresh
    products = [p["id"] for p in admin.get("/v1/products").json()[:3]]
    answer = create(admin, email=" Per@Example.no ", product_ids=products)
    assert answer.status_code == 201, answer.text
    user = answer.json()
    assert user["email"] == "per@example.no" and user["role"] == "customer" and user["invitation_pending"]
    assert answer.headers["ETag"] == f'"{user["version"]}"' and sorted(user["assigned_product_ids"]) == sorted(products)
    token = invitation_token(db, "per@example.no")
    assert requests.post(f"{url}/v1/auth/token", json={"email": "per@example.no", "password": ""}).status_code == 401
    assert requests.post(f"{url}/v1/auth/set-password", json={"token": token, "password": NEW_PASSWORD}
                         ).status_code == 204
    per = sign_in(url, "per@example.no", NEW_PASSWORD)
    assert {p["id"] for p in per.get("/v1/products").json()} == set(products)
    assert not user_by_email(admin, "per@example.no")["invitation_pending"]
    used = requests.post(f"{url}/v1/auth/set-password", json={"token": token, "password": "another one here"})
    body = assert_problem(used, 422, problems.INVITATION_USED)
    assert body["errors"][0]["field"] == "token"


def test_an_unknown_token_and_a_short_password_are_refused(fresh):
    url, db, admin = fresh
    create(admin)
    unknown = requests.post(f"{url}/v1/auth/set-password", json={"token": "nothing", "password": NEW_PASSWORD})
    assert_problem(unknown, 422, problems.INVITATION_UNKNOWN)
    short = requests.post(f"{url}/v1/auth/set-password",
                          json={"token": invitation_token(db, "per@example.no"), "password": "short"})
    assert assert_problem(short, 422, problems.PASSWORD_TOO_SHORT)["errors"][0]["field"] == "password"
    long = requests.post(f"{url}/v1/auth/set-password",
                         json={"token": invitation_token(db, "per@example.no"), "password": "x" * 1025})
    assert_problem(long, 422, problems.PASSWORD_TOO_LONG)


def test_an_expired_invitation_is_refused(tmp_path):
    now = [datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)]
    app = create_app(sqlite_url(tmp_path / "p.sqlite"), demo=True, clock=lambda: now[0])
    with serve_app(app) as url:
        create(sign_in(url, ADMIN))
        now[0] += timedelta(days=8)
        answer = requests.post(f"{url}/v1/auth/set-password",
                               json={"token": invitation_token(tmp_path / "p.sqlite", "per@example.no"),
                                     "password": NEW_PASSWORD})
        assert_problem(answer, 422, problems.INVITATION_EXPIRED)


@pytest.mark.parametrize(("body", "code", "field"), [
    ({"name": "  "}, problems.USER_NAME_MISSING, "name"),
    ({"name": "x" * 121}, problems.USER_NAME_TOO_LONG, "name"),
    ({"name": "Per\nPersen"}, problems.TEXT_CONTROL_CHARACTER, "name"),
    ({"email": ""}, problems.EMAIL_MISSING, "email"),
    ({"email": "per@example"}, problems.EMAIL_INVALID, "email"),
    ({"email": "p" * 250 + "@example.no"}, problems.EMAIL_TOO_LONG, "email"),
    ({"email": "KARI@example.no"}, problems.USER_EMAIL_TAKEN, "email"),
    ({"product_ids": ["no-such-product"]}, problems.USER_PRODUCT_UNKNOWN, "product_ids"),
])
def test_create_refusals_name_their_field(admin, body, code, field):
    answer = assert_problem(create(admin, **body), 422, code)
    assert [e["field"] for e in answer["errors"]] == [field] and answer["errors"][0]["code"] == code


def test_two_bad_fields_are_validation_failed_with_both(admin):
    answer = assert_problem(create(admin, name="", email="nope"), 422, problems.VALIDATION_FAILED)
    assert {(e["field"], e["code"]) for e in answer["errors"]} == {("name", problems.USER_NAME_MISSING),
                                                                  ("email", problems.EMAIL_INVALID)}


def test_the_agent_role_cannot_be_given(admin):
    assert_problem(create(admin, role="agent"), 422, problems.VALIDATION_FAILED)


def test_a_customer_is_forbidden_and_sees_no_other_user(kari, ola, admin):
    assert_problem(create(kari), 403, problems.FORBIDDEN)
    me = kari.get("/v1/me").json()["user"]
    assert kari.get(f"/v1/users/{me['id']}").json()["id"] == me["id"]
    assert_problem(patch(kari, kari.get(f"/v1/users/{me['id']}").json(), {"role": "admin"}), 403, problems.FORBIDDEN)
    other = ola.get("/v1/me").json()["user"]["id"]
    hidden, missing = kari.get(f"/v1/users/{other}"), kari.get(f"/v1/users/{uuid.uuid4()}")
    assert_problem(hidden, 404, problems.NOT_FOUND)
    assert hidden.content == missing.content
    body = {"assign": []}
    hidden = kari.post_idem(f"/v1/users/{other}/assignments", json=body)
    missing = kari.post_idem(f"/v1/users/{uuid.uuid4()}/assignments", json=body)
    assert_problem(hidden, 404, problems.NOT_FOUND)
    assert hidden.content == missing.content
    assert_problem(kari.post_idem(f"/v1/users/{me['id']}/assignments", json=body), 403, problems.FORBIDDEN)


def test_patch_needs_if_match_and_a_current_one(admin):
    kari = user_by_email(admin, KARI)
    assert_problem(patch(admin, kari, {"role": "customer"}, etag=None), 428, problems.PRECONDITION_REQUIRED)
    stale = patch(admin, kari, {"role": "customer"}, etag='"999"')
    assert_problem(stale, 412, problems.CONFLICT_ETAG)
    assert stale.headers["ETag"] == f'"{kari["version"]}"'


def test_the_last_admin_cannot_be_demoted_or_deactivated(fresh):
    url, _db, admin = fresh
    me = user_by_email(admin, ADMIN)
    for body, field in (({"role": "customer"}, "role"), ({"active": False}, "active")):
        refused = assert_problem(patch(admin, me, body), 409, problems.USER_LAST_ADMIN)
        assert refused["errors"][0]["field"] == field
    kari = user_by_email(admin, KARI)
    promoted = patch(admin, kari, {"role": "admin"})
    assert promoted.status_code == 200 and promoted.json()["version"] == kari["version"] + 1
    assert patch(admin, me, {"role": "customer"}).status_code == 200
    kari_admin = sign_in(url, KARI)
    assert_problem(patch(kari_admin, promoted.json(), {"active": False}), 409, problems.USER_LAST_ADMIN)


def test_deactivation_ends_sessions_and_sign_in_until_reactivated(fresh):
    url, _db, admin = fresh
    kari_session = sign_in(url, KARI)
    kari = user_by_email(admin, KARI)
    off = patch(admin, kari, {"active": False})
    assert off.status_code == 200 and off.json()["active"] is False
    assert_problem(kari_session.get("/v1/products"), 401, problems.AUTH_TOKEN_INVALID)
    refresh = requests.post(f"{url}/v1/auth/refresh", json={"refresh_token": kari_session.tokens["refresh_token"]})
    assert refresh.status_code == 401
    answer = requests.post(f"{url}/v1/auth/token", json={"email": KARI, "password": PASSWORD})
    assert_problem(answer, 401, problems.AUTH_INVALID_CREDENTIALS)
    assert patch(admin, off.json(), {"active": True}).status_code == 200
    assert sign_in(url, KARI).get("/v1/products").status_code == 200


def feed(session, cursor=None) -> dict:
    return session.get("/v1/changes", params={"cursor": cursor} if cursor else {}).json()


def full_feed(session) -> tuple[str, dict]:
    page, seen = feed(session), {}
    while True:
        for change in page["changes"]:
            seen[(change["entity"], change["id"])] = change
        if not page["has_more"]:
            return page["cursor"], seen
        page = feed(session, page["cursor"])


def test_assignments_by_product_and_site_reach_the_feed_at_the_next_pull(fresh):
    url, _db, admin = fresh
    kari_session = sign_in(url, KARI)
    cursor, _ = full_feed(kari_session)
    kari = user_by_email(admin, KARI)
    sites = {s["name"]: s["id"] for s in admin.get("/v1/sites").json()}
    bergen = {p["id"] for p in admin.get("/v1/products").json() if p["site"]["id"] == sites["Bergen"]}
    one = sorted(kari["assigned_product_ids"])[0]
    answer = admin.post_idem(f"/v1/users/{kari['id']}/assignments",
                             json={"assign_sites": [sites["Bergen"]], "unassign": [one]})
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert set(changed["assigned_product_ids"]) == (set(kari["assigned_product_ids"]) - {one}) | bergen
    assert changed["version"] == kari["version"]  # assignments are no edit of the user's own fields
    page = feed(kari_session, cursor)
    assert page["reset"] is True
    _cursor, seen = full_feed(kari_session)
    products = {key[1] for key, c in seen.items() if key[0] == "product" and c["op"] == "upsert"}
    assert products == set(changed["assigned_product_ids"])
    taken = admin.post_idem(f"/v1/users/{kari['id']}/assignments", json={"unassign_sites": [sites["Bergen"]]})
    assert not bergen & set(taken.json()["assigned_product_ids"])


def test_assignment_refusals(admin):
    kari = user_by_email(admin, KARI)
    path = f"/v1/users/{kari['id']}/assignments"
    body = assert_problem(admin.post_idem(path, json={"assign": ["nope"]}), 422, problems.USER_PRODUCT_UNKNOWN)
    assert body["errors"][0]["field"] == "assign"
    body = assert_problem(admin.post_idem(path, json={"unassign_sites": ["nope"]}), 422, problems.USER_SITE_UNKNOWN)
    assert body["errors"][0]["field"] == "unassign_sites"


def test_a_role_change_resets_the_users_feed_and_their_me(fresh):
    url, _db, admin = fresh
    kari_session = sign_in(url, KARI)
    cursor, _ = full_feed(kari_session)
    assert patch(admin, user_by_email(admin, KARI), {"role": "admin"}).status_code == 200
    assert feed(kari_session, cursor)["reset"] is True
    _cursor, seen = full_feed(kari_session)
    assert len([k for k in seen if k[0] == "product"]) == 40
    assert kari_session.get("/v1/me").json()["user"]["role"] == "admin"
