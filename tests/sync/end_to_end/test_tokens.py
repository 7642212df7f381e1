"""Access tokens expire; the refresh token in the keyring renews them (rotating it) — against the real portal."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests

from domain.clock import today
from sync.api import credentials
from sync.outbox import queue as outbox
from sync.readings.operations import queue_reading
from tests.support.portal_server import running_portal
from tests.support.waiting import wait_until
from tests.sync.e2e import all_products, fast_engine, signed_in

pytestmark = pytest.mark.e2e


def _wait_until_refused(url, access_token, timeout=10.0):
    wait_until(lambda: requests.get(f"{url}/v1/me", headers={"Authorization": f"Bearer {access_token}"},
                                    timeout=5).status_code == 401, timeout=timeout, what="the access token to expire")


def test_sync_renews_an_expired_access_token_and_rotates_the_refresh_token(tmp_path, data_dir, isolated_keyring):
    with running_portal(tmp_path / "portal.sqlite", access_ttl=1) as url:
        with signed_in(data_dir, url, "kari@example.no") as ws, fast_engine(ws) as engine:
            service = credentials.service_name(url)
            first_refresh = isolated_keyring.get_password(service, "kari@example.no")
            _wait_until_refused(url, ws.tokens.access_token)
            report = engine.run_once()
            assert (report.error, report.auth_required, report.online) == (None, False, True)
            assert len(all_products(ws.engine, today())) == 10
            second_refresh = isolated_keyring.get_password(service, "kari@example.no")
            assert second_refresh and second_refresh != first_refresh

            product = all_products(ws.engine, today())[0]
            values = {k: product.last_values[k] + 10 for k in product.counter_keys}
            queue_reading(ws.engine, product.id, product.last_reading_date + timedelta(days=1), values,
                          today=today())
            _wait_until_refused(url, ws.tokens.access_token)
            assert engine.run_once().pushed == 1
            assert isolated_keyring.get_password(service, "kari@example.no") != second_refresh


def test_a_revoked_session_asks_for_sign_in_and_keeps_the_work(portal, data_dir):
    with signed_in(data_dir, portal, "kari@example.no") as ws, fast_engine(ws) as engine:
        engine.run_once()
        product = all_products(ws.engine, today())[0]
        values = {k: product.last_values[k] + 10 for k in product.counter_keys}
        item = queue_reading(ws.engine, product.id, product.last_reading_date + timedelta(days=1), values,
                             today=today()).value
        ended = requests.post(f"{portal}/v1/auth/logout", timeout=5,
                              headers={"Authorization": f"Bearer {ws.tokens.access_token}"})
        assert ended.status_code == 204
        report = engine.run_once()
        assert report.auth_required and report.pushed == 0
        again = outbox.outbox_item(ws.engine, item.seq)
        assert (again.state, again.attempts, again.idempotency_key) == ("queued", 0, item.idempotency_key)
