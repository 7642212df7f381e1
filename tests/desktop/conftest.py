"""Shared fixtures for every desktop test (ours and the pages'): offscreen Qt, isolated settings, a real portal.

- `portal_url`: the reference portal (demo seed) served once per session on 127.0.0.1.
- `fresh_portal_url`: a portal with its own fresh database, for tests whose changes must not leak into others.
- `workspace`: a real `sync.session.workspace.Workspace` signed in as the demo administrator and synced once.
- `ctx`: an `AppContext` over that workspace; teardown waits for queued database writes.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

ADMIN = "admin@example.no"
CUSTOMER = "kari@example.no"
PASSWORD = "demo1234"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test gets its own empty INI settings folder, so nothing leaks between tests or from the developer."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def heap_freezes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The app freezes its long-lived objects out of the garbage collector's sight (`desktop.heap`); in the test
    process that would keep every earlier test's cycles forever, so each call is recorded instead."""
    from desktop import heap
    calls: list[str] = []
    monkeypatch.setattr(heap, "freeze_long_lived", lambda: calls.append("freeze") or 0)
    return calls


@pytest.fixture(autouse=True)
def _data_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Code that falls back to the default data folder must never touch the real AppData in a test."""
    monkeypatch.setenv("PORTAL_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture(scope="session")
def portal_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.support.portal_server import running_portal
    with running_portal(tmp_path_factory.mktemp("portal") / "portal.sqlite", demo=True) as url:
        yield url


@pytest.fixture
def fresh_portal_url(tmp_path: Path) -> Iterator[str]:
    from tests.support.portal_server import running_portal
    with running_portal(tmp_path / "fresh-portal.sqlite", demo=True) as url:
        yield url


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def signed_in_workspace(data_dir: Path, url: str, email: str = ADMIN, *, remember: bool = True):
    """A real workspace signed in against `url` and synced once (also usable from a test for a second user)."""
    from sync.engine.rounds import SyncEngine
    from sync.session.workspace import sign_in
    ws = sign_in(data_dir, url, email, PASSWORD, remember=remember)
    with SyncEngine(ws) as engine:
        report = engine.run_once()
    assert report.online and not report.error, report
    return ws


@pytest.fixture
def workspace(data_dir: Path, portal_url: str) -> Iterator:
    ws = signed_in_workspace(data_dir, portal_url)
    yield ws
    ws.close()


@pytest.fixture
def ctx(qapp, workspace) -> Iterator:
    from desktop.context import AppContext
    context = AppContext(workspace)
    yield context
    assert context.wait_idle(), "database writes were still running at the end of the test"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform remarks that it cannot propagate size hints (or raise a window) whenever a top-level
    window resizes or is brought to the front; that is the test platform talking, not our code, so it must not fail
    a test under `qt_log_level_fail = WARNING`."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                                      r"This plugin does not support raise\(\)"))


@pytest.fixture
def norwegian_system(monkeypatch) -> None:
    """A machine whose system language is Norwegian, whatever this one's is (the first start follows it)."""
    from desktop import i18n
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "nb")


@pytest.fixture
def english_ui(qapp) -> Iterator[None]:
    """The English catalogue (plural forms: "1 change", "2 changes") and the en_NO locale, as `--lang en` sets."""
    from PySide6.QtCore import QLocale
    from desktop import i18n
    previous = QLocale()
    i18n.install_language("en")
    yield
    i18n.reset()
    QLocale.setDefault(previous)


@pytest.fixture
def norwegian_ui(qapp) -> Iterator[None]:
    """The bokmål catalogue and the nb_NO locale, as `--lang nb` sets; afterwards the source strings and the locale
    are back as they were."""
    from PySide6.QtCore import QLocale
    from desktop import i18n
    previous = QLocale()
    assert i18n.install_language("nb") == "nb"
    yield
    i18n.reset()
    QLocale.setDefault(previous)
