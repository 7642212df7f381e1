"""users: the account's users from the local data, for an administrator (a customer is told, and refused)."""

from __future__ import annotations

from argparse import Namespace

from cli.errors import EXIT_OK, EXIT_REFUSED, CliError
from cli.output import as_json, table
from cli.problem_texts import user_problem_text
from cli.session import open_workspace
from domain import problems
from sync.users import queries
from sync.users.records import ManagedUser

STATES = {"synced": "", "pending": "waiting to be sent", "rejected": "refused (see portal-cli outbox)"}


def show_users(args: Namespace) -> int:
    with open_workspace(args.data_dir) as ws:
        if not queries.is_admin(ws.engine):
            raise CliError(user_problem_text(problems.FORBIDDEN, {}), EXIT_REFUSED)
        found = queries.managed_users(ws.engine)
    if args.json:
        as_json([{"id": u.id, "name": u.name, "email": u.email, "role": u.role, "active": u.active,
                  "invitation_pending": u.invitation_pending, "assigned_products": u.assigned_count,
                  "sync_state": u.sync_state} for u in found])
        return EXIT_OK
    table(["Name", "E-mail", "Role", "Status", "Machines", "Sync"],
          [[u.name, u.email, u.role, _status(u), u.assigned_count, STATES[u.sync_state]] for u in found])
    print(f"{len(found)} user(s).")
    return EXIT_OK


def _status(user: ManagedUser) -> str:
    if not user.active:
        return "deactivated"
    return "invited" if user.invitation_pending else "active"
