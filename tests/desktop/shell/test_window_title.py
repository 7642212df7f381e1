"""The window title names the app once, in the user's language: the window system appends the application's display
name to a title that does not already end with it, so the title must end with that same translated name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from desktop import i18n
from desktop.shell import page_titles
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController


def platform_title(title: str) -> str:
    """What Qt's window systems (X11, Windows, Wayland) show: `QPlatformWindow::formatWindowTitle`."""
    name = QGuiApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} — {name}" if title else name


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    previous, name = QLocale(), QGuiApplication.applicationDisplayName()
    assert i18n.install_language(request.param) == request.param
    QGuiApplication.setApplicationDisplayName(page_titles.app_display_name())  # as desktop.app.main does
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)
    QGuiApplication.setApplicationDisplayName(name)


def test_the_title_names_the_page_the_user_and_the_app_once(qtbot, ctx, language):
    window = MainWindow(ctx, SyncController(ctx.workspace, interval_minutes=15))
    qtbot.addWidget(window)
    window.show_page("cases")
    shown = platform_title(window.windowTitle())
    app_name = {"en": "Service Portal", "nb": "Serviceportalen"}[language]
    assert shown == f"{page_titles.cases()} — Anne Admin, {ctx_account(ctx)} — {app_name}"
    assert shown.count(app_name) == 1
    if language == "nb":
        assert "Service Portal" not in shown and "Cases" not in shown


def ctx_account(ctx) -> str:
    from sync.account import queries
    return queries.current_account(ctx.engine).name
