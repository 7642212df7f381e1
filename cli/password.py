"""Where the command line gets a password: `--password-stdin`, else `$PORTAL_PASSWORD`, else (for `login` at a
terminal) a prompt. Nothing is written anywhere: on a machine where no credential store works, unattended use gives
the password to every command that talks to the portal."""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace

from cli.errors import EXIT_REFUSED, CliError

PASSWORD_ENV = "PORTAL_PASSWORD"

UNATTENDED_HINT = (f"give the password to each command that talks to the portal: pipe it from your secret store "
                   f"with --password-stdin, or set the environment variable {PASSWORD_ENV}")


def given_password(args: Namespace) -> str | None:
    """The password the caller handed over without a prompt, or None."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line.strip():
            raise CliError("No password on standard input.", EXIT_REFUSED)
        return line.rstrip("\r\n")
    return os.environ.get(PASSWORD_ENV) or None


def login_password(args: Namespace) -> str:
    """`login`'s password: given, else asked for at the terminal."""
    given = given_password(args)
    if given is not None:
        return given
    try:
        return getpass.getpass(f"Password for {args.email}: ")
    except EOFError as exc:
        raise CliError(f"No password given (use --password-stdin or {PASSWORD_ENV} in scripts).",
                       EXIT_REFUSED) from exc
