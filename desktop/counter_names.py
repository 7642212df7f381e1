"""The names of a machine's counters in the user's language, in one place.

The portal sends each counter as a key (`total`, `bw`, `colour`, `large_format_m2`) with an English label; the app
names the counters it knows itself, so a Norwegian screen never shows "Colour" and every screen (machine detail,
reading dialog, meter round, import preview, Pending changes) says the same. A key this table does not know yet is
shown with the portal's label, or as the key itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.products.records import CounterDef, ProductRow

CONTEXT = "CounterNames"

NAMES = {
    "total": QT_TRANSLATE_NOOP("CounterNames", "Total"),
    "bw": QT_TRANSLATE_NOOP("CounterNames", "Black/white"),
    "colour": QT_TRANSLATE_NOOP("CounterNames", "Colour"),
    "large_format_m2": QT_TRANSLATE_NOOP("CounterNames", "Large format (m²)"),
}
"""Counter key → its name (English source text; the catalogue carries the Norwegian)."""


def counter_name(key: str, label: str = "") -> str:
    """The name of counter `key` in the user's language; `label` (the portal's) for a key this table lacks."""
    name = NAMES.get(key)
    if name is not None:
        return QCoreApplication.translate(CONTEXT, name)
    return label.strip() or key


def counter_names(counters: Iterable[CounterDef] | ProductRow | None) -> dict[str, str]:
    """Key → name for every counter of a machine (or of the given counter definitions)."""
    if counters is None:
        return {}
    if isinstance(counters, ProductRow):
        counters = counters.counters
    return {c.key: counter_name(c.key, c.label) for c in counters}
