"""login, logout and sync."""

from __future__ import annotations

import sys
from argparse import Namespace

from cli.errors import EXIT_OK, EXIT_REFUSED, EXIT_UNREACHABLE, CliError
from cli.output import grouped
from cli.password import UNATTENDED_HINT, given_password, login_password
from cli.problem_texts import (
    access_lost_text,
    local_dates,
    plain_reason,
    sign_in_text,
    throttled_text,
)
from cli.session import open_workspace, run_sync, sync_failure
from domain import problems
from domain.clock import today
from domain.email import email_problem
from domain.text_limits import MAX_EMAIL
from sync.account import queries as account_queries
from sync.api import AuthFailed, NotAPortal, PortalError, SignInThrottled
from sync.api.credentials import secure_storage_available
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from sync.session.carry_over import carry_over, stranded_work
from sync.session.workspace import sign_in, sign_out, unsent_count


def login(args: Namespace) -> int:
    _check_email(args.email)
    password = login_password(args)
    try:
        ws = sign_in(args.data_dir, args.portal, args.email, password, remember=True)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_REFUSED) from exc
    except AuthFailed as exc:
        raise CliError(f"Sign-in refused: {exc}", EXIT_REFUSED) from exc
    except SignInThrottled as exc:
        raise CliError(f"Cannot sign in: {throttled_text(exc.retry_after)}", EXIT_REFUSED) from exc
    except PortalError as exc:
        raise CliError(f"Cannot sign in: {sign_in_text(exc, args.portal)}",
                       EXIT_REFUSED if isinstance(exc, NotAPortal) else EXIT_UNREACHABLE) from exc
    with ws:
        user = account_queries.current_user(ws.engine)
        print(f"Signed in to {ws.portal_url} as {user.name} <{user.email}> ({user.role}).")
        if not secure_storage_available():
            print(f"Note: no credential store works on this computer, so this sign-in is not kept after this "
                  f"command. For later commands, {UNATTENDED_HINT}.", file=sys.stderr)
        report = run_sync(ws)
        count = product_queries.product_count(ws.engine, ProductFilter(), today=today())
        print(f"{grouped(count)} products in your local data.")
        _tell_of_stranded_work(ws)
        failure = sync_failure(report, "Your data will be fetched at the next sync.")
        if failure:
            raise failure
    return EXIT_OK


def carry_over_command(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        found = stranded_work(ws.data_dir, ws.email, ws.cache_file)
        if not found:
            print("No unsent work of yours waits in another local cache.")
            return EXIT_OK
        for work in found:
            carry_over(ws.engine, work.cache_file)
            print(f"Carried over {work.unsent} unsent item(s) from {work.place}.")
        print("They are sent, with the keys they were queued with, at the next portal-cli sync.")
    return EXIT_OK


def _tell_of_stranded_work(ws) -> None:
    found = stranded_work(ws.data_dir, ws.email, ws.cache_file)
    if found:
        count = sum(w.unsent for w in found)
        places = ", ".join(w.place for w in found)
        print(f"Note: {count} unsent item(s) of yours wait in a local cache made for another portal address "
              f"({places}). Run portal-cli carry-over to send them from here.", file=sys.stderr)


def logout(args: Namespace) -> int:
    ws = open_workspace(args.data_dir)
    left = unsent_count(ws)
    if left and not args.force:
        ws.close()
        raise CliError(f"{left} item(s) have not reached the portal yet. Run portal-cli sync first, or "
                       f"portal-cli logout --force (they are kept and sent when {ws.email} signs in again).",
                       EXIT_REFUSED)
    email = ws.email
    sign_out(ws)
    note = f" {left} unsent item(s) are kept for {email}'s next sign-in." if left else ""
    print(f"Signed out {email}.{note}")
    return EXIT_OK


def sync(args: Namespace) -> int:
    password = given_password(args)
    with open_workspace(args.data_dir) as ws:
        report = run_sync(ws, now=True, password=password)
        waiting = outbox.unsent_count(ws.engine)
        failure = sync_failure(report, f"{waiting} item(s) stay queued and go out at the next sync.")
        if not failure or report.pushed or report.rejected or report.pulled:  # no "Sent 0" before an error
            print(f"Sent {report.pushed}, rejected {report.rejected}, received {report.pulled} change(s).")
        if report.machines_lost:
            print(access_lost_text(report.machines_lost))
        if failure:
            raise failure
        if report.rejected:
            reasons = [f"{local_dates(i.summary)}: {plain_reason(i.reason)}"
                       for i in outbox.outbox_items(ws.engine, ("rejected",))]
            raise CliError(f"The portal refused {report.rejected} item(s): " + " | ".join(reasons), EXIT_REFUSED)
    return EXIT_OK


def _check_email(email: str) -> None:
    """Refuse before asking for a password what the app's sign-in refuses: the portal would only say "wrong"."""
    problem = email_problem(email.strip())
    if problem == problems.EMAIL_MISSING:
        raise CliError("Give your e-mail address with --email.", EXIT_REFUSED)
    if problem == problems.EMAIL_TOO_LONG:
        raise CliError(f"An e-mail address can be at most {MAX_EMAIL} characters.", EXIT_REFUSED)
    if problem:
        raise CliError(f"{email!r} is not an e-mail address (write it like name@company.no).", EXIT_REFUSED)
