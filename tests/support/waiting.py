"""The one polling wait of the tests that cannot wait for a Qt signal (a portal process, a demo agent's answer,
an SMTP server): poll a condition until it holds, or fail with what was awaited."""

from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], *, timeout: float, what: str, interval: float = 0.05,
               between: Callable[[], object] | None = None) -> T:
    """The first truthy value of `condition()`; AssertionError naming `what` after `timeout` seconds. `between`
    runs between two tries (e.g. another sync round, or `qtbot.wait` to keep Qt's event loop turning)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        if between is not None:
            between()
        else:
            time.sleep(interval)
