"""readings add / import / list: queue locally first (nothing is lost offline), then try a sync so a script learns
the portal's verdict at once when it is online."""

from __future__ import annotations

import sys
from argparse import Namespace
from datetime import date
from pathlib import Path

from cli.errors import EXIT_OK, EXIT_REFUSED, CliError
from cli.output import as_json, table
from cli.password import given_password
from cli.problem_texts import (
    format_error_text,
    local_dates,
    plain_reason,
    reading_problem_text,
    reading_status_text,
    row_reason,
    sentences,
    value_problem_text,
)
from cli.session import open_workspace, run_sync, sync_failure
from domain import meter
from domain.clock import today
from sync.outbox import queue as outbox
from sync.products import queries as product_queries
from sync.products.records import ProductRow
from sync.readings import queries as reading_queries
from sync.readings.csv_import import (
    CsvFormatError,
    ImportLine,
    import_readings_csv,
    read_csv_file,
)
from sync.readings.operations import ReadingRefused, check_reading, queue_reading
from sync.session.workspace import Workspace


def add(args: Namespace) -> int:
    day = today()
    reading_date = args.date or day
    password = given_password(args)
    with open_workspace(args.data_dir) as ws:
        product = _product(ws, args.serial, day)
        values = _values(product, args.values)
        for problem in check_reading(ws.engine, product.id, reading_date, values, today=day):
            if not problem.blocking:
                print(f"Warning: {reading_problem_text(problem, values)}", file=sys.stderr)
        try:
            item = queue_reading(ws.engine, product.id, reading_date, values, today=day).value
        except ReadingRefused as exc:
            reasons = sentences(reading_problem_text(p, values) for p in exc.problems if p.blocking)
            raise CliError(f"Reading refused: {reasons}", EXIT_REFUSED) from exc
        print(f"Queued: {local_dates(item.summary)}")
        failure = _verdict(ws, [item.seq], password)
        if failure:
            raise failure
    return EXIT_OK


def import_csv(args: Namespace) -> int:
    try:
        data = read_csv_file(Path(args.file))
    except CsvFormatError as exc:
        raise CliError(f"Cannot read {args.file}: {format_error_text(exc)}", EXIT_REFUSED) from exc
    password = given_password(args)
    with open_workspace(args.data_dir) as ws:
        try:
            result = import_readings_csv(ws.engine, data, today=today())
        except CsvFormatError as exc:
            raise CliError(f"{args.file}: {format_error_text(exc)}", EXIT_REFUSED) from exc
        for line in result.lines:
            print(f"Line {line.line}: queued: {local_dates(line.outcome.item.summary)}" if line.queued else
                  f"Line {line.line}: not queued: {_refusal(line)}")
        print(f"{len(result.queued)} reading(s) queued, {len(result.refused)} refused.")
        seqs = [line.outcome.item.seq for line in result.queued]
        failure = _verdict(ws, seqs, password) if seqs else None
        if result.refused:
            raise CliError(f"{len(result.refused)} row(s) of {args.file} were not queued; fix them and import "
                           f"those rows again." + (f" Also: {failure}" if failure else ""), EXIT_REFUSED)
        if failure:
            raise failure
    return EXIT_OK


def list_readings(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        product = _product(ws, args.serial, today())
        history = reading_queries.reading_history(ws.engine, product.id)
        notes = {r.id: _note(ws, r.id) for r in history if r.status in ("pending", "rejected")}
        if args.json:
            as_json([{"id": r.id, "reading_date": r.reading_date, "status": r.status, "values": r.values,
                      "submitted_at": r.submitted_at, "submitted_by": r.submitted_by, "note": notes.get(r.id)}
                     for r in history])
            return EXIT_OK
        keys = product.counter_keys
        print(f"{product.serial}  {product.model}  {product.site_name}, {product.location}")
        table(["Date", "Status", *keys, "By", "Note"],
              [[r.reading_date, reading_status_text(r.status), *[r.values.get(k) for k in keys], r.submitted_by,
                notes.get(r.id)]
               for r in history])
    return EXIT_OK


def _verdict(ws: Workspace, seqs: list[int], password: str | None) -> CliError | None:
    """Sync, then say what became of our items; the error to exit with when they are not all in."""
    report = run_sync(ws, password=password)
    items = [outbox.outbox_item(ws.engine, seq) for seq in seqs]
    rejected = [i for i in items if i and i.state == "rejected"]
    if rejected:
        return CliError("The portal refused: " + " | ".join(f"{local_dates(i.summary)}: {plain_reason(i.reason)}"
                                                             for i in rejected), EXIT_REFUSED)
    waiting = [i for i in items if i and i.state != "sent"]
    failure = sync_failure(report, f"{len(waiting)} reading(s) stay queued and are sent at the next sync.")
    if failure and waiting:
        return failure
    if waiting:  # held behind an earlier rejected item of the same machine
        return CliError(f"{len(waiting)} reading(s) wait behind a refused reading of the same machine; see "
                       f"portal-cli outbox.", EXIT_REFUSED)
    print(f"Accepted by the portal: {len(items)} reading(s).")
    return None


def _product(ws: Workspace, serial: str, day: date) -> ProductRow:
    product = product_queries.product_by_serial(ws.engine, serial, today=day)
    if product is None:
        raise CliError(f"No machine with serial {serial} in your fleet (run portal-cli sync if it is new).",
                       EXIT_REFUSED)
    return product


def _values(product: ProductRow, pairs: list[tuple[str, str]]) -> dict[str, int]:
    keys = {k.lower(): k for k in product.counter_keys}
    values: dict[str, int] = {}
    for name, text in pairs:
        key = keys.get(name.lower())
        if key is None:
            raise CliError(f"{product.serial} has no counter '{name}'; its counters are "
                           f"{', '.join(product.counter_keys)}.", EXIT_REFUSED)
        try:
            values[key] = meter.parse_counter_value(text)
        except meter.InvalidCounterValue as exc:
            raise CliError(f"{name}={text}: {value_problem_text(exc.code)}", EXIT_REFUSED) from exc
    return values


def _refusal(line: ImportLine) -> str:
    if line.check is not None:
        return row_reason(line.check)
    assert line.outcome is not None
    values = line.outcome.entry.values
    return sentences(reading_problem_text(p, values) for p in line.outcome.problems)


def _note(ws: Workspace, reading_id: str) -> str | None:
    item = outbox.item_for_entity(ws.engine, "meter_reading", reading_id)
    if item is None:
        return None
    if item.state == "rejected":
        return f"refused: {plain_reason(item.reason)}"
    return f"waiting ({plain_reason(item.last_error)})" if item.last_error else "waiting to be sent"



