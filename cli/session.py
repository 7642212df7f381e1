"""Opening the remembered login and running a sync round, shared by the commands."""

from __future__ import annotations

from pathlib import Path

from cli.errors import EXIT_REFUSED, EXIT_UNREACHABLE, CliError
from cli.password import UNATTENDED_HINT
from cli.problem_texts import plain_reason, sentence, sign_in_text, throttled_text
from sync.api import (
    AuthFailed,
    AuthRequired,
    NotAPortal,
    PortalError,
    PortalUnreachable,
    SignInThrottled,
)
from sync.api.credentials import secure_storage_available
from sync.engine.rounds import SyncEngine, SyncReport
from sync.outbox import queue as outbox
from sync.session.workspace import Workspace, restore


def open_workspace(data_dir: Path) -> Workspace:
    ws = restore(data_dir)
    if ws is None:
        raise CliError("Not signed in. Run: portal-cli login --portal URL --email EMAIL", EXIT_REFUSED)
    return ws


def _signed_in_again(ws: Workspace, password: str) -> SyncReport | None:
    """With a password (a command run unattended), sign in again when the kept sign-in is missing (no credential
    store) or no longer works. None when that went through or was not needed; else the report of a round that could
    not start (the portal out of reach), so the work queued offline is said to stay queued."""
    try:
        if ws.tokens.load_refresh_token() is not None:
            try:
                ws.client.refresh()
                return None
            except AuthRequired:
                pass
        ws.client.sign_in(ws.email, password)
    except AuthFailed as exc:
        raise CliError(f"Sign-in refused: {exc}", EXIT_REFUSED) from exc
    except SignInThrottled as exc:
        raise CliError(f"Cannot sign in: {throttled_text(exc.retry_after)} Anything queued stays queued.",
                       EXIT_REFUSED) from exc
    except NotAPortal as exc:
        raise CliError(f"Cannot sign in: {sign_in_text(exc, ws.portal_url)} Anything queued stays queued.",
                       EXIT_REFUSED) from exc
    except PortalError as exc:
        return SyncReport(online=not isinstance(exc, PortalUnreachable), error=str(exc), error_code=exc.code)
    return None


def run_sync(ws: Workspace, *, now: bool = False, password: str | None = None) -> SyncReport:
    """One sync round. `now`: the user asked for it, so items waiting out a backoff are tried at once too. With a
    `password` the round signs in first if it must (`_signed_in_again`)."""
    if password is not None:
        failed = _signed_in_again(ws, password)
        if failed is not None:
            return failed
    if now:
        outbox.retry_now(ws.engine)
    with SyncEngine(ws) as engine:
        return engine.run_once()


def sync_failure(report: SyncReport, queued_note: str) -> CliError | None:
    """The error a sync round ended with, worded for a script's user; None when it went through."""
    if report.auth_required and not secure_storage_available():
        return CliError(f"Not signed in: no credential store works on this computer, so the sign-in of portal-cli "
                        f"login is not kept; {UNATTENDED_HINT}. {queued_note}", EXIT_REFUSED)
    if report.auth_required:
        return CliError(f"Your sign-in has expired; run portal-cli login again. {queued_note}", EXIT_REFUSED)
    if not report.online:
        return CliError(f"{sentence(plain_reason(report.error))} {queued_note}", EXIT_UNREACHABLE)
    if report.error:
        return CliError(f"The portal could not finish the sync ({plain_reason(report.error)}). {queued_note}",
                        EXIT_UNREACHABLE)
    return None
