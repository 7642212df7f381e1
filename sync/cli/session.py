"""Opening the remembered login and running a sync round, shared by the commands."""

from __future__ import annotations

from pathlib import Path

from sync.cli.errors import EXIT_REFUSED, EXIT_UNREACHABLE, CliError
from sync.engine.rounds import SyncEngine, SyncReport
from sync.outbox import queue as outbox
from sync.session.workspace import Workspace, restore


def open_workspace(data_dir: Path) -> Workspace:
    ws = restore(data_dir)
    if ws is None:
        raise CliError("Not signed in. Run: portal-cli login --portal URL --email EMAIL", EXIT_REFUSED)
    return ws


def run_sync(ws: Workspace, *, now: bool = False) -> SyncReport:
    """One sync round. `now`: the user asked for it, so items waiting out a backoff are tried at once too."""
    if now:
        outbox.retry_now(ws.engine)
    with SyncEngine(ws) as engine:
        return engine.run_once()


def sync_failure(report: SyncReport, queued_note: str) -> CliError | None:
    """The error a sync round ended with, worded for a script's user; None when it went through."""
    if report.auth_required:
        return CliError(f"Your sign-in has expired; run portal-cli login again. {queued_note}", EXIT_REFUSED)
    if not report.online:
        return CliError(f"{report.error}. {queued_note}", EXIT_UNREACHABLE)
    if report.error:
        return CliError(f"The portal could not finish the sync ({report.error}). {queued_note}", EXIT_UNREACHABLE)
    return None
