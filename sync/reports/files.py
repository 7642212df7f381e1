"""Writing a report file so that a cancel or a failure leaves nothing half-written: into a temporary file beside the
target (the same folder, so the last step is an atomic rename on the same disk), renamed only once complete.

The finished file gets the mode a plain new file would (the umask's), or the mode of the file it replaces: a
temporary file is made readable by its owner alone, and a monthly report replaced that way was no longer readable
by the people it was for."""

from __future__ import annotations

import contextlib
import os
import stat
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
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permission bits of the file `target` replaces, or of a new file under the process's umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def _read_umask() -> int:
    """Reading the umask sets it, so it is read once, as the module loads, and put straight back: later, on a
    worker thread, the moment between the two calls could give another thread's new file the wrong mode."""
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _read_umask()
