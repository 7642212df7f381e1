"""The Users area against a real portal: absent for a customer, there for an administrator, and it comes and goes
without a restart when an administrator changes the signed-in user's role and the app syncs."""

from __future__ import annotations

import uuid

import pytest

from tests.desktop.conftest import CUSTOMER, signed_in_workspace
from tests.desktop.shell.test_main_window import SYNC_TIMEOUT, open_window
from tests.support.portal_api import portal_session

pytestmark = pytest.mark.usefixtures("english_ui")


def areas(window) -> list[str]:
    return [window.nav.entry_text(i) for i in range(window.nav.count())]


def set_role(url: str, email: str, role: str) -> None:
    with portal_session(url, "admin@example.no") as http:
        user = next(u for u in http.get(f"{url}/v1/users", timeout=10).json() if u["email"] == email)
        answer = http.patch(f"{url}/v1/users/{user['id']}", json={"role": role}, timeout=10,
                            headers={"Idempotency-Key": str(uuid.uuid4()), "If-Match": f'"{user["version"]}"'})
        assert answer.status_code == 200, answer.text


@pytest.fixture
def customer_ctx(qapp, data_dir, fresh_portal_url):
    from desktop.context import AppContext
    ws = signed_in_workspace(data_dir, fresh_portal_url, CUSTOMER)
    ctx = AppContext(ws)
    yield ctx
    assert ctx.wait_idle()
    ws.close()


def test_the_users_area_comes_and_goes_with_the_role(qtbot, customer_ctx, fresh_portal_url):
    window = open_window(qtbot, customer_ctx)
    assert "Users" not in areas(window) and window.show_page("users") is None
    window.show_page("orders")
    set_role(fresh_portal_url, CUSTOMER, "admin")
    with qtbot.waitSignal(window.sync.sync_finished, timeout=SYNC_TIMEOUT):
        window.sync.request_sync()
    qtbot.waitUntil(lambda: "Users" in areas(window), timeout=10_000)
    assert areas(window)[-1] == "Users" and window.current_page_key() == "orders"
    assert window.page_actions["users"].shortcut().toString() == f"Ctrl+{len(areas(window))}"  # the last area
    users_page = window.show_page("users")
    qtbot.waitUntil(lambda: users_page.model.rowCount() >= 3, timeout=10_000)
    set_role(fresh_portal_url, CUSTOMER, "customer")
    with qtbot.waitSignal(window.sync.sync_finished, timeout=SYNC_TIMEOUT):
        window.sync.request_sync()
    qtbot.waitUntil(lambda: "Users" not in areas(window), timeout=10_000)
    assert "users" not in window.page_actions and window.current_page_key() == "products"
    window.sync.stop()
