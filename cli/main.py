"""`portal-cli` entry point: argument parsing and the one place that turns every failure into an exit code.

Exit codes: 0 done; 1 a bug (traceback in the log file); 2 usage; 3 the portal is out of reach (the work stays
queued); 4 something was refused (a rule, the portal, a wrong password or too many of them, an address that is not
a service portal, not signed in).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Sequence

from cli import account, cases, listing, orders, readings, reports, users
from cli.errors import EXIT_BUG, CliError
from cli.password import PASSWORD_ENV
from sync.readings.csv_format import parse_date
from sync.session.logs import setup_file_logging
from sync.session.paths import DATA_DIR_ENV, resolve_data_dir

log = logging.getLogger("cli")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.data_dir = resolve_data_dir(args.data_dir)
    log_file = setup_file_logging(args.data_dir)
    try:
        return args.run(args)
    except CliError as exc:
        log.info("portal-cli %s failed: %s", args.command, exc)
        print(f"portal-cli: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # `portal-cli products | head`: the reader left, which is not an error
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("portal-cli: interrupted; queued work is kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place bugs are caught: logged, not shown as a traceback
        log.exception("portal-cli %s crashed", args.command)
        print(f"portal-cli: unexpected error ({type(exc).__name__}: {exc}). Details are in {log_file}",
              file=sys.stderr)
        return EXIT_BUG


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portal-cli", description="Service Portal from the command line.",
        epilog=f"The sign-in of login is kept in the system's credential store. Where none works (a server, a "
               f"service account), give the password to each command that talks to the portal (sync, readings add, "
               f"readings import, orders add) with --password-stdin or ${PASSWORD_ENV}; nothing secret is written to a file. "
               f"Exit codes: 0 done, 1 a bug (see the log), 2 usage, 3 the portal is out of reach (work stays "
               f"queued), 4 refused.")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"folder for the local data (default: ${DATA_DIR_ENV} or the per-user app folder)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    login = commands.add_parser("login", help="sign in and fetch your fleet")
    login.add_argument("--portal", required=True, help="portal address, e.g. https://portal.example.no")
    login.add_argument("--email", required=True)
    _add_password(login, "(default: $PORTAL_PASSWORD, else a prompt)")
    login.set_defaults(run=account.login)

    logout = commands.add_parser("logout", help="sign out (unsent items are kept)")
    logout.add_argument("--force", action="store_true", help="sign out even when items are still unsent")
    logout.set_defaults(run=account.logout)

    commands.add_parser("carry-over", help="take over unsent work left in a cache made for another portal address"
                        ).set_defaults(run=account.carry_over_command)

    sync = commands.add_parser("sync", help="send queued work and fetch changes")
    _add_password(sync)
    sync.set_defaults(run=account.sync)
    _add_readings(commands)

    box = commands.add_parser("outbox", help="list work waiting for the portal")
    box.add_argument("--all", action="store_true", help="include items already sent")
    box.add_argument("--json", action="store_true")
    box.set_defaults(run=listing.show_outbox)

    products = commands.add_parser("products", help="list your machines")
    products.add_argument("--search", help="words that must all appear (serial, model, site, location, contact)")
    products.add_argument("--json", action="store_true")
    products.set_defaults(run=listing.show_products)

    listed = commands.add_parser("cases", help="list your support cases and account questions")
    listed.add_argument("--filter", choices=cases.FILTERS, default="open",
                        help="open (default), awaiting (your reply), resolved or all")
    listed.add_argument("--search", help="words that must all appear (number, subject, text, serial, model)")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(run=cases.show_cases)
    _add_orders(commands)
    reports.add_parser(commands)
    listed = commands.add_parser("users", help="list the account's users (administrators)")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(run=users.show_users)
    return parser


def _add_orders(commands) -> None:
    catalogue = commands.add_parser("catalogue", help="the supplies that fit a machine")
    catalogue.add_argument("serial")
    catalogue.add_argument("--json", action="store_true")
    catalogue.set_defaults(run=orders.show_catalogue)
    listed = commands.add_parser("orders", help="list your supplies orders, or add one (orders add)")
    listed.add_argument("--filter", choices=orders.FILTERS, default="open",
                        help="open (default: submitted or confirmed), shipped (on its way) or all")
    listed.add_argument("--search", help="words that must all appear (number, serial, article, tracking, note)")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(run=orders.show_orders)
    group = listed.add_subparsers(dest="orders_command", required=False, metavar="ACTION")
    add = group.add_parser("add", help="queue an order for one machine and send it")
    add.add_argument("serial")
    add.add_argument("lines", nargs="+", type=_article_pair, metavar="ARTICLE=QTY")
    add.add_argument("--note", help="a note for the supplies desk (plain text)")
    _add_password(add)
    add.set_defaults(run=orders.add)


def _add_readings(commands) -> None:
    group = commands.add_parser("readings", help="meter readings").add_subparsers(
        dest="readings_command", required=True, metavar="ACTION")
    add = group.add_parser("add", help="queue one reading and send it")
    add.add_argument("serial")
    add.add_argument("--date", type=_reading_date, default=None,
                     help="25.11.2026 or 2026-11-25, as in a readings file (default: today, Europe/Oslo)")
    add.add_argument("values", nargs="+", type=_counter_pair, metavar="COUNTER=VALUE")
    _add_password(add)
    add.set_defaults(run=readings.add)
    imp = group.add_parser("import", help="queue the readings of a CSV file and send them")
    imp.add_argument("file", type=Path)
    _add_password(imp)
    imp.set_defaults(run=readings.import_csv)
    show = group.add_parser("list", help="a machine's readings, newest first")
    show.add_argument("serial")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=readings.list_readings)


def _add_password(command, default: str = "(default: $PORTAL_PASSWORD; else the kept sign-in)") -> None:
    """Every command that talks to the portal can sign in by itself: for machines where no credential store works."""
    command.add_argument("--password-stdin", action="store_true",
                         help=f"read the password from the first line of standard input {default}")


def _reading_date(text: str) -> date:
    try:
        return parse_date(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use 25.11.2026 or 2026-11-25)") from None


def _article_pair(text: str) -> tuple[str, str]:
    article, sep, quantity = text.partition("=")
    if not sep or not article.strip() or not quantity.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not ARTICLE=QTY (e.g. 3763C002=2)")
    return article.strip(), quantity.strip()


def _counter_pair(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not COUNTER=VALUE (e.g. total=12345)")
    return name.strip(), value.strip()


if __name__ == "__main__":
    sys.exit(main())
