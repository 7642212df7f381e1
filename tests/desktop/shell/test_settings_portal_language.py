"""Choosing another language in Settings tells the portal too (one queued PATCH /me), so the service desk writes
to the user in it; keeping the language, or cancelling, tells it nothing."""

from __future__ import annotations

from desktop import settings
from desktop.shell.settings_dialog import SettingsDialog
from sync.account import preferences
from sync.outbox import queue as outbox


def _language_items(ctx) -> list:
    return [i for i in outbox.outbox_items(ctx.engine) if i.kind == "me.patch" and "language" in i.body]


def _pick(dialog: SettingsDialog, language: str) -> None:
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))


def _languages(ctx) -> tuple[str, str]:
    """The portal's language for the user (the shared test portal's may have been changed by an earlier test), set
    as the app's too, and the other one."""
    current = preferences.portal_language(ctx.engine)
    assert current in ("nb", "en")
    settings.put(settings.LANGUAGE, current)
    return current, "en" if current == "nb" else "nb"


def test_another_language_in_settings_is_queued_for_the_portal_once(qtbot, ctx):
    _current, other = _languages(ctx)
    dialog = SettingsDialog(ctx=ctx)
    qtbot.addWidget(dialog)
    _pick(dialog, other)
    with qtbot.waitSignal(ctx.cache_changed, check_params_cb=lambda entity, _ids: entity == "me", timeout=10_000):
        dialog.accept()
    assert ctx.wait_idle()
    assert [(i.method, i.path, i.body["language"], i.state) for i in _language_items(ctx)] == [
        ("PATCH", "/me", other, "queued")]
    assert preferences.portal_language(ctx.engine) == other


def test_keeping_the_language_or_cancelling_tells_the_portal_nothing(qtbot, ctx):
    current, other = _languages(ctx)
    kept = SettingsDialog(ctx=ctx)
    qtbot.addWidget(kept)
    kept.interval_spin.setValue(25)
    with qtbot.waitSignal(kept.finished, timeout=10_000):
        kept.accept()
    cancelled = SettingsDialog(ctx=ctx)
    qtbot.addWidget(cancelled)
    _pick(cancelled, other)
    with qtbot.waitSignal(cancelled.finished, timeout=10_000):
        cancelled.reject()
    assert ctx.wait_idle()
    assert _language_items(ctx) == [] and preferences.portal_language(ctx.engine) == current
