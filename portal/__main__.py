"""`portal-server` / `python -m portal`: serve the reference portal with uvicorn.

    portal-server [--demo [--no-demo-cases] [--no-demo-orders] [--agent-delay 20] [--order-delay 30]]
                  [--host 127.0.0.1] [--port 8000] [--db portal.sqlite]
                  [--access-ttl 900] [--smtp-host HOST [--smtp-port 587] [--smtp-from ADDRESS] [--smtp-user USER]
                  [--smtp-starttls]]

`--db` takes a file path or any SQLAlchemy URL. Logs go to stderr; clients only ever get problem details. With
`--smtp-host` the outgoing mail is sent through that server; the password for `--smtp-user` comes from the
environment variable PORTAL_SMTP_PASSWORD, never from the command line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Mapping

import uvicorn

from portal.app import create_app
from portal.db import sqlite_url
from portal.smtp import PASSWORD_ENV, SmtpSettings

DEMO_AGENT_DELAY = 20.0
DEMO_ORDER_DELAY = 30.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="portal-server", description="Serve the reference Portal API.")
    parser.add_argument("--demo", action="store_true", help="seed the demo account into an empty database")
    parser.add_argument("--no-demo-cases", dest="demo_cases", action="store_false",
                        help="with --demo, leave out the demo support cases")
    parser.add_argument("--agent-delay", type=_seconds, default=None, metavar="SECONDS",
                        help="the demo agent answers a case that waited this long; 0 turns it off "
                             f"(default: {DEMO_AGENT_DELAY:g} with --demo, else 0)")
    parser.add_argument("--no-demo-orders", dest="demo_orders", action="store_false",
                        help="with --demo, leave out the demo supplies orders")
    parser.add_argument("--order-delay", type=_seconds, default=None, metavar="SECONDS",
                        help="the demo supplies desk moves an order on (confirmed, shipped, delivered) after it waited "
                             f"this long in its state; 0 turns it off (default: {DEMO_ORDER_DELAY:g} with --demo, "
                             "else 0)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--db", default="portal.sqlite", help="SQLite file or SQLAlchemy URL (default: portal.sqlite)")
    parser.add_argument("--access-ttl", type=_positive_int, default=900, metavar="SECONDS",
                        help="access token lifetime in seconds (default: 900)")
    smtp = parser.add_argument_group("sending mail (off unless --smtp-host is given)")
    smtp.add_argument("--smtp-host", metavar="HOST", help="SMTP server for the outgoing mail")
    smtp.add_argument("--smtp-port", type=_port, default=None, metavar="PORT", help="SMTP port (default: 587)")
    smtp.add_argument("--smtp-from", default=None, metavar="ADDRESS",
                      help=f"sender address (default: {SmtpSettings.sender})")
    smtp.add_argument("--smtp-user", default=None, metavar="USER",
                      help=f"sign in as this user; the password is read from {PASSWORD_ENV}")
    smtp.add_argument("--smtp-starttls", action="store_true", help="upgrade the connection with STARTTLS")
    args = parser.parse_args(argv)
    if not args.smtp_host and (args.smtp_port or args.smtp_from or args.smtp_user or args.smtp_starttls):
        parser.error("the --smtp-* options need --smtp-host")
    return args


def agent_delay(args: argparse.Namespace) -> float:
    """The demo agent's delay: as given, else 20 s in a demo and off otherwise."""
    if args.agent_delay is not None:
        return args.agent_delay
    return DEMO_AGENT_DELAY if args.demo else 0.0


def order_delay(args: argparse.Namespace) -> float:
    """The demo supplies desk's delay: as given, else 30 s in a demo and off otherwise."""
    if args.order_delay is not None:
        return args.order_delay
    return DEMO_ORDER_DELAY if args.demo else 0.0


def smtp_settings(args: argparse.Namespace, environ: Mapping[str, str]) -> SmtpSettings | None:
    """The SMTP settings the options ask for (None without --smtp-host); the password only from the environment."""
    if not args.smtp_host:
        return None
    if args.smtp_user and not environ.get(PASSWORD_ENV):
        raise SystemExit(f"portal-server: --smtp-user needs the password in the environment variable {PASSWORD_ENV}")
    return SmtpSettings(host=args.smtp_host, port=args.smtp_port or 587, sender=args.smtp_from or SmtpSettings.sender,
                        user=args.smtp_user, password=environ.get(PASSWORD_ENV) if args.smtp_user else None,
                        starttls=args.smtp_starttls)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_url = args.db if "://" in args.db else sqlite_url(args.db)
    app = create_app(db_url, access_ttl_seconds=args.access_ttl, demo=args.demo,
                     demo_cases=args.demo_cases, demo_orders=args.demo_orders, agent_delay=agent_delay(args),
                     order_delay=order_delay(args), smtp=smtp_settings(args, os.environ))
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, access_log=True)
    return 0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 or more seconds")
    return value


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError("must be a port number from 1 to 65535")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


if __name__ == "__main__":
    sys.exit(main())
