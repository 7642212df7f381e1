"""Writing a report file so that a cancel or a failure leaves nothing half-written: into a temporary file beside the
target (the same folder, so the last step is an atomic rename on the same disk), renamed only once complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def replaced_on_success(target: Path) -> Iterator[Path]:
    """A temporary path to write to; on leaving without an error it becomes `target` (replacing an older one), on
    an error (a `Cancelled` too) it is removed and the error goes on."""
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
