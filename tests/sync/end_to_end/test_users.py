"""Users and roles end to end against the real portal: a user created in the app's sync gets an invitation mail,
sets a password with its token and signs in through the app's session code; role changes and assignments queued in
the cache reach the portal and the promoted user's own app; refusals keep the portal's code; `portal-cli users`."""

from __future__ import annotations

import json
import re

import pytest
import requests
from sqlalchemy import select

from cli.main import main
from domain import problems
from portal.db import Store, outgoing_mail, sqlite_url
from sync.account import queries as account_queries
from sync.outbox import queue as outbox
from sync.session.workspace import sign_in
from sync.users import queries
from sync.users.operations import (
    queue_assignments,
    queue_create_user,
    queue_user_change,
)
from sync.users.records import PickerFilter
from tests.support.portal_api import portal_session
from tests.sync.e2e import ADMIN, fast_engine, signed_in

pytestmark = pytest.mark.e2e

KARI = "kari@example.no"
NEW = "nina@example.no"
NEW_PASSWORD = "nina's own password"


def _token(portal_db, to: str) -> str:
    store = Store(sqlite_url(portal_db))
    try:
        with store.read() as conn:
            body = conn.execute(select(outgoing_mail.c.body).where(outgoing_mail.c.to_address == to,
                                                                   outgoing_mail.c.reason == "invitation")).scalar_one()
    finally:
        store.dispose()
    return re.search(r"token=([\w-]+)", body).group(1)


def _user(engine, email: str):
    return next(u for u in queries.managed_users(engine) if u.email == email)


def test_a_user_created_in_the_app_sets_a_password_and_signs_in(portal, data_dir, tmp_path):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        kari = _user(ws.engine, KARI)
        assert kari.assigned_count >= 8 and kari.role == "customer" and kari.sync_state == "synced"
        two = [p.id for p in queries.picker_page(ws.engine, kari.id, assigned=False, limit=2)]
        user_id = queue_create_user(ws.engine, "Nina Nilsen", NEW, "customer", two).value
        assert _user(ws.engine, NEW).sync_state == "pending"
        assert engine.run_once().pushed == 1
    nina = _user(ws.engine, NEW)
    assert (nina.id, nina.invitation_pending, nina.assigned_count, nina.sync_state) == (user_id, True, 2, "synced")
    answer = requests.post(f"{portal}/v1/auth/set-password", timeout=10,
                           json={"token": _token(tmp_path / "portal.sqlite", NEW), "password": NEW_PASSWORD})
    assert answer.status_code == 204, answer.text
    with sign_in(tmp_path / "nina-data", portal, NEW, NEW_PASSWORD, remember=False) as theirs:
        with fast_engine(theirs) as engine:
            engine.run_once()
        assert account_queries.current_user(theirs.engine).role == "customer"
        with theirs.engine.connect() as conn:
            from sync.cache.schema import products
            assert set(conn.execute(select(products.c.id)).scalars()) == set(two)


def test_role_and_assignments_reach_the_portal_and_the_promoted_users_app(portal, data_dir, tmp_path):
    admin = signed_in(data_dir, portal)
    kari_ws = signed_in(tmp_path / "kari-data", portal, KARI)
    with fast_engine(kari_ws) as engine:
        engine.run_once()
    assert not queries.is_admin(kari_ws.engine)
    with fast_engine(admin) as engine:
        engine.run_once()
        kari = _user(admin.engine, KARI)
        oslo = next(s for s, name in queries.picker_choices(admin.engine)[0] if name == "Hovedkontor Oslo")
        more = queries.matching_ids(admin.engine, kari.id, assigned=False, flt=PickerFilter(site_id=oslo))
        queue_assignments(admin.engine, kari.id, assign_ids=more)
        queue_user_change(admin.engine, kari.id, role="admin")
        assert _user(admin.engine, KARI).role == "admin"
        assert engine.run_once().pushed == 2
    with portal_session(portal, ADMIN) as http:
        on_portal = http.get(f"{portal}/v1/users/{kari.id}", timeout=10).json()
    assert on_portal["role"] == "admin" and set(more) <= set(on_portal["assigned_product_ids"])
    with fast_engine(kari_ws) as engine:
        report = engine.run_once()
    assert queries.is_admin(kari_ws.engine) and "me" in report.changed
    assert {u.email for u in queries.managed_users(kari_ws.engine)} >= {ADMIN, KARI, "ola@example.no"}


def test_refusals_keep_the_portals_code_and_put_the_row_back(portal, data_dir):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
        kari = _user(ws.engine, KARI)
        with portal_session(portal, ADMIN) as http:  # meanwhile another administrator: a user, and Kari deactivated
            taken = http.post(f"{portal}/v1/users", json={"name": "Taken", "email": NEW}, timeout=10,
                              headers={"Idempotency-Key": "k-1"})
            assert taken.status_code == 201
            off = http.patch(f"{portal}/v1/users/{kari.id}", json={"active": False}, timeout=10,
                             headers={"Idempotency-Key": "k-2", "If-Match": f'"{kari.version}"'})
            assert off.status_code == 200
        queue_create_user(ws.engine, "Nina", NEW)
        queue_user_change(ws.engine, kari.id, role="admin")
        result = engine.run_once()
    assert result.rejected == 2
    refused = {i.kind: i.problem["code"] for i in outbox.outbox_items(ws.engine, ["rejected"])}
    assert refused == {"user.create": problems.USER_EMAIL_TAKEN, "user.update": problems.CONFLICT_ETAG}
    assert _user(ws.engine, KARI).role == "customer"


def test_portal_cli_users_for_an_administrator_and_a_customer(portal, data_dir, tmp_path, capsys):
    ws = signed_in(data_dir, portal)
    with fast_engine(ws) as engine:
        engine.run_once()
    ws.close()
    assert main(["--data-dir", str(data_dir), "users", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {u["email"]: u["role"] for u in listed}[KARI] == "customer"
    assert main(["--data-dir", str(data_dir), "users"]) == 0
    out = capsys.readouterr().out
    assert "Kari Nordmann" in out and "3 user(s)." in out
    kari = signed_in(tmp_path / "kari", portal, KARI)
    kari.close()
    assert main(["--data-dir", str(tmp_path / "kari"), "users"]) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["portal-cli: Only an administrator of the account manages its users; you are signed in as a "
                   "customer."]
