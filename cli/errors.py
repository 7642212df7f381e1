"""Exit codes and the one-line error every command failure becomes."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_REFUSED = 4


class CliError(Exception):
    """A failure the user can act on: printed as one line on stderr, the process exits with `code`."""

    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code
