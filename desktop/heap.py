"""Keep Python's full garbage collections short once the app runs.

A full collection walks every object the collector tracks, and after start-up most of them are modules, classes and
functions that live as long as the process (Qt's, SQLAlchemy's, pydantic's, ours). Scrolling 10,000 machines, the
page fetch that happened to trigger one took 70–85 ms instead of 15 (`bench/benchmark.py`). `gc.freeze()` moves what
exists now into a generation the collector never walks again: done once the first window is painted and once more
after the first sync round (which imports the HTTP stack on its own thread).

The price: a reference cycle alive at a freeze and dropped later is never collected (plain objects still go by
reference counting). That is the window and pages left behind by a sign-out, a few kilobytes each time.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> int:
    """Move every object tracked now out of the collector's sight; returns how many are frozen in all."""
    gc.freeze()
    return gc.get_freeze_count()
