"""A job the portal runs beside its requests (the demo agent, the mail sender): one daemon thread that does a round
every `poll_seconds` until the app stops, and survives a failed round (logged, tried again next time)."""

from __future__ import annotations

import logging
import threading

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
