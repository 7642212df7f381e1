"""Which counters a report's table has columns for: every counter any selected machine counts, in the order the
portal's models list them (total, black/white, colour, large format), then any other key by name."""

from __future__ import annotations

import json
from typing import Iterable

KNOWN_ORDER = ("total", "bw", "colour", "large_format_m2")


def counter_columns(counters_json: Iterable[str]) -> tuple[str, ...]:
    keys = {c["key"] for text in counters_json for c in json.loads(text)}
    return tuple(k for k in KNOWN_ORDER if k in keys) + tuple(sorted(keys - set(KNOWN_ORDER)))
