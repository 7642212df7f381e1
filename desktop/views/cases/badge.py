"""The cases area's navigation badge: how many cases wait for the user's reply, bold while there is unread news
(as a mail program does; the number is in the tooltip, so the entry stays short enough in Norwegian too)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.shell import page_titles
from desktop.shell.area_list import entry_text
from desktop.shell.page import Badge
from sync.cache.db import CacheHandle
from sync.cases import queries as case_queries


class CasesBadge(QObject):
    """The translation context of the badge's plurals (see `desktop.i18n` on why not `translate`)."""


def cases_badge(engine: CacheHandle) -> Badge:
    """Counted on the database thread: on a big case list the count takes tens of milliseconds."""
    counts = case_queries.case_counts(engine)
    detail = CasesBadge.tr("%n to answer", "", counts.awaiting) if counts.awaiting else ""
    entry = entry_text(page_titles.cases(), detail)
    lines = [entry, CasesBadge.tr("%n open case(s)", "", counts.open)]
    if counts.unread:
        lines.append(CasesBadge.tr("%n unread", "", counts.unread))
    return Badge(detail=detail, bold=counts.unread > 0, tooltip="\n".join(lines), count=counts.awaiting)
