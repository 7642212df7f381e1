"""`portal-server` / `python -m portal`: serve the reference portal with uvicorn.

    portal-server [--demo [--no-demo-cases] [--agent-delay 20]] [--host 127.0.0.1] [--port 8000] [--db portal.sqlite]
                  [--access-ttl 900]

`--db` takes a file path or any SQLAlchemy URL. Logs go to stderr; clients only ever get problem details.
"""

from __future__ import annotations

import argparse
import logging
import sys

import uvicorn

from portal.app import create_app
from portal.db import sqlite_url

DEMO_AGENT_DELAY = 20.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="portal-server", description="Serve the reference Portal API.")
    parser.add_argument("--demo", action="store_true", help="seed the demo account into an empty database")
    parser.add_argument("--no-demo-cases", dest="demo_cases", action="store_false",
                        help="with --demo, leave out the demo support cases")
    parser.add_argument("--agent-delay", type=_seconds, default=None, metavar="SECONDS",
                        help="the demo agent answers a case that waited this long; 0 turns it off "
                             f"(default: {DEMO_AGENT_DELAY:g} with --demo, else 0)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--db", default="portal.sqlite", help="SQLite file or SQLAlchemy URL (default: portal.sqlite)")
    parser.add_argument("--access-ttl", type=_positive_int, default=900, metavar="SECONDS",
                        help="access token lifetime in seconds (default: 900)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_url = args.db if "://" in args.db else sqlite_url(args.db)
    agent_delay = args.agent_delay if args.agent_delay is not None else (DEMO_AGENT_DELAY if args.demo else 0)
    app = create_app(db_url, access_ttl_seconds=args.access_ttl, demo=args.demo,
                     demo_cases=args.demo_cases, agent_delay=agent_delay)
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


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


if __name__ == "__main__":
    sys.exit(main())
