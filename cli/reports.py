"""`portal-cli report readings|fleet|cases|orders|due`: a report from the local cache (so it works offline) written
to a file whose extension says the format (.pdf through `paper`, the only part that loads Qt). Everything the user
can get wrong (a date, a period that ends before it starts, a site or serial the cache does not know, a format) is
one line on stderr with exit 2, and no file is written: the writers only rename a complete file into place.
"""

from __future__ import annotations

import locale
import os
from argparse import Namespace
from datetime import date
from pathlib import Path

from cli.errors import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliError
from cli.report_texts import CliWords, refusal_text
from cli.session import open_workspace
from domain.clock import today, utc_now
from sync.account.preferences import portal_language
from sync.readings.csv_format import parse_date
from sync.reports.cases import open_cases
from sync.reports.csv_file import write_report_csv
from sync.reports.due import readings_due
from sync.reports.fleet import fleet_summary
from sync.reports.orders import orders_report
from sync.reports.readings import meter_readings
from sync.reports.request import Period, ReportRefused, ReportRequest
from sync.reports.xlsx import write_report_xlsx

BUILDERS = {"readings": meter_readings, "fleet": fleet_summary, "cases": open_cases, "orders": orders_report,
            "due": readings_due}


def write_report_pdf(report, words, target: Path) -> int:
    """The PDF through `paper` (Qt), imported only here: the other commands and formats start without Qt."""
    from paper.standalone import write_report_pdf as write  # noqa: PLC0415

    return write(report, words, target)


WRITERS = {".pdf": write_report_pdf, ".xlsx": write_report_xlsx, ".csv": write_report_csv}
LANGUAGES = ("nb", "en")


def add_parser(commands) -> None:
    report = commands.add_parser("report",
                                 help="write a report from the local data to a file (.pdf, .xlsx or .csv)")
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="REPORT")
    for kind, text in (("readings", "each reading of the machines in the period, with the volume since the last"),
                       ("fleet", "pages per month per machine and counter type, with totals per site"),
                       ("cases", "the cases made in the period that are still open"),
                       ("orders", "the supplies orders made in the period")):
        chosen = kinds.add_parser(kind, help=text)
        chosen.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="the period's first day (or DD.MM.YYYY)")
        chosen.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="the period's last day (or DD.MM.YYYY)")
        chosen.add_argument("--serial", action="append", default=[], help="only this machine (repeat for more)")
        _common(chosen)
    due = kinds.add_parser("due", help="the machines to read: window open on the day or opening within 14 days")
    due.add_argument("--on", metavar="YYYY-MM-DD", help="the day (or DD.MM.YYYY; default: today)")
    _common(due)


def _common(parser) -> None:
    parser.add_argument("--site", help="only the machines of this site (its name)")
    parser.add_argument("--lang", metavar="nb|en", help="the report's language (default: the app's)")
    parser.add_argument("--out", required=True, type=Path,
                        help="the file to write: .pdf, .xlsx or .csv (the extension says which)")
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    writer = _writer(args.out)
    if args.lang is not None and args.lang.strip().lower() not in LANGUAGES:  # one line, not argparse's usage block
        raise CliError(f"--lang '{args.lang}' is not a language of the reports: use nb or en.", EXIT_USAGE)
    day = today()
    period = None
    if args.report_kind == "due":
        day = _date(args.on, "--on") if args.on else day
    elif args.first or args.last:
        period = Period(_date(args.first, "--from"), _date(args.last, "--to"))
    with open_workspace(args.data_dir) as ws:
        language = args.lang.strip().lower() if args.lang else _app_language(portal_language(ws.engine))
        request = ReportRequest(now=utc_now(), today=day, period=period, site=args.site,
                                serials=tuple(getattr(args, "serial", ())), language=language)
        try:
            report = BUILDERS[args.report_kind](ws.engine, request)
        except ReportRefused as exc:
            raise CliError(refusal_text(exc.code, exc.params), EXIT_USAGE) from exc
    try:
        written = writer(report, CliWords(language), args.out)
    except OSError as exc:
        raise CliError(f"Cannot write {args.out}: {exc.strerror or exc}.", EXIT_REFUSED) from exc
    rows = len(report.table.data_rows())
    pages = f", {written} page(s)" if writer is write_report_pdf else ""
    print(f"Wrote {args.out}: {rows} row(s){pages}.")
    return EXIT_OK


def _writer(out: Path):
    suffix = out.suffix.lower()
    if suffix not in WRITERS:
        raise CliError(f"Cannot tell the format from '{out.name}': end the --out file with .pdf, .xlsx or .csv.",
                       EXIT_USAGE)
    if not out.parent.is_dir():
        raise CliError(f"The folder {out.parent} does not exist.", EXIT_USAGE)
    return WRITERS[suffix]


def _date(text: str | None, option: str) -> date:
    if not text:
        raise CliError(f"Give {option} too: a period has a first and a last day (YYYY-MM-DD).", EXIT_USAGE)
    try:
        return parse_date(text.strip())  # the forms `readings add --date` and a readings file take
    except ValueError:
        raise CliError(f"{option} '{text}' is not a date: use YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-11-25.",
                       EXIT_USAGE) from None


def _app_language(told_portal: str | None) -> str:
    """The app's language: the one it last told the portal (the app does so at start and on a change), else the
    system's (Norwegian in any form reads bokmål, as the app chooses)."""
    if told_portal in LANGUAGES:
        return told_portal
    system = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "nb" if system.lower().startswith(("nb", "nn", "no")) else "en"
