"""Drafts of forms, so nothing the user typed is thrown away: the one helper every form uses.

A form makes a `FormDraft` with its kind, its key and a `snapshot` callable that returns what the form holds (a small
JSON dict) or None when there is nothing worth keeping. Then:

- `load()` when the form opens: the draft kept last time (after a crash, a flat battery, or a close that kept it);
- `touch()` on every change: the snapshot is written about a second after the last change, on the database thread
  (`ctx.write`), never on the UI thread;
- `flush()` to write now (the form's key is about to change, the window closes);
- `discard()` when the form was sent or the user threw the draft away on purpose.

`saved` is emitted once a write of this form's draft has finished, so a test (or a form) can wait for a positive
signal that the draft is on disk. Writes queued but not finished yet are remembered per context, so a form opened
again meanwhile loads what was last written (read your writes), not an older row.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from itertools import count
from typing import Any, Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from desktop.context import AppContext
from sync.cache import drafts as cache_drafts
from sync.cache.drafts import Draft

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 1000
Payload = dict[str, Any]

_tokens = count(1)
_in_flight: "WeakKeyDictionary[AppContext, dict[tuple[str, str], tuple[int, Payload | None]]]" = WeakKeyDictionary()
"""Per context, (kind, key) → (token, payload or None for a delete) of the last write queued and not yet done."""


class FormDraft(QObject):
    saved = Signal(object)  # a write of this form's draft finished: the payload written, or None (deleted)

    def __init__(self, ctx: AppContext, kind: str, key: str = "", *, snapshot: Callable[[], Payload | None],
                 parent: QObject, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self._key = key
        self._snapshot = snapshot
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def key(self) -> str:
        return self._key

    def load(self) -> Draft | None:
        """The draft kept for this form, if any (a small indexed read on the UI thread, as pages read the cache)."""
        return load(self._ctx, self.kind, self._key)

    def touch(self) -> None:
        """Something changed: write the snapshot once the user pauses."""
        self._timer.start()

    def pending(self) -> bool:
        """A change is not on disk yet: waiting for the pause, or being written."""
        return self._timer.isActive() or (self.kind, self._key) in _in_flight.get(self._ctx, {})

    def flush(self) -> None:
        """Write the snapshot now (or delete the draft when the snapshot says there is nothing to keep)."""
        self._timer.stop()
        self._write(self._key, self._snapshot())

    def discard(self) -> None:
        """The form was sent, or the user threw its draft away: forget it, and any change still waiting."""
        self._timer.stop()
        self._write(self._key, None)

    def retarget(self, key: str) -> None:
        """The form now edits another one of its kind (another case's reply): what waited is written first."""
        if self._timer.isActive():
            self.flush()
        self._key = key

    def _write(self, key: str, payload: Payload | None) -> None:
        write(self._ctx, self.kind, key, payload, done=self._written)

    def _written(self, payload: Payload | None) -> None:
        if isValid(self):  # the form may be gone by the time the database thread is done
            self.saved.emit(payload)


def load(ctx: AppContext, kind: str, key: str) -> Draft | None:
    waiting = _in_flight.get(ctx, {}).get((kind, key))
    if waiting is not None:
        payload = waiting[1]
        return None if payload is None else Draft(kind, key, payload, datetime.now(timezone.utc))
    return cache_drafts.load_draft(ctx.engine, kind, key)


def forget(ctx: AppContext, kind: str, key: str) -> None:
    """Delete the draft of a form not open right now (a reply queued after the user moved to another case)."""
    write(ctx, kind, key, None)


def write(ctx: AppContext, kind: str, key: str, payload: Payload | None, *,
          done: Callable[[Payload | None], None] | None = None) -> None:
    """Save (`payload`) or delete (None) a draft on the database thread; `done(payload)` once it is written."""
    token = next(_tokens)
    waiting = _in_flight.setdefault(ctx, {})
    waiting[(kind, key)] = (token, payload)

    def finished(_result: object = None, *, failed: BaseException | None = None) -> None:
        if waiting.get((kind, key), (None,))[0] == token:
            del waiting[(kind, key)]
        if failed is not None:
            # A draft is a safety net: a failure to keep it must not interrupt the typing with a message box.
            log.warning("The draft %s/%s could not be written: %s", kind, key, failed,
                        exc_info=(type(failed), failed, failed.__traceback__))
        elif done is not None:
            done(payload)

    if payload is None:
        task = ctx.write(cache_drafts.delete_draft, kind, key)
    else:
        task = ctx.write(cache_drafts.save_draft, kind, key, payload)
    task.success(finished).failure(lambda error: finished(failed=error)).run_on(ctx.db_pool)
