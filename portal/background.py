"""A job the portal runs beside its requests (the demo agent, the mail sender): one daemon thread that does a round
every `poll_seconds` until the app stops, and survives a failed round (logged, tried again next time)."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from portal.db import Store

log = logging.getLogger(__name__)


class PollingJob:
    """Subclasses set `name` and `poll_seconds` and implement `run_round()`; `start()`/`stop()` bracket the app's
    life (its lifespan)."""

    name = "portal-job"
    poll_seconds = 1.0
    stop_timeout = 10.0

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_round(self) -> object:
        raise NotImplementedError

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.stop_timeout if timeout is None else timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.run_round()
            except Exception:
                log.exception("%s: the round failed; it will try again", self.name)


class DemoDesk(PollingJob):
    """A demo's stand-in for people on the vendor's side (the service desk agent, the supplies desk): each round
    takes the steps of whatever has waited `delay_seconds` (`run_once`), looking a fifth of the delay apart."""

    def __init__(self, store: Store, clock: Callable[[], datetime], delay_seconds: float) -> None:
        if delay_seconds <= 0:
            raise ValueError(f"{self.name} needs a delay above 0 seconds")
        self.store = store
        self.clock = clock
        self.delay = timedelta(seconds=delay_seconds)
        self.poll_seconds = min(1.0, max(0.02, delay_seconds / 5))
        super().__init__()

    def run_round(self) -> int:
        return self.run_once()

    def run_once(self) -> int:
        raise NotImplementedError
