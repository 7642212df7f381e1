"""Sign in, pull the fleet, and keep working offline — against the real portal over HTTP."""

from __future__ import annotations

import pytest

from domain.clock import today
from sync.account import queries as account_queries
from sync.api import AuthFailed, PortalUnreachable, credentials
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from sync.readings import queries as reading_queries
from sync.readings.operations import queue_reading
from sync.session import workspace
from tests.support.portal_server import running_portal
from tests.sync.e2e import (
    PASSWORD,
    all_products,
    closed_port_url,
    fast_engine,
    plan_readings,
    signed_in,
)

pytestmark = pytest.mark.e2e


def test_admin_pulls_the_whole_fleet_and_a_customer_only_hers(portal, data_dir, tmp_path):
    with signed_in(data_dir, portal) as admin, fast_engine(admin) as engine:
        report = engine.run_once()
        assert (report.online, report.error, report.auth_required) == (True, None, False)
        assert product_queries.product_count(admin.engine, ProductFilter(), today=today()) == 40
        assert report.pulled > 40 and report.changed["product"]
        assert account_queries.current_user(admin.engine).role == "admin"
        assert engine.run_once().pulled == 0  # the cursor was kept
    with signed_in(tmp_path / "kari", portal, "kari@example.no") as kari, fast_engine(kari) as engine:
        engine.run_once()
        mine = all_products(kari.engine, today())
        assert len(mine) == 10
        assert kari.cache_file != admin.cache_file


def test_remembered_login_opens_offline_on_the_cached_data(data_dir, tmp_path):
    with running_portal(tmp_path / "portal.sqlite") as url:
        ws = signed_in(data_dir, url, "kari@example.no")
        with fast_engine(ws) as engine:
            engine.run_once()
        ws.close()
    # the portal is gone now
    profile = workspace.remembered(data_dir)
    assert (profile.portal_url, profile.email) == (url, "kari@example.no")
    with workspace.restore(data_dir) as ws:
        assert len(all_products(ws.engine, today())) == 10
        entry = plan_readings(ws.engine, 1, today())[0]
        queue_reading(ws.engine, entry.product_id, entry.reading_date, entry.values, today=today())
        with fast_engine(ws) as engine:
            report = engine.run_once()
        assert (report.online, report.pushed) == (False, 0)
        assert workspace.unsent_count(ws) == 1
        assert reading_queries.reading_history(ws.engine, entry.product_id)[0].status == "pending"


def test_sign_in_failures(portal, data_dir):
    with pytest.raises(AuthFailed, match="Wrong e-mail or password"):
        workspace.sign_in(data_dir, portal, "kari@example.no", "wrong", remember=True)
    with pytest.raises(PortalUnreachable):
        workspace.sign_in(data_dir, closed_port_url(), "kari@example.no", PASSWORD, remember=True)
    assert workspace.remembered(data_dir) is None


def test_sign_out_keeps_unsent_work_for_the_next_sign_in(portal, data_dir, isolated_keyring):
    ws = signed_in(data_dir, portal, "kari@example.no")
    with fast_engine(ws) as engine:
        engine.run_once()
    entry = plan_readings(ws.engine, 1, today())[0]
    item = queue_reading(ws.engine, entry.product_id, entry.reading_date, entry.values, today=today()).value
    service = credentials.service_name(portal)
    assert isolated_keyring.get_password(service, "kari@example.no")
    assert workspace.sign_out(ws) == 1
    assert isolated_keyring.get_password(service, "kari@example.no") is None
    assert workspace.restore(data_dir) is None
    with signed_in(data_dir, portal, "kari@example.no") as again, fast_engine(again) as engine:
        assert workspace.unsent_count(again) == 1
        assert engine.run_once().pushed == 1
        assert reading_queries.reading_history(again.engine, entry.product_id)[0].id == item.entity_id


def test_sign_in_without_remember_keeps_no_token_and_no_profile(portal, data_dir, isolated_keyring):
    with workspace.sign_in(data_dir, portal, "ola@example.no", PASSWORD, remember=False) as ws:
        assert isolated_keyring.get_password(credentials.service_name(portal), "ola@example.no") is None
        with fast_engine(ws) as engine:
            assert engine.run_once().error is None
    assert workspace.remembered(data_dir) is None
