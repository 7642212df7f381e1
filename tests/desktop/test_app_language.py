"""The app tells the portal the language the user reads it in, so the service desk (here the demo agent, which
writes in the language the portal knows the case's author by) answers in it: end to end through the real shell,
the sync thread and the portal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop import app as app_module
from desktop import i18n
from desktop.app import Shell
from domain import clock
from sync.account import preferences
from sync.cases.operations import CaseDraft, queue_case
from sync.cases.thread import thread
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from tests.desktop.conftest import CUSTOMER, signed_in_workspace
from tests.support.portal_api import portal_session
from tests.support.portal_server import running_portal
from tests.support.waiting import wait_until

GREETINGS = {"en": "Hello Kari,", "nb": "Hei Kari!"}


@pytest.fixture
def agent_portal(tmp_path) -> Iterator[str]:
    with running_portal(tmp_path / "agent-portal.sqlite", demo=True, agent_delay=0.3) as url:
        yield url


@pytest.fixture
def shell(qtbot, monkeypatch, data_dir) -> Iterator[Shell]:
    monkeypatch.setattr(app_module.QApplication, "quit", staticmethod(lambda: None))
    created = Shell(data_dir)
    yield created
    if created.window is not None:
        created.window.close()
    created.shutdown()


@pytest.fixture
def ui_language(request, qapp) -> Iterator[str]:
    """The interface in `request.param` ("en" or "nb"), as `--lang` or the Settings choice installs it."""
    previous = QLocale()
    assert i18n.install_language(request.param) == request.param
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


def _portal_language(url: str) -> str:
    return portal_session(url, CUSTOMER).get(f"{url}/v1/me", timeout=10).json()["language"]


def _agent_answer(qtbot, shell: Shell) -> str:
    """Open a case in the running app and wait for the demo agent's first answer to reach the cache."""
    engine = shell.ctx.engine
    product = product_queries.product_page(engine, ProductFilter(), today=clock.today(), limit=1)[0]
    draft = CaseDraft(type="support", product_id=product.id, category="paper_jam", subject="Paper jam in tray 3",
                      description="The sheets crumple in tray 3.")
    with qtbot.waitSignal(shell.ctx.changes_broadcast, timeout=10_000) as queued:
        shell.ctx.write(queue_case, draft, data_dir=shell.ctx.workspace.data_dir).run_on(shell.ctx.db_pool)
    case_id, = queued.args[0]["case"]
    answer = wait_until(lambda: next((e.body for e in thread(engine, case_id)
                                      if e.kind == "message" and e.author_kind == "agent"), None),
                        timeout=60, what="the demo agent's answer",
                        between=lambda: (shell.sync.request_sync(), qtbot.wait(500)))
    return answer


@pytest.mark.parametrize(("ui_language", "portal_before"), [("en", "nb"), ("nb", "en")], indirect=["ui_language"])
def test_the_agent_answers_in_the_language_the_app_is_read_in(qtbot, shell, data_dir, agent_portal, ui_language,
                                                              portal_before):
    if portal_before != "nb":  # the demo users start in bokmål
        http = portal_session(agent_portal, CUSTOMER)
        answer = http.patch(f"{agent_portal}/v1/me", json={"language": portal_before},
                            headers={"Idempotency-Key": f"lang-{portal_before}"}, timeout=10)
        assert answer.status_code == 200, answer.text
    signed_in_workspace(data_dir, agent_portal, CUSTOMER).close()  # remembered: the shell opens it
    assert _portal_language(agent_portal) == portal_before
    shell.start()
    assert shell.window is not None
    wait_until(lambda: _portal_language(agent_portal) == ui_language, timeout=30,
               what="the portal to learn the app's language", between=lambda: qtbot.wait(200))
    assert preferences.portal_language(shell.ctx.engine) == ui_language
    body = _agent_answer(qtbot, shell)
    assert body.startswith(GREETINGS[ui_language]), body


@pytest.mark.parametrize("ui_language", ["nb"], indirect=True)
def test_an_app_already_in_the_portal_s_language_sends_nothing(qtbot, shell, data_dir, agent_portal, ui_language):
    signed_in_workspace(data_dir, agent_portal, CUSTOMER).close()
    shell.start()
    qtbot.waitUntil(lambda: shell.sync.last_report is not None, timeout=20_000)
    assert shell.ctx.wait_idle()  # the language write has finished
    assert [i for i in outbox.outbox_items(shell.ctx.engine) if i.kind == "me.patch"] == []
    assert _portal_language(agent_portal) == "nb"
