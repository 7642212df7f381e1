"""The user's words for a supply's kind and colour (the portal sends codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.formatting import format_date, format_number
from sync.orders.records import ArticleRecord

CONTEXT = "SupplyLabels"
COLOURS = {
    "black": QT_TRANSLATE_NOOP("SupplyLabels", "black"), "cyan": QT_TRANSLATE_NOOP("SupplyLabels", "cyan"),
    "magenta": QT_TRANSLATE_NOOP("SupplyLabels", "magenta"), "yellow": QT_TRANSLATE_NOOP("SupplyLabels", "yellow"),
    "matte_black": QT_TRANSLATE_NOOP("SupplyLabels", "matte black"),
    "photo_black": QT_TRANSLATE_NOOP("SupplyLabels", "photo black"), "grey": QT_TRANSLATE_NOOP("SupplyLabels", "grey"),
}


def colour_label(colour: str | None) -> str:
    if not colour:
        return ""
    return QCoreApplication.translate(CONTEXT, COLOURS[colour]) if colour in COLOURS else colour.replace("_", " ")


def facts(article: ArticleRecord) -> str:
    """"black · 60 000 pages · last ordered 03.11.2026" (what is known)."""
    parts = [colour_label(article.colour)]
    if article.page_yield:
        parts.append(QCoreApplication.translate("SupplyLabels", "{pages} pages").format(pages=format_number(article.page_yield)))
    if article.last_ordered:
        parts.append(QCoreApplication.translate("SupplyLabels", "last ordered {date}").format(
            date=format_date(article.last_ordered)))
    else:
        parts.append(QCoreApplication.translate("SupplyLabels", "not ordered before"))
    return " · ".join(p for p in parts if p)
